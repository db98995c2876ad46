#include "index_transactions.hpp"

#include "index_schema.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <thread>
#include <sys/file.h>
#include <unistd.h>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::Result;

// Often enough that the write-ahead log stays small.
constexpr int kFilesPerTransaction = 2000;

/// Switches the journal to `mode`; false when SQLite kept another (another connection has
/// the index open in the write-ahead log, or holds it busy): the ingest then goes the usual way.
bool switchJournal(sql::Database& db, const std::string& mode)
{
    auto pragma = db.prepare("PRAGMA journal_mode = " + mode + ";");
    if (!pragma) return false;
    auto row = pragma.value().step();
    return row && row.value() && pragma.value().text(0) == mode;
}

/// The key of the advisory lock that one ingest at a time holds ("mamori" in ASCII).
constexpr const char* kIngestLockKey = "109970111114105";

} // namespace

Result<IngestLock> IngestLock::take(sql::Database& db)
{
    if (db.engine() == sql::Engine::PostgreSQL) {
        if (auto locked = db.execute(std::string("SELECT pg_advisory_lock(") + kIngestLockKey + ");"); !locked) return locked.refusal();
        return IngestLock(&db, -1);
    }
    const std::string file = db.file().string() + "-ingest.lock";
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0600);
    if (fd < 0) return scoring::refuse(scoring::RefusalCode::IndexError, "cannot open " + file + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX) != 0) {   // waits while another ingest runs
        const int error = errno;
        ::close(fd);
        return scoring::refuse(scoring::RefusalCode::IndexError, "cannot lock " + file + ": " + std::strerror(error));
    }
    return IngestLock(nullptr, fd);
}

IngestLock::~IngestLock()
{
    if (db_) (void)db_->execute(std::string("SELECT pg_advisory_unlock(") + kIngestLockKey + ");");
    if (fd_ >= 0) ::close(fd_);   // releases the flock
}

Result<IngestTransactions> IngestTransactions::begin(sql::Database& db, bool firstIngest)
{
    IngestTransactions transactions(db);
    // SQLite only: a first ingest writes one transaction without the write-ahead log, and
    // builds the secondary indexes at its end.
    if (firstIngest && db.engine() == sql::Engine::SQLite) {
        transactions.oneTransaction_ = switchJournal(db, "delete");
    }
    auto begun = sql::Transaction::begin(db);
    if (!begun) return begun.refusal();
    transactions.transaction_.emplace(std::move(begun.value()));
    db.setWriteBehind(true);
    if (transactions.oneTransaction_) {
        if (auto dropped = dropSecondaryIndexes(db); !dropped) return dropped.refusal();
    }
    return transactions;
}

IngestTransactions::IngestTransactions(IngestTransactions&& other) noexcept
    : db_(other.db_), transaction_(std::move(other.transaction_)), oneTransaction_(other.oneTransaction_), written_(other.written_)
{
    other.transaction_.reset();
    other.oneTransaction_ = false;
    other.db_ = nullptr;
}

IngestTransactions::~IngestTransactions()
{
    if (!db_) return;
    db_->setWriteBehind(false);
    if (!transaction_) return;
    transaction_.reset();
    if (oneTransaction_) (void)switchJournal(*db_, "wal");
}

Result<bool> IngestTransactions::fileWritten()
{
    ++written_;
    if (oneTransaction_ || written_ % kFilesPerTransaction != 0) return false;
    if (auto committed = transaction_->commit(); !committed) return committed.refusal();
    transaction_.reset();
    auto again = sql::Transaction::begin(*db_);
    if (!again) return again.refusal();
    transaction_.emplace(std::move(again.value()));
    return true;
}

Result<Done> IngestTransactions::commit()
{
    if (oneTransaction_) {
        // SQLite sorts in as much memory as its page cache may take, on top of it: a quarter
        // for the sorts keeps the peak where the load had it. The sorts of 100,000 learners'
        // records spill to temporary files, which SQLite merges on helper threads when allowed
        // (index build for 100,000 learners: 1.2-1.9 s on one thread, 1.1-1.4 s on two).
        const std::string cache = "PRAGMA cache_size = -";
        if (auto done = db_->execute(cache + std::to_string(kIndexCacheKiB / 4) + ";"); !done) return done;
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        if (auto done = db_->execute("PRAGMA threads = " + std::to_string(cores) + ";"); !done) return done;
        if (auto created = createSecondaryIndexes(*db_); !created) return created;
        if (auto done = db_->execute(cache + std::to_string(kIndexCacheKiB) + ";"); !done) return done;
    }
    if (auto committed = transaction_->commit(); !committed) return committed;
    transaction_.reset();
    db_->setWriteBehind(false);
    // PostgreSQL plans from table statistics, which a bulk write leaves behind until its
    // autovacuum comes round: without them the next ingest's deletes scan whole tables.
    if (db_->engine() == sql::Engine::PostgreSQL && written_ >= kFilesPerTransaction) {
        if (auto analysed = db_->execute("ANALYZE;"); !analysed) return analysed;
    }
    if (oneTransaction_ && !switchJournal(*db_, "wal")) {
        return scoring::refuse(scoring::RefusalCode::IndexError, "the index could not go back to its write-ahead log after a first ingest");
    }
    return Done{};
}

} // namespace mamori::records
