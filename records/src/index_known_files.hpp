#pragma once
// What the index knew of the files at the last ingest, looked up in the index a batch at a
// time (not held in memory for all of them), and which files did not change since.

#include "index_rows.hpp"
#include "sql_database.hpp"
#include "mamori/records/regular_file.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mamori::records {

/// What the index knew of a file after the last ingest.
struct KnownFile {
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::string signature;
    bool gone = false;   ///< marked missing by an earlier ingest
};

class KnownFiles {
public:
    static scoring::Result<KnownFiles> prepare(sql::Database& db);

    /// What the index knows of each of `files` (nullopt: never seen).
    scoring::Result<std::vector<std::optional<KnownFile>>> lookUp(const std::vector<FileStamp>& files);
    struct Counts {
        std::int64_t all = 0;       ///< rows in `files`: 0 for a new index
        std::int64_t present = 0;   ///< of them, files that were not gone at the last ingest
    };
    scoring::Result<Counts> counts();
    /// Calls `gone` for each file the index knows, not gone before, that is no longer in
    /// `folder` (nothing stands at its name), a page of them at a time.
    scoring::Result<scoring::Done> findGone(const Folder& folder, const std::function<scoring::Result<scoring::Done>(const std::string& learnerId)>& gone);

private:
    explicit KnownFiles(sql::Database& db) : db_(&db) {}
    sql::Database* db_;
    std::optional<sql::Statement> select_;
};

/// Stats every file of `files` (setting its size and time) and, where they are those the
/// index knew, reads the signature at its end to tell whether it is unchanged (1) or must be
/// read again (0). On `threads` threads: for 100,000 files these calls are all that an
/// unchanged ingest costs.
std::vector<char> findUnchanged(const Folder& folder, std::vector<FileStamp>& files,
                                const std::vector<std::optional<KnownFile>>& known, int threads);

} // namespace mamori::records
