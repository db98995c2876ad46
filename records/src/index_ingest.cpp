// OrgIndex::ingest: list the progress folder, skip what did not change, read and verify the
// rest on every core, and write their records in one transaction per batch.

#include "index_writer.hpp"
#include "mamori/records/learner_id.hpp"
#include "mamori/records/progress_limits.hpp"
#include "mamori/records/signing.hpp"
#include "org_index_impl.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::refuse;
using scoring::Result;

/// What the index knew of a file after the last ingest.
struct Known {
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::string signature;
    std::string status;
};

/// The learners' progress files in the folder: `<id>.xml`, whatever stands there (a link or
/// a FIFO is listed too, and reported by the check). Backups and rejected files are not.
Result<std::vector<FileStamp>> listProgressFiles(const Folder& folder)
{
    const int fd = ::dup(folder.fd());
    DIR* dir = fd >= 0 ? ::fdopendir(fd) : nullptr;
    if (!dir) {
        if (fd >= 0) ::close(fd);
        return systemRefusal("cannot list", folder.path(), errno);
    }
    std::vector<FileStamp> files;
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        const auto id = learnerIdInFileName(name);
        if (!id || name != *id + ".xml") continue;
        files.push_back(FileStamp{name, *id, 0, 0, {}});
    }
    ::closedir(dir);
    return files;
}

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

Result<std::unordered_map<std::string, Known>> knownFiles(sql::Database& db)
{
    auto query = db.prepare("SELECT learner_id, size, mtime_ns, signature, status FROM files");
    if (!query) return query.refusal();
    std::unordered_map<std::string, Known> known;
    auto& q = query.value();
    for (auto row = q.step(); row && row.value(); row = q.step()) {
        known.emplace(q.text(0), Known{q.integer(1), q.integer(2), q.text(3), q.text(4)});
    }
    return known;
}

/// Stats every listed file and, where its size and time are those last seen, reads the
/// signature at its end to tell whether it is unchanged (1) or must be read again (0). On
/// `threads` threads: for 100,000 files these calls are all that an unchanged ingest costs.
std::vector<char> findUnchanged(const Folder& folder, std::vector<FileStamp>& files,
                                const std::unordered_map<std::string, Known>& known, int threads)
{
    std::vector<char> unchanged(files.size(), 0);
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (std::size_t i = next++; i < files.size(); i = next++) {
                FileStamp& file = files[i];
                statFile(folder, file);
                const auto it = known.find(file.learnerId);
                if (it == known.end() || it->second.status == "missing" || it->second.size != file.size ||
                    it->second.mtimeNs != file.mtimeNs) {
                    continue;
                }
                file.signature = tailSignature(folder, file);
                unchanged[i] = file.signature == it->second.signature;
            }
        });
    }
    for (std::thread& worker : workers) worker.join();
    return unchanged;
}

/// Files read and checked by the workers, waiting for the writer; bounded, so memory stays
/// the same however many files there are.
class ParsedQueue {
public:
    explicit ParsedQueue(std::size_t capacity) : capacity_(capacity) {}

    void push(FileStamp stamp, ProgressCheck check)
    {
        std::unique_lock lock(mutex_);
        notFull_.wait(lock, [&] { return items_.size() < capacity_; });
        items_.emplace_back(std::move(stamp), std::move(check));
        notEmpty_.notify_one();
    }
    /// The next item, or nullopt once every producer has finished and the queue is empty.
    std::optional<std::pair<FileStamp, ProgressCheck>> pop()
    {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return !items_.empty() || producers_ == 0; });
        if (items_.empty()) return std::nullopt;
        auto item = std::move(items_.front());
        items_.pop_front();
        notFull_.notify_one();
        return item;
    }
    void producerStarted()
    {
        std::lock_guard lock(mutex_);
        ++producers_;
    }
    void producerFinished()
    {
        std::lock_guard lock(mutex_);
        --producers_;
        notEmpty_.notify_all();
    }

private:
    std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable notFull_, notEmpty_;
    std::deque<std::pair<FileStamp, ProgressCheck>> items_;
    int producers_ = 0;
};

constexpr int kFilesPerTransaction = 2000;

} // namespace

Result<IngestReport> OrgIndex::ingest(const IngestOptions& options, const OrganisationKey& key, const scoring::Clock& clock)
{
    const auto started = std::chrono::steady_clock::now();
    const scoring::Timestamp now = clock.now();
    IngestReport report;
    auto folder = Folder::open(options.dataDir / "progress", Links::Follow);
    if (!folder) return refuse("no-progress-folder", "cannot read the progress folder: " + folder.refusal().message);
    auto listed = listProgressFiles(folder.value());
    if (!listed) return listed.refusal();
    auto known = knownFiles(impl_->db);
    if (!known) return known.refusal();

    const int threads = std::max(1, options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency()));
    const std::vector<char> unchanged = findUnchanged(folder.value(), listed.value(), known.value(), threads);

    std::vector<FileStamp> changed;
    for (std::size_t i = 0; i < listed.value().size(); ++i) {
        FileStamp& file = listed.value()[i];
        known.value().erase(file.learnerId);   // what stays in `known` is gone from the folder
        if (unchanged[i]) ++report.unchanged;
        else changed.push_back(std::move(file));
    }
    report.files = static_cast<int>(listed.value().size());

    auto writer = IndexWriter::prepare(impl_->db);
    if (!writer) return writer.refusal();
    std::optional<sql::Transaction> transaction;
    if (auto begun = sql::Transaction::begin(impl_->db); !begun) return begun.refusal();
    else transaction.emplace(std::move(begun.value()));
    // What is left of the known files is gone from the folder.
    for (const auto& [learnerId, file] : known.value()) {
        if (file.status == "missing") continue;
        if (auto gone = writer.value().markGone(learnerId, now); !gone) return gone.refusal();
        ++report.gone;
        ++report.newFlags;
    }

    // Readers on every core; this thread writes, as SQLite takes one writer.
    ParsedQueue queue(64);
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> readers;
    for (int t = 0; t < threads; ++t) {
        queue.producerStarted();
        readers.emplace_back([&] {
            PosixStorage storage;
            for (std::size_t i = next++; i < changed.size(); i = next++) {
                ProgressCheck check = checkProgressAt(folder.value(), changed[i].name, changed[i].learnerId, key, storage);
                FileStamp stamp = changed[i];
                if (!check.signature.empty()) stamp.signature = check.signature;
                queue.push(std::move(stamp), std::move(check));
            }
            queue.producerFinished();
        });
    }
    std::optional<scoring::Refusal> failure;
    int written = 0;
    while (auto item = queue.pop()) {
        if (failure) continue;   // keep draining so that the readers can finish
        auto& [stamp, check] = *item;
        auto flags = writer.value().replace(stamp, check, options.packs, now);
        if (!flags) {
            failure = flags.refusal();
            continue;
        }
        report.newFlags += flags.value();
        ++report.statuses[std::string(checkStatusName(check.status))];
        ++report.parsed;
        if (++written % kFilesPerTransaction == 0) {
            // Commit now and then, so that the write-ahead log stays small.
            if (auto committed = transaction->commit(); !committed) failure = committed.refusal();
            auto again = sql::Transaction::begin(impl_->db);
            if (!again) failure = again.refusal();
            else transaction.emplace(std::move(again.value()));
        }
        if (options.progress && written % 500 == 0) options.progress(written, static_cast<int>(changed.size()));
    }
    for (std::thread& reader : readers) reader.join();
    if (failure) return *failure;
    if (auto committed = transaction->commit(); !committed) return committed.refusal();
    if (options.progress) options.progress(written, static_cast<int>(changed.size()));
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace mamori::records
