// The inbox, read by HR's ingest: signed progress files that learners' PCs pushed
// (progress_sync.hpp). Each is checked like a file of the folder and indexed for a learner who
// has no file in the folder; where the folder has one, the folder's file is the record.

#include "index_inbox.hpp"

#include "mamori/records/progress_check.hpp"
#include "mamori/records/progress_limits.hpp"

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::Result;

constexpr int kRowsPerPage = 200;
constexpr const char* kInboxPrefix = "inbox:";

} // namespace

bool isInboxName(std::string_view fileName)
{
    return fileName.starts_with(kInboxPrefix);
}

Result<Done> ingestInbox(sql::Database& db, IndexWriter& writer, const OrganisationKey& key, const lessons::PackLibrary* packs,
                         scoring::Timestamp now, IngestReport& report)
{
    auto readUpTo = db.prepare("SELECT value FROM meta WHERE key = 'inbox-read'");
    // A page of what arrived, then each file alone: what a PC pushed is bounded like a file read.
    auto page = db.prepare("SELECT id, learner_id, length(content) FROM inbox WHERE id > ?1 ORDER BY id LIMIT " +
                           std::to_string(kRowsPerPage));
    auto content = db.prepare("SELECT content FROM inbox WHERE id = ?1");
    auto known = db.prepare("SELECT file_name, generation FROM files WHERE learner_id = ?1");
    auto remember = db.prepare("INSERT INTO meta (key, value) VALUES ('inbox-read', ?1) ON CONFLICT (key) DO UPDATE SET value = ?1");
    for (auto* statement : {&readUpTo, &page, &content, &known, &remember}) {
        if (!*statement) return statement->refusal();
    }
    std::int64_t after = 0;
    if (auto row = readUpTo.value().step(); row && row.value()) after = std::stoll(readUpTo.value().text(0));
    readUpTo.value().reset();
    while (true) {
        struct Pushed {
            std::int64_t id;
            std::string learnerId;
            std::int64_t characters;
        };
        std::vector<Pushed> rows;
        auto& q = page.value();
        q.bind(1, after);
        for (auto row = q.step();; row = q.step()) {
            if (!row) return row.refusal();
            if (!row.value()) break;
            rows.push_back({q.integer(0), q.text(1), q.integer(2)});
        }
        q.reset();
        if (rows.empty()) break;
        for (const Pushed& pushed : rows) {
            auto& k = known.value();
            k.bind(1, pushed.learnerId);
            auto found = k.step();
            if (!found) return found.refusal();
            const bool indexed = found.value();
            const bool fromFolder = indexed && !isInboxName(k.text(0));
            // The save generation indexed for this learner (-1: none), which a push must not go below.
            const std::int64_t generation = indexed && !k.isNull(1) ? k.integer(1) : -1;
            k.reset();
            if (fromFolder) continue;
            const std::string name = kInboxPrefix + std::to_string(pushed.id);
            std::string bytes;   // left empty when too large: checked as an incomplete file, never read whole
            if (pushed.characters <= static_cast<std::int64_t>(kMaxProgressFileBytes)) {
                auto& c = content.value();
                auto row = c.bind(1, pushed.id).step();
                if (!row) return row.refusal();
                if (row.value()) bytes = c.text(0);
                c.reset();
            }
            ProgressCheck check = checkProgressContent(bytes, "inbox #" + std::to_string(pushed.id) + " (" + pushed.learnerId + ")",
                                                       pushed.learnerId, key);
            // A push that arrives after a later one of the same learner is not the record.
            if (check.history.started() && static_cast<std::int64_t>(check.history.head.generation) < generation) continue;
            FileStamp stamp{name, pushed.learnerId, static_cast<std::int64_t>(bytes.size()), 0, check.signature, indexed};
            const FileRows fileRows = mamori::records::fileRows(std::move(stamp), std::move(check), packs, now);
            auto flags = writer.replace(fileRows, now);
            if (!flags) return flags.refusal();
            report.newFlags += flags.value();
            ++report.statuses[fileRows.status];
            ++report.fromInbox;
        }
        after = rows.back().id;
        if (auto done = remember.value().bind(1, std::to_string(after)).run(); !done) return done;
    }
    return Done{};
}

} // namespace mamori::records
