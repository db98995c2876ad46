#pragma once
// The index database's tables, created or upgraded when the index is opened. The index is
// derived data: progress files stay the source of truth, and an index can always be rebuilt.

#include "sql_database.hpp"

namespace mamori::records {

/// SQLite's page cache for an index, in KiB: a bulk ingest keeps its B-tree pages in memory.
inline constexpr int kIndexCacheKiB = 32768;

/// The schema version this build writes: the last of its migrations (the table
/// schema_migrations lists those applied to an index).
inline constexpr int kIndexSchemaVersion = 6;

/// The tables of schema 1, one text per engine (index_schema_sqlite.cpp, index_schema_postgres.cpp).
extern const char* const kSqliteIndexSchema;
extern const char* const kPostgresIndexSchema;
/// Schema 2's inbox, where learners' PCs push their signed files (progress_sync.hpp).
extern const char* const kSqliteInboxSchema;
extern const char* const kPostgresInboxSchema;
/// Schema 3 (the same statements on both engines): an attempt's answers in the attempt's row and
/// a pack's completions in the pack's row, as JSON (index_json.hpp). The tables `answers` and
/// `completions` of schema 1 go; moveRecordsIntoJson carries their rows over.
extern const char* const kSchema3Columns;
scoring::Result<scoring::Done> moveRecordsIntoJson(sql::Database& db);
/// Schema 5's inbox exercise runs, with their actions as JSON (index_json.hpp).
extern const char* const kSqliteInboxRunsSchema;
extern const char* const kPostgresInboxRunsSchema;
/// Schema 6 (the same statement on both engines): files.written_by, the app that wrote each
/// file (index_written_by.cpp). addWrittenBy also has the next ingest read every file again.
extern const char* const kSchema6Columns;
scoring::Result<scoring::Done> addWrittenBy(sql::Database& db);

/// Creates the tables of a new index, migrates an older one, or refuses one written by a newer Mamori.
scoring::Result<scoring::Done> prepareIndexSchema(sql::Database& db);

/// The indexes on the records' tables (by learner, by quiz): a first ingest drops them and
/// builds them again at its end, sorting once instead of inserting into them row by row.
scoring::Result<scoring::Done> dropSecondaryIndexes(sql::Database& db);
scoring::Result<scoring::Done> createSecondaryIndexes(sql::Database& db);

} // namespace mamori::records
