#pragma once
// The index database's tables, created or upgraded when the index is opened. The index is
// derived data: progress files stay the source of truth, and an index can always be rebuilt.

#include "sqlite_db.hpp"

namespace mamori::records {

/// SQLite's page cache for an index, in KiB: a bulk ingest keeps its B-tree pages in memory.
inline constexpr int kIndexCacheKiB = 32768;

/// The schema version this build writes (SQLite's user_version).
inline constexpr int kIndexSchemaVersion = 1;

/// Creates the tables of a new index, or refuses an index written by a newer Mamori.
scoring::Result<scoring::Done> prepareIndexSchema(sql::Database& db);

/// The indexes on the records' tables (by learner, by quiz): a first ingest drops them and
/// builds them again at its end, sorting once instead of inserting into them row by row.
scoring::Result<scoring::Done> dropSecondaryIndexes(sql::Database& db);
scoring::Result<scoring::Done> createSecondaryIndexes(sql::Database& db);

} // namespace mamori::records
