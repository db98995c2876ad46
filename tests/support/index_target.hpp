#pragma once
// Where a test's index lives: an SQLite file in its temporary folder, or, when the run gives
// a PostgreSQL server (MAMORI_TEST_POSTGRES, a libpq URI set by tests/postgres), a database
// of its own on that server, so that the same tests run on both engines.

#include <filesystem>
#include <string>

namespace mamori::test {

/// A new, empty index for one test: `folder`/index.sqlite, or a new PostgreSQL database's URI.
std::string freshIndexTarget(const std::filesystem::path& folder);

/// Whether this run's indexes are on PostgreSQL.
bool indexesOnPostgres();

} // namespace mamori::test
