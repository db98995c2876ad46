#pragma once
// Writing one progress file's records into the index: its row in `files`, its records in
// the tables after it (replacing what an earlier ingest wrote), and its trust flags.

#include "mamori/records/progress_check.hpp"
#include "mamori/records/trust_flags.hpp"
#include "org_index_impl.hpp"

#include <optional>
#include <string>

namespace mamori::records {

/// A progress file as found in the folder.
struct FileStamp {
    std::string name;
    std::string learnerId;          ///< from the name
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::string signature;
};

class IndexWriter {
public:
    static scoring::Result<IndexWriter> prepare(sql::Database& db);

    /// Replaces the records of `stamp.learnerId` with what `check` found; returns how many flags were raised.
    scoring::Result<int> replace(const FileStamp& stamp, const ProgressCheck& check, const lessons::PackLibrary* packs,
                                 scoring::Timestamp now);
    /// Marks a file of an earlier ingest as gone: its records no longer count; a sticky flag says so.
    scoring::Result<scoring::Done> markGone(const std::string& learnerId, scoring::Timestamp now);

private:
    explicit IndexWriter(sql::Database& db) : db_(&db) {}
    scoring::Result<scoring::Done> clearRecords(const std::string& learnerId);
    scoring::Result<scoring::Done> insertRecords(const scoring::LearnerProgress& progress);
    scoring::Result<int> insertFlags(const std::string& learnerId, const std::vector<TrustFlag>& flags);

    sql::Database* db_;
    struct Statements;
    std::shared_ptr<Statements> s_;
};

} // namespace mamori::records
