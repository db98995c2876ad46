// HR's index keeps the app that wrote each learner's file (files.written_by, index schema 6),
// and an index of schema 5 gains it. Runs on SQLite, and on PostgreSQL in the PostgreSQL run
// (tests/postgres).

#include "index_schema.hpp"
#include "index_target.hpp"
#include "mamori/records/build_info.hpp"
#include "mamori/records/org_index.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/signing.hpp"
#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
namespace fs = std::filesystem;

namespace {

/// A data folder with two learners' signed files: E1's written by this build, E2's by a Mamori
/// from before the note (the same file without it).
struct DataFolder {
    TemporaryDirectory root;
    fs::path data = root.path() / "data";

    DataFolder()
    {
        fs::create_directories(data / "progress");
        writeFile(data / "progress" / "E1.xml", signContent(serializeProgress(progressWithViews(2), {}), testKey()));
        LearnerProgress e2 = progressWithViews(1);
        e2.learnerId = "E2";
        std::string old = serializeProgress(e2, {});
        const std::string note = " written-by=\"" + appIdentity() + "\"";
        REQUIRE(old.find(note) != std::string::npos);
        old.erase(old.find(note), note.size());
        writeFile(data / "progress" / "E2.xml", signContent(old, testKey()));
    }

    IngestReport ingest(OrgIndex& index) const
    {
        FakeClock clock{kStart};
        IngestOptions options;
        options.dataDir = data;
        options.threads = 2;
        auto report = index.ingest(options, testKey(), clock);
        REQUIRE(report);
        return report.value();
    }
};

std::optional<std::string> writtenBy(OrgIndex& index, const std::string& learnerId)
{
    auto learner = index.learner(learnerId);
    REQUIRE(learner);
    REQUIRE(learner.value());
    return learner.value()->writtenBy;
}

mamori::scoring::Result<sql::Database> openDirectly(const std::string& target)
{
    return indexesOnPostgres() ? sql::Database::openPostgres(target) : sql::Database::openSqlite(target);
}

} // namespace

TEST_CASE("ingest keeps the app that wrote each file; a file from before the note is unknown")
{
    DataFolder folder;
    auto index = OrgIndex::openTarget(freshIndexTarget(folder.root.path()));
    REQUIRE(index);
    CHECK(folder.ingest(index.value()).parsed == 2);
    CHECK(writtenBy(index.value(), "E1") == appIdentity());
    CHECK_FALSE(writtenBy(index.value(), "E2"));

    // Everyone's records, as the exports read them, carry it too.
    std::map<std::string, std::optional<std::string>> seen;
    REQUIRE(index.value().forEachLearner(std::nullopt, [&](const IndexedLearner& learner) -> Result<Done> {
        seen[learner.learnerId] = learner.writtenBy;
        return Done{};
    }));
    CHECK(seen.size() == 2);
    CHECK(seen["E1"] == appIdentity());
    CHECK_FALSE(seen["E2"]);
}

TEST_CASE("an index of schema 5 gains files.written_by, and its next ingest reads every file again to fill it")
{
    DataFolder folder;
    const std::string target = freshIndexTarget(folder.root.path());
    {
        auto index = OrgIndex::openTarget(target);
        REQUIRE(index);
        CHECK(folder.ingest(index.value()).parsed == 2);
    }
    {   // Made into the index a Mamori of index schema 5 left: the same rows without the column.
        auto db = openDirectly(target);
        REQUIRE(db);
        REQUIRE(db.value().execute("ALTER TABLE files DROP COLUMN written_by; DELETE FROM schema_migrations WHERE version = 6;"));
    }
    auto index = OrgIndex::openTarget(target);
    REQUIRE(index);
    {
        auto db = openDirectly(target);
        REQUIRE(db);
        auto q = db.value().prepare("SELECT max(version), (SELECT count(*) FROM files WHERE written_by IS NULL) FROM schema_migrations");
        REQUIRE(q);
        REQUIRE(q.value().step().value());
        CHECK(q.value().integer(0) == 6);
        CHECK(q.value().integer(1) == 2);   // nothing known yet: the column is new
    }
    // The records it held are still there, until the ingest that follows.
    CHECK_FALSE(writtenBy(index.value(), "E1"));
    const IngestReport report = folder.ingest(index.value());
    CHECK(report.parsed == 2);   // unchanged files, read again once
    CHECK(report.unchanged == 0);
    CHECK(writtenBy(index.value(), "E1") == appIdentity());
    CHECK_FALSE(writtenBy(index.value(), "E2"));
    // And after that, unchanged files are not read again.
    const IngestReport again = folder.ingest(index.value());
    CHECK(again.parsed == 0);
    CHECK(again.unchanged == 2);
}
