#pragma once
// Writing one progress file's records into the index: its row in `files`, its records in
// the tables after it (replacing what an earlier ingest wrote), and its trust flags.

#include "index_rows.hpp"
#include "org_index_impl.hpp"

#include <memory>
#include <string>

namespace mamori::records {

class IndexWriter {
public:
    static scoring::Result<IndexWriter> prepare(sql::Database& db);

    /// Replaces the records of `rows.stamp.learnerId` with `rows`; returns how many flags were raised.
    scoring::Result<int> replace(const FileRows& rows, scoring::Timestamp now);
    /// The writer numbers the attempts itself, so that it never waits for the index to say which
    /// number a row got (on a server, rows are written behind): from the highest in the index,
    /// read again at the start of each transaction, under its write lock.
    scoring::Result<scoring::Done> continueNumbering();
    /// Marks a file of an earlier ingest as gone: its records no longer count; a sticky flag says so.
    scoring::Result<scoring::Done> markGone(const std::string& learnerId, scoring::Timestamp now);

private:
    explicit IndexWriter(sql::Database& db) : db_(&db) {}
    scoring::Result<scoring::Done> clearRecords(const std::string& learnerId);
    scoring::Result<scoring::Done> insertRecords(const FileRows& rows);
    scoring::Result<int> insertFlags(const std::string& learnerId, const std::vector<TrustFlag>& flags);

    sql::Database* db_;
    std::int64_t nextAttemptId_ = 1;
    struct Statements;
    std::shared_ptr<Statements> s_;
};

} // namespace mamori::records
