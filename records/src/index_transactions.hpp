#pragma once
// How an ingest groups its writes into transactions.
//
// Into an index that already holds files: a transaction every few thousand files, in the
// write-ahead log, so that the records screens can read while an ingest writes.
//
// A first ingest, into an index that holds no file yet, is one transaction with a rollback
// journal instead: SQLite journals only the pages the database had when the transaction
// began, so protecting the load of an empty index costs next to nothing, where the log would
// write every page twice. The indexes on the records' tables are built once at its end. A
// crash rolls it back to the empty index. When another connection has the index open, the
// journal cannot be switched, and the first ingest goes the usual way.

#include "sql_database.hpp"

#include <optional>

namespace mamori::records {

/// One ingest at a time on an index, the second waiting for the first: what an ingest looks
/// up before writing (which files the index knows) must still hold when it writes. On
/// PostgreSQL a session advisory lock; on SQLite an flock on INDEX-ingest.lock beside the file.
class IngestLock {
public:
    static scoring::Result<IngestLock> take(sql::Database& db);
    IngestLock(IngestLock&& other) noexcept : db_(other.db_), fd_(other.fd_)
    {
        other.db_ = nullptr;
        other.fd_ = -1;
    }
    IngestLock& operator=(IngestLock&&) = delete;
    ~IngestLock();

private:
    IngestLock(sql::Database* db, int fd) : db_(db), fd_(fd) {}
    sql::Database* db_;   // PostgreSQL: the session holding the advisory lock
    int fd_;              // SQLite: the locked file
};

class IngestTransactions {
public:
    /// Begins the first transaction; `firstIngest` when the index holds no file yet.
    static scoring::Result<IngestTransactions> begin(sql::Database& db, bool firstIngest);

    IngestTransactions(IngestTransactions&& other) noexcept;
    IngestTransactions& operator=(IngestTransactions&&) = delete;
    /// Rolls back what is not committed.
    ~IngestTransactions();

    /// Called after each file written: commits now and then, unless this is a first ingest's
    /// one transaction; true when a new transaction began.
    scoring::Result<bool> fileWritten();
    /// Commits what is left (and, after a first ingest, builds the indexes and goes back to the log).
    scoring::Result<scoring::Done> commit();

    bool oneTransaction() const { return oneTransaction_; }

private:
    explicit IngestTransactions(sql::Database& db) : db_(&db) {}
    sql::Database* db_;
    std::optional<sql::Transaction> transaction_;
    bool oneTransaction_ = false;
    int written_ = 0;
};

} // namespace mamori::records
