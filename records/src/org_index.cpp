#include "mamori/records/org_index.hpp"

#include "index_schema.hpp"
#include "mamori/records/progress_sync.hpp"
#include "org_index_impl.hpp"

#include <sys/statfs.h>

namespace mamori::records {

using scoring::refuse;
using scoring::RefusalCode;
using scoring::Result;

OrgIndex::OrgIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OrgIndex::OrgIndex(OrgIndex&&) noexcept = default;
OrgIndex& OrgIndex::operator=(OrgIndex&&) noexcept = default;
OrgIndex::~OrgIndex() = default;

Result<OrgIndex> OrgIndex::open(const std::filesystem::path& databaseFile)
{
    std::error_code ec;
    if (!databaseFile.parent_path().empty()) std::filesystem::create_directories(databaseFile.parent_path(), ec);
    auto db = sql::Database::openSqlite(databaseFile);
    if (!db) return db.refusal();
    if (auto prepared = prepareIndexSchema(db.value()); !prepared) return prepared.refusal();
    return OrgIndex(std::make_unique<Impl>(Impl{std::move(db.value())}));
}

Result<OrgIndex> OrgIndex::connect(const std::string& uri)
{
    auto db = sql::Database::openPostgres(uri);
    if (!db) return db.refusal();
    if (auto prepared = prepareIndexSchema(db.value()); !prepared) return prepared.refusal();
    return OrgIndex(std::make_unique<Impl>(Impl{std::move(db.value())}));
}

Result<OrgIndex> OrgIndex::openTarget(const std::string& target)
{
    return isDatabaseUri(target) ? connect(target) : open(target);
}

bool isDatabaseUri(std::string_view target)
{
    return sql::isPostgresUri(target);
}

Result<scoring::Done> OrgIndex::allowSyncRole(const std::string& role)
{
    if (impl_->db.engine() != sql::Engine::PostgreSQL) {
        return refuse(RefusalCode::SyncNeedsServer, "learners' PCs push to an index on a PostgreSQL server, not to an SQLite file");
    }
    const auto grants = inboxOnlyGrants(role);
    if (!grants) return refuse(RefusalCode::BadRole, "'" + role + "' is not a plain role name (lower-case letters, digits and _)");
    return impl_->db.execute(*grants);
}

Result<std::vector<FlaggedRecord>> OrgIndex::flags()
{
    auto query = impl_->db.prepare("SELECT learner_id, kind, detail, at, sticky FROM flags ORDER BY learner_id, at, kind");
    if (!query) return query.refusal();
    std::vector<FlaggedRecord> found;
    auto& q = query.value();
    for (auto row = q.step(); row && row.value(); row = q.step()) {
        TrustFlag flag;
        const std::string kind = q.text(1);
        for (int k = 0; k <= static_cast<int>(TrustFlag::Kind::Disappeared); ++k) {
            if (trustFlagName(static_cast<TrustFlag::Kind>(k)) == kind) flag.kind = static_cast<TrustFlag::Kind>(k);
        }
        flag.detail = q.text(2);
        flag.at = fromEpochSeconds(q.integer(3));
        flag.sticky = q.integer(4) != 0;
        found.push_back({q.text(0), std::move(flag)});
    }
    return found;
}

Result<std::vector<std::string>> OrgIndex::versionsOf(const std::string& packId)
{
    auto query = impl_->db.prepare("SELECT pack_version FROM attempts WHERE pack_id = ?1 "
                                   "UNION SELECT pack_version FROM inbox_runs WHERE pack_id = ?1");
    if (!query) return query.refusal();
    auto& q = query.value();
    q.bind(1, packId);
    std::vector<std::string> versions;
    for (auto row = q.step(); row && row.value(); row = q.step()) versions.push_back(q.text(0));
    std::sort(versions.begin(), versions.end(), [](const std::string& a, const std::string& b) { return compareVersions(a, b) < 0; });
    return versions;
}

std::optional<std::string> networkFileSystem(const std::filesystem::path& path)
{
    struct statfs info {};
    if (::statfs(path.c_str(), &info) != 0) return std::nullopt;
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x6969: return "nfs";
    case 0x517B: return "smb";
    case 0xFF534D42: return "cifs";
    case 0xFE534D42: return "smb2";
    case 0x65735546: return "fuse";
    case 0x5346414F: return "afs";
    case 0x01021997: return "9p";
    case 0x00C36400: return "ceph";
    case 0x73757245: return "coda";
    }
    return std::nullopt;
}

} // namespace mamori::records
