// The index's schema: written once per engine (they must stay the same tables), and migrated
// by the versions recorded in the index.

#include "index_schema.hpp"
#include "mamori/records/org_index.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

using namespace mamori::records;

namespace {

/// Table → its column names in order, read from a schema's CREATE TABLE statements and the
/// ALTER TABLE … ADD COLUMN and DROP TABLE statements of later migrations.
std::map<std::string, std::vector<std::string>> tablesOf(const std::string& text)
{
    const std::string schema = std::regex_replace(text, std::regex("--[^\n]*"), "");
    std::map<std::string, std::vector<std::string>> tables;
    const std::regex table(R"(CREATE TABLE (\w+) \(([^;]*)\)[^;]*;)");
    const std::regex column(R"(^\s*(\w+)\s+[A-Z])");
    for (std::sregex_iterator t(schema.begin(), schema.end(), table), end; t != end; ++t) {
        std::vector<std::string>& columns = tables[(*t)[1]];
        const std::string body = (*t)[2];
        std::size_t start = 0;
        while (start < body.size()) {
            const std::size_t line = body.find('\n', start);
            const std::string text = body.substr(start, line == std::string::npos ? std::string::npos : line - start);
            std::smatch m;
            if (std::regex_search(text, m, column) && m[1] != "PRIMARY") columns.push_back(m[1]);
            if (line == std::string::npos) break;
            start = line + 1;
        }
    }
    const std::regex added(R"(ALTER TABLE (\w+) ADD COLUMN (\w+))");
    for (std::sregex_iterator a(schema.begin(), schema.end(), added), end; a != end; ++a) tables.at((*a)[1]).push_back((*a)[2]);
    const std::regex dropped(R"(DROP TABLE (\w+))");
    for (std::sregex_iterator d(schema.begin(), schema.end(), dropped), end; d != end; ++d) tables.erase((*d)[1]);
    return tables;
}

std::vector<std::int64_t> recordedVersions(const std::filesystem::path& file)
{
    auto db = sql::Database::openSqlite(file);
    REQUIRE(db);
    auto q = db.value().prepare("SELECT version FROM schema_migrations ORDER BY version");
    REQUIRE(q);
    std::vector<std::int64_t> found;
    for (auto row = q.value().step(); row && row.value(); row = q.value().step()) found.push_back(q.value().integer(0));
    return found;
}

} // namespace

TEST_CASE("the SQLite and PostgreSQL schemas have the same tables with the same columns")
{
    // Schema 3 adds the attempts' answers and the packs' completions (the same statements on both
    // engines), and drops the tables they were in.
    const std::string schema3 = std::string(kSchema3Columns) + " DROP TABLE answers; DROP TABLE completions;";
    // Schema 6 adds files.written_by (the same statement on both engines).
    const auto sqlite = tablesOf(std::string(kSqliteIndexSchema) + kSqliteInboxSchema + schema3 + kSqliteInboxRunsSchema + kSchema6Columns);
    const auto postgres =
        tablesOf(std::string(kPostgresIndexSchema) + kPostgresInboxSchema + schema3 + kPostgresInboxRunsSchema + kSchema6Columns);
    CHECK(sqlite.size() == 11);
    CHECK(sqlite.at("inbox_runs").size() == 12);
    CHECK(sqlite.at("inbox").size() == 4);
    CHECK(sqlite.count("answers") == 0);
    CHECK(sqlite.count("completions") == 0);
    CHECK(sqlite.at("attempts").back() == "answers");
    CHECK(sqlite.at("learner_packs").back() == "completions");
    CHECK(sqlite.at("files").size() == 12);
    CHECK(sqlite.at("files").back() == "written_by");
    CHECK(sqlite == postgres);
}

TEST_CASE("an index records its migrations; one from before that table is adopted, one from a newer Mamori refused")
{
    mamori::test::TemporaryDirectory folder;
    const auto fresh = folder.path() / "fresh.sqlite";
    REQUIRE(OrgIndex::open(fresh));
    CHECK(recordedVersions(fresh) == std::vector<std::int64_t>{1, 2, 3, 4, 5, 6});

    // As the first index of HR's records wrote it: schema 1's tables, SQLite's user_version and
    // no migrations table.
    const auto old = folder.path() / "old.sqlite";
    {
        auto db = sql::Database::openSqlite(old);
        REQUIRE(db);
        REQUIRE(db.value().execute(kSqliteIndexSchema));
        REQUIRE(db.value().execute("PRAGMA user_version = 1; INSERT INTO meta (key, value) VALUES ('kept', 'yes');"));
    }
    REQUIRE(OrgIndex::open(old));
    CHECK(recordedVersions(old) == std::vector<std::int64_t>{1, 2, 3, 4, 5, 6});   // schema 1 adopted, 2 to 6 applied
    {
        auto db = sql::Database::openSqlite(old);
        REQUIRE(db);
        auto kept = db.value().prepare("SELECT value FROM meta WHERE key = 'kept'");
        REQUIRE(kept);
        REQUIRE(kept.value().step().value());
        CHECK(kept.value().text(0) == "yes");
        REQUIRE(db.value().execute("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'later');"));
    }
    auto newer = OrgIndex::open(old);
    REQUIRE_FALSE(newer);
    CHECK(newer.refusal().code == mamori::scoring::RefusalCode::IndexNewer);
    CHECK(newer.refusal().message.find("newer Mamori (schema 99)") != std::string::npos);
}
