#include "index_known_files.hpp"

#include "mamori/records/signing.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unordered_map>
#include <unistd.h>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::Result;

constexpr int kGonePage = 1000;
/// Learners looked up in the index with one query.
constexpr int kLookUpsPerQuery = 256;

/// The size and modification time of a listed file; a size of -1, never equal to one seen
/// before, for what is not a regular file, so that the check reports it.
void statFile(const Folder& folder, FileStamp& file)
{
    struct stat info {};
    if (::fstatat(folder.fd(), file.name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) return;
    file.size = S_ISREG(info.st_mode) ? info.st_size : -1;
    file.mtimeNs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}

/// The signature value at the end of a regular file, reading only its last bytes.
std::string tailSignature(const Folder& folder, const FileStamp& file)
{
    const int fd = ::openat(folder.fd(), file.name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return "";
    struct stat info {};
    std::string tail;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        const off_t size = info.st_size;
        tail.resize(static_cast<std::size_t>(std::min<off_t>(size, 160)));
        const ssize_t got = ::pread(fd, tail.data(), tail.size(), size - static_cast<off_t>(tail.size()));
        tail.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    }
    ::close(fd);
    return signatureValue(tail);
}

} // namespace

Result<KnownFiles> KnownFiles::prepare(sql::Database& db)
{
    // Many learners per query: on a server each query is a round trip.
    std::string sql = "SELECT learner_id, size, mtime_ns, signature, status FROM files WHERE learner_id IN (";
    for (int i = 1; i <= kLookUpsPerQuery; ++i) sql += (i > 1 ? ", ?" : "?") + std::to_string(i);
    KnownFiles known(db);
    auto select = db.prepare(sql + ")");
    if (!select) return select.refusal();
    known.select_.emplace(std::move(select.value()));
    return known;
}

Result<std::vector<std::optional<KnownFile>>> KnownFiles::lookUp(const std::vector<FileStamp>& files)
{
    std::vector<std::optional<KnownFile>> known(files.size());
    sql::Statement& q = *select_;
    for (std::size_t start = 0; start < files.size(); start += kLookUpsPerQuery) {
        const std::size_t end = std::min(files.size(), start + kLookUpsPerQuery);
        std::unordered_map<std::string_view, std::size_t> at;
        for (std::size_t i = start; i < end; ++i) at.emplace(files[i].learnerId, i);
        // The last query of a batch repeats its first id in the places it does not fill.
        for (int p = 0; p < kLookUpsPerQuery; ++p) {
            q.bindView(p + 1, files[std::min(start + static_cast<std::size_t>(p), end - 1)].learnerId);
        }
        for (auto row = q.step();; row = q.step()) {
            if (!row) return row.refusal();
            if (!row.value()) break;
            const std::string id = q.text(0);
            if (auto found = at.find(id); found != at.end()) {
                known[found->second] = KnownFile{q.integer(1), q.integer(2), q.text(3), q.text(4) == "missing"};
            }
        }
        q.reset();
    }
    return known;
}

Result<KnownFiles::Counts> KnownFiles::counts()
{
    auto count = db_->prepare("SELECT count(*), count(*) FILTER (WHERE status != 'missing' AND file_name NOT LIKE 'inbox:%') FROM files");
    if (!count) return count.refusal();
    auto row = count.value().step();
    if (!row) return row.refusal();
    return Counts{count.value().integer(0), count.value().integer(1)};
}

Result<Done> KnownFiles::findGone(const Folder& folder, const std::function<Result<Done>(const std::string&)>& gone)
{
    // A page at a time, in key order, so that marking files gone never runs under an open query.
    auto page = db_->prepare("SELECT learner_id, file_name FROM files WHERE status != 'missing' AND file_name NOT LIKE 'inbox:%' AND learner_id > ?1 "
                             "ORDER BY learner_id LIMIT " + std::to_string(kGonePage));
    if (!page) return page.refusal();
    auto& q = page.value();
    std::string after;
    while (true) {
        std::vector<std::pair<std::string, std::string>> files;
        q.bind(1, after);
        for (auto row = q.step(); ; row = q.step()) {
            if (!row) return row.refusal();
            if (!row.value()) break;
            files.emplace_back(q.text(0), q.text(1));
        }
        q.reset();
        if (files.empty()) return Done{};
        after = files.back().first;
        for (const auto& [learnerId, fileName] : files) {
            struct stat info {};
            if (::fstatat(folder.fd(), fileName.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT) continue;
            if (auto marked = gone(learnerId); !marked) return marked;
        }
    }
}

std::vector<char> findUnchanged(const Folder& folder, std::vector<FileStamp>& files,
                                const std::vector<std::optional<KnownFile>>& known, int threads)
{
    std::vector<char> unchanged(files.size(), 0);
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (std::size_t i = next++; i < files.size(); i = next++) {
                FileStamp& file = files[i];
                statFile(folder, file);
                const std::optional<KnownFile>& seen = known[i];
                if (!seen || seen->gone || seen->size != file.size || seen->mtimeNs != file.mtimeNs) continue;
                file.signature = tailSignature(folder, file);
                unchanged[i] = file.signature == seen->signature;
            }
        });
    }
    for (std::thread& worker : workers) worker.join();
    return unchanged;
}

} // namespace mamori::records
