// OrgIndex::ingest: list the progress folder a batch at a time, skip what did not change, read
// and verify the rest on every core, and write their records from one thread (SQLite takes
// one writer). Memory holds a batch, never the whole folder.

#include "index_inbox.hpp"
#include "index_known_files.hpp"
#include "index_listing.hpp"
#include "index_transactions.hpp"
#include "index_writer.hpp"
#include "org_index_impl.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::refuse;
using scoring::RefusalCode;
using scoring::Result;

/// The rows of files read and checked by the workers, waiting for the writer; bounded, so memory stays
/// the same however many files there are. The writer takes everything waiting at once, and a
/// reader wakes it only when it sleeps: a wake-up per file cost more than a file's rows to write.
class ParsedQueue {
public:
    explicit ParsedQueue(std::size_t capacity) : capacity_(capacity) {}

    void push(FileRows rows)
    {
        std::unique_lock lock(mutex_);
        notFull_.wait(lock, [&] { return items_.size() < capacity_; });
        items_.push_back(std::move(rows));
        if (writerWaiting_) notEmpty_.notify_one();
    }
    /// Every item waiting, in order; empty once every producer has finished and nothing is left.
    std::deque<FileRows> popAll()
    {
        std::unique_lock lock(mutex_);
        writerWaiting_ = true;
        notEmpty_.wait(lock, [&] { return !items_.empty() || producers_ == 0; });
        writerWaiting_ = false;
        std::deque<FileRows> taken;
        taken.swap(items_);
        notFull_.notify_all();
        return taken;
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
    std::deque<FileRows> items_;
    int producers_ = 0;
    bool writerWaiting_ = false;
};

constexpr std::size_t kFilesPerBatch = 4096;

/// Reads and checks `files` on `threads` threads while this thread writes what they found.
Result<Done> readAndWrite(const Folder& folder, const std::vector<FileStamp>& files, const IngestOptions& options,
                          const OrganisationKey& key, scoring::Timestamp now, int threads, IndexWriter& writer,
                          IngestTransactions& transactions, IngestReport& report)
{
    ParsedQueue queue(64);
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> readers;
    for (int t = 0; t < threads; ++t) {
        queue.producerStarted();
        readers.emplace_back([&] {
            PosixStorage storage;
            for (std::size_t i = next++; i < files.size(); i = next++) {
                ProgressCheck check = checkProgressAt(folder, files[i].name, files[i].learnerId, key, storage);
                FileStamp stamp = files[i];
                if (!check.signature.empty()) stamp.signature = check.signature;
                queue.push(fileRows(std::move(stamp), std::move(check), options.packs, now));
            }
            queue.producerFinished();
        });
    }
    std::optional<scoring::Refusal> failure;
    for (auto items = queue.popAll(); !items.empty(); items = queue.popAll()) {
        for (FileRows& item : items) {
            if (failure) break;   // keep draining so that the readers can finish
            auto flags = writer.replace(item, now);
            if (!flags) {
                failure = flags.refusal();
                break;
            }
            report.newFlags += flags.value();
            ++report.statuses[item.status];
            ++report.parsed;
            if (auto written = transactions.fileWritten(); !written) failure = written.refusal();
            else if (written.value()) {
                if (auto numbered = writer.continueNumbering(); !numbered) failure = numbered.refusal();
            }
            if (options.progress && report.parsed % 500 == 0) options.progress(report.parsed, report.files - report.unchanged);
        }
    }
    for (std::thread& reader : readers) reader.join();
    if (failure) return *failure;
    return Done{};
}

} // namespace

Result<IngestReport> OrgIndex::ingest(const IngestOptions& options, const OrganisationKey& key, const scoring::Clock& clock)
{
    const auto started = std::chrono::steady_clock::now();
    const scoring::Timestamp now = clock.now();
    IngestReport report;
    auto folder = Folder::open(options.dataDir / "progress", Links::Follow);
    if (!folder) return refuse(RefusalCode::NoProgressFolder, "cannot read the progress folder: " + folder.refusal().message);
    auto listing = ProgressListing::open(folder.value());
    if (!listing) return listing.refusal();
    auto lock = IngestLock::take(impl_->db);
    if (!lock) return lock.refusal();
    auto known = KnownFiles::prepare(impl_->db);
    if (!known) return known.refusal();
    auto counts = known.value().counts();
    if (!counts) return counts.refusal();
    auto writer = IndexWriter::prepare(impl_->db);
    if (!writer) return writer.refusal();
    auto transactions = IngestTransactions::begin(impl_->db, counts.value().all == 0);
    if (!transactions) return transactions.refusal();
    if (auto numbered = writer.value().continueNumbering(); !numbered) return numbered.refusal();   // under the write lock now

    const int threads = std::max(1, options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency()));
    std::int64_t stillThere = 0;   // files of the last ingest found again
    struct Batch {
        std::vector<FileStamp> files;
        std::vector<std::optional<KnownFile>> seen;   // what the index knew of each
    };
    auto listAndLookUp = [&]() -> Result<Batch> {
        Batch batch{listing.value().next(kFilesPerBatch), {}};
        if (batch.files.empty()) return batch;
        auto seen = known.value().lookUp(batch.files);
        if (!seen) return seen.refusal();
        batch.seen = std::move(seen.value());
        return batch;
    };
    for (auto upcoming = listAndLookUp();; ) {
        if (!upcoming) return upcoming.refusal();
        if (upcoming.value().files.empty()) break;
        Batch batch = std::move(upcoming.value());
        // The reader threads check this batch for changes while this thread lists and looks up the
        // next one: the index's connection stays on this thread, and neither waits for the other.
        auto checking = std::async(std::launch::async,
                                   [&] { return findUnchanged(folder.value(), batch.files, batch.seen, threads); });
        upcoming = listAndLookUp();
        const std::vector<char> unchanged = checking.get();
        std::vector<FileStamp> changed;
        for (std::size_t i = 0; i < batch.files.size(); ++i) {
            if (batch.seen[i] && !batch.seen[i]->gone) ++stillThere;
            batch.files[i].indexed = batch.seen[i].has_value();
            if (unchanged[i]) ++report.unchanged;
            else changed.push_back(std::move(batch.files[i]));
        }
        report.files += static_cast<int>(batch.files.size());
        if (auto done = readAndWrite(folder.value(), changed, options, key, now, threads, writer.value(), transactions.value(), report);
            !done) {
            return done.refusal();
        }
    }
    // Files of the last ingest that were not found again are gone: look for them only then.
    if (stillThere < counts.value().present) {
        auto found = known.value().findGone(folder.value(), [&](const std::string& learnerId) -> Result<Done> {
            if (auto gone = writer.value().markGone(learnerId, now); !gone) return gone;
            ++report.gone;
            ++report.newFlags;
            return Done{};
        });
        if (!found) return found.refusal();
    }
    if (auto inbox = ingestInbox(impl_->db, writer.value(), key, options.packs, now, report); !inbox) return inbox.refusal();
    if (auto committed = transactions.value().commit(); !committed) return committed.refusal();
    if (options.progress) options.progress(report.parsed, report.files - report.unchanged);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace mamori::records
