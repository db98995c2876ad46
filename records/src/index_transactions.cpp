#include "index_transactions.hpp"

#include "index_schema.hpp"

#include <string>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::Result;

// Often enough that the write-ahead log stays small.
constexpr int kFilesPerTransaction = 2000;

/// Switches the journal to `mode`; false when SQLite kept another (another connection has
/// the index open in the write-ahead log).
Result<bool> switchJournal(sql::Database& db, const std::string& mode)
{
    auto pragma = db.prepare("PRAGMA journal_mode = " + mode + ";");
    if (!pragma) return pragma.refusal();
    auto row = pragma.value().step();
    if (!row) return row.refusal();
    return row.value() && pragma.value().text(0) == mode;
}

} // namespace

Result<IngestTransactions> IngestTransactions::begin(sql::Database& db, bool firstIngest)
{
    IngestTransactions transactions(db);
    // SQLite only: a first ingest writes one transaction without the write-ahead log, and
    // builds the secondary indexes at its end.
    if (firstIngest && db.engine() == sql::Engine::SQLite) {
        auto switched = switchJournal(db, "delete");
        if (!switched) return switched.refusal();
        transactions.oneTransaction_ = switched.value();
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

Result<Done> IngestTransactions::fileWritten()
{
    ++written_;
    if (oneTransaction_ || written_ % kFilesPerTransaction != 0) return Done{};
    if (auto committed = transaction_->commit(); !committed) return committed;
    transaction_.reset();
    auto again = sql::Transaction::begin(*db_);
    if (!again) return again.refusal();
    transaction_.emplace(std::move(again.value()));
    return Done{};
}

Result<Done> IngestTransactions::commit()
{
    if (oneTransaction_) {
        // SQLite sorts in as much memory as its page cache may take, on top of it: a quarter
        // for the sorts keeps the peak where the load had it.
        const std::string cache = "PRAGMA cache_size = -";
        if (auto done = db_->execute(cache + std::to_string(kIndexCacheKiB / 4) + ";"); !done) return done;
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
    if (oneTransaction_) {
        auto switched = switchJournal(*db_, "wal");
        if (!switched) return switched.refusal();
    }
    return Done{};
}

} // namespace mamori::records
