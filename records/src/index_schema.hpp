#pragma once
// The index database's tables, created or upgraded when the index is opened. The index is
// derived data: progress files stay the source of truth, and an index can always be rebuilt.

#include "sqlite_db.hpp"

namespace mamori::records {

/// The schema version this build writes (SQLite's user_version).
inline constexpr int kIndexSchemaVersion = 1;

/// Creates the tables of a new index, or refuses an index written by a newer Mamori.
scoring::Result<scoring::Done> prepareIndexSchema(sql::Database& db);

} // namespace mamori::records
