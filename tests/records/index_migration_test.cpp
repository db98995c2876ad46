// Migrations that carry data: an index written by an older Mamori keeps what it holds. Runs on
// SQLite, and on PostgreSQL in the PostgreSQL run (tests/postgres).

#include "index_schema.hpp"
#include "index_target.hpp"
#include "mamori/records/org_index.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori;
using namespace mamori::records;

namespace {

scoring::Result<sql::Database> openDirectly(const std::string& target)
{
    return test::indexesOnPostgres() ? sql::Database::openPostgres(target) : sql::Database::openSqlite(target);
}

} // namespace

TEST_CASE("schema 3 moves each attempt's answers and each pack's completions into their rows as JSON, and keeps every one")
{
    test::TemporaryDirectory folder;
    const std::string target = test::freshIndexTarget(folder.path());
    {   // An index of schema 2: one learner's attempt with two answers, the second to a matching
        // question, and two completions of that pack.
        auto db = openDirectly(target);
        REQUIRE(db);
        const bool postgres = test::indexesOnPostgres();
        REQUIRE(db.value().execute(postgres ? kPostgresIndexSchema : kSqliteIndexSchema));
        REQUIRE(db.value().execute(postgres ? kPostgresInboxSchema : kSqliteInboxSchema));
        REQUIRE(db.value().execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);"
            "INSERT INTO schema_migrations VALUES (1, 'then'), (2, 'then');"
            "INSERT INTO files (learner_id, file_name, size, mtime_ns, signature, status, ingested_at) "
            "  VALUES ('E1', 'E1.xml', 10, 1, 'sig', 'valid', 1700000000);"
            "INSERT INTO attempts (id, learner_id, pack_id, pack_version, quiz_id, number, seed, questions, started, finished, "
            "  ending, score, max_score, percent, passed) VALUES (7, 'E1', 'p', '1.0', 'final', 1, '42', 'q1 q2', 1700000000, "
            "  1700000100, 'submitted', 1.5, 2, 75, 1);"
            "INSERT INTO answers VALUES (7, 0, 'q1', 'a c', '', '', 3, 1700000010, 10, 1, 1, 1);"
            "INSERT INTO answers VALUES (7, 1, 'q2', '', 'L1=R2 L2=R1', '', NULL, 1700000050, 40, 0.5, 0.5, 1);"
            "INSERT INTO learner_packs (learner_id, pack_id, last_version, pages_viewed, completed_at, completed_version) "
            "  VALUES ('E1', 'p', '1.0', 4, 1700000100, '1.0');"
            "INSERT INTO completions VALUES ('E1', 'p', 'pack', 'p', 1700000100, '1.0');"
            "INSERT INTO completions VALUES ('E1', 'p', 'lesson', 'intro', 1700000005, '1.0');"));
    }
    auto index = OrgIndex::openTarget(target);
    REQUIRE(index);
    {   // HR's own SQL tools read the answers with the engine's JSON functions.
        auto db = openDirectly(target);
        REQUIRE(db);
        auto read = db.value().prepare(test::indexesOnPostgres()
                                           ? "SELECT answers::json -> 1 -> 'matches' -> 0 ->> 1, json_array_length(answers::json) FROM attempts"
                                           : "SELECT json_extract(answers, '$[1].matches[0][1]'), json_array_length(answers) FROM attempts");
        REQUIRE(read);
        REQUIRE(read.value().step().value());
        CHECK(read.value().text(0) == "R2");
        CHECK(read.value().integer(1) == 2);
        CHECK_FALSE(db.value().prepare("SELECT count(*) FROM answers"));   // the tables are gone
        CHECK_FALSE(db.value().prepare("SELECT count(*) FROM completions"));
    }
    int learners = 0;
    REQUIRE(index.value().forEachLearner(std::nullopt, [&](const IndexedLearner& learner) -> scoring::Result<scoring::Done> {
        ++learners;
        REQUIRE(learner.packs.size() == 1);
        REQUIRE(learner.packs[0].attempts.size() == 1);
        const auto& answers = learner.packs[0].attempts[0].answers;
        REQUIRE(answers.size() == 2);
        CHECK(answers[0].questionId == "q1");
        CHECK(answers[0].choices == std::vector<std::string>{"a", "c"});
        CHECK(answers[0].certainty == 3);
        CHECK(answers[0].seconds == 10);
        CHECK(answers[1].step == 1);
        CHECK(answers[1].matches == std::vector<std::string>{"L1=R2", "L2=R1"});
        CHECK_FALSE(answers[1].certainty);
        CHECK(answers[1].fraction == 0.5);
        const auto& completions = learner.packs[0].completions;
        REQUIRE(completions.size() == 2);
        CHECK(completions[0].kind == scoring::Completion::Kind::Lesson);   // in the order they happened
        CHECK(completions[0].itemId == "intro");
        CHECK(completions[1].kind == scoring::Completion::Kind::Pack);
        CHECK(completions[1].at == scoring::Timestamp(std::chrono::seconds(1700000100)));
        CHECK(completions[1].packVersion == "1.0");
        return scoring::Done{};
    }));
    CHECK(learners == 1);
    auto items = index.value().items("p", std::nullopt, false);
    REQUIRE(items);
    REQUIRE(items.value().at("final").size() == 2);
    for (const ItemStatistics& item : items.value().at("final")) CHECK(item.facility == (item.questionId == "q1" ? 1.0 : 0.5));
}
