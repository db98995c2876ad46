// Inbox exercise runs in HR's index (on SQLite, and on PostgreSQL in the PostgreSQL run):
// learners work through the exercise in real sessions; the index keeps every run and action,
// counts their time, and analyses each message; an index of schema 4 gains the table.

#include "inbox_fixture.hpp"
#include "index_schema.hpp"
#include "index_target.hpp"
#include "mamori/lessons/loader.hpp"
#include "mamori/records/org_index.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/inbox_run.hpp"
#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;
using mamori::lessons::Verdict;

namespace {

std::shared_ptr<const mamori::lessons::Pack> inboxPack()
{
    const auto result = mamori::lessons::loadPackFromMemory(packXml(inboxXml()), "inbox.xml", {});
    REQUIRE(result.ok());
    return result.pack;
}

/// A data folder whose learners work through the inbox exercise, and an index of it.
struct InboxOrganisation {
    TemporaryDirectory root;
    fs::path data = root.path() / "data";
    PosixStorage storage;
    FakeClock clock{kStart};
    std::shared_ptr<const mamori::lessons::Pack> pack = inboxPack();
    mamori::lessons::PackLibrary library;
    std::optional<OrgIndex> index;

    InboxOrganisation()
    {
        library.packs = {pack};
        auto opened = OrgIndex::openTarget(freshIndexTarget(root.path()));
        REQUIRE(opened);
        index.emplace(std::move(opened.value()));
    }
    std::unique_ptr<LearnerSession> session(const std::string& id)
    {
        auto store = openStore(data / "progress", storage, clock, id);
        auto loaded = store->load();
        REQUIRE(loaded);
        auto s = std::make_unique<LearnerSession>(std::move(store), std::move(loaded.value().progress), clock);
        REQUIRE(s->startInbox(*pack, "inbox"));
        return s;
    }
    /// Acts `seconds` after the previous action.
    void act(LearnerSession& s, const std::string& message, InboxAction action, const std::string& target = {},
             int seconds = 10)
    {
        clock.advance(std::chrono::seconds(seconds));
        auto done = s.actOnMessage(*pack, "inbox", message, action, target);
        REQUIRE_MESSAGE(done, (done ? "" : done.refusal().message));
    }
    void markRestSafe(LearnerSession& s, int from)
    {
        for (int i = from; i <= 5; ++i) act(s, "m-ok" + std::to_string(i), InboxAction::MarkSafe);
    }
    /// E1 opens the attack's link, marks its sender, reports it; reports m-ok1 (a false alarm);
    /// the rest safe: 4 of 7 points, failed, in 90 s (nine actions ten seconds apart).
    /// E2 reports the attack with its four clues and marks every other message safe: 11 of 7, 100 %.
    /// E3 deletes the attack and reports m-ok1, and stops there (the run stays unfinished).
    void threeLearners()
    {
        {
            auto s = session("E1");
            act(*s, "m-bad", InboxAction::Open);
            act(*s, "m-bad", InboxAction::OpenLink, "l-pay");
            act(*s, "m-bad", InboxAction::MarkClue, "sender");
            act(*s, "m-bad", InboxAction::Report);
            act(*s, "m-ok1", InboxAction::Report);
            markRestSafe(*s, 2);
        }
        {
            auto s = session("E2");
            for (const char* clue : {"sender", "link:l-pay", "attachment:a-inv", "phrase:p-today"})
                act(*s, "m-bad", InboxAction::MarkClue, clue);
            act(*s, "m-bad", InboxAction::Report);
            markRestSafe(*s, 1);
        }
        {
            auto s = session("E3");
            act(*s, "m-bad", InboxAction::Delete);
            act(*s, "m-ok1", InboxAction::Report);
        }
        IngestOptions options;
        options.dataDir = data;
        options.packs = &library;
        options.threads = 2;
        auto report = index->ingest(options, testKey(), clock);
        REQUIRE_MESSAGE(report, (report ? "" : report.refusal().message));
        CHECK(report.value().statuses["valid"] == 3);
    }
    IndexedLearner learner(const std::string& id)
    {
        auto found = index->learner(id);
        REQUIRE(found);
        REQUIRE(found.value());
        return *found.value();
    }
};

const MessageStatistics& message(const std::vector<MessageStatistics>& list, const std::string& id)
{
    for (const MessageStatistics& m : list) {
        if (m.messageId == id) return m;
    }
    FAIL("no statistics for " << id);
    return list.front();
}

} // namespace

TEST_CASE("an ingest keeps each inbox run with every action, its score and its completion, and reads them back")
{
    InboxOrganisation org;
    org.threeLearners();

    const IndexedLearner e1 = org.learner("E1");
    REQUIRE(e1.packs.size() == 1);
    const IndexedPack& pack = e1.packs[0];
    REQUIRE(pack.inboxRuns.size() == 1);
    const IndexedInboxRun& run = pack.inboxRuns[0];
    CHECK(run.inboxId == "inbox");
    CHECK(run.packVersion == "1.0");
    CHECK(run.number == 1);
    CHECK(run.started == kStart);
    REQUIRE(run.finished);
    CHECK(*run.finished == kStart + 90s); // nine actions, ten seconds apart
    // m-bad: reported + a clue − its link opened; m-ok1: a false alarm; four handled safe.
    CHECK(run.score == kReportPoints + kCluePoints - kCompromisePoints - kFalseAlarmPoints + 4 * kHandledPoints);
    CHECK(run.maxScore == kReportPoints + 5 * kHandledPoints);   // the right decisions; clues are a bonus on top
    CHECK(run.percent == doctest::Approx(100.0 * *run.score / *run.maxScore));
    CHECK(run.passed == false);
    REQUIRE(run.actions.size() == 9);
    CHECK(run.actions[0] == IndexedInboxAction{"m-bad", InboxAction::Open, "", kStart + 10s});
    CHECK(run.actions[1] == IndexedInboxAction{"m-bad", InboxAction::OpenLink, "l-pay", kStart + 20s});
    CHECK(run.actions[2] == IndexedInboxAction{"m-bad", InboxAction::MarkClue, "sender", kStart + 30s});
    CHECK(run.actions[3] == IndexedInboxAction{"m-bad", InboxAction::Report, "", kStart + 40s});
    CHECK(run.actions[4] == IndexedInboxAction{"m-ok1", InboxAction::Report, "", kStart + 50s});
    CHECK(run.actions[8] == IndexedInboxAction{"m-ok5", InboxAction::MarkSafe, "", kStart + 90s});
    CHECK(pack.lastActivity == kStart + 90s);

    const IndexedLearner e2 = org.learner("E2");
    const IndexedInboxRun& passed = e2.packs[0].inboxRuns.at(0);
    CHECK(passed.score == kReportPoints + 4 * kCluePoints + 5 * kHandledPoints);
    CHECK(passed.percent == 100.0);   // capped: the clue bonus comes on top
    CHECK(passed.passed == true);
    bool inboxCompleted = false;
    for (const IndexedCompletion& c : e2.packs[0].completions)
        inboxCompleted |= c.kind == Completion::Kind::Inbox && c.itemId == "inbox";
    CHECK(inboxCompleted);

    // An unfinished run: no score yet, and the pack's last activity is its last action.
    const IndexedLearner e3 = org.learner("E3");
    const IndexedInboxRun& open = e3.packs[0].inboxRuns.at(0);
    CHECK_FALSE(open.finished);
    CHECK_FALSE(open.score);
    CHECK_FALSE(open.passed);
    CHECK(open.actions.size() == 2);
    CHECK(e3.packs[0].lastActivity == open.actions.back().at);

    // Ingesting a changed file replaces its runs rather than adding them again.
    {
        auto s = org.session("E3");
        org.act(*s, "m-ok2", InboxAction::Delete);
    }
    IngestOptions options;
    options.dataDir = org.data;
    options.packs = &org.library;
    REQUIRE(org.index->ingest(options, testKey(), org.clock));
    const IndexedLearner again = org.learner("E3");
    REQUIRE(again.packs[0].inboxRuns.size() == 1);
    CHECK(again.packs[0].inboxRuns[0].actions.size() == 3);
    CHECK(org.index->versionsOf("test").value() == std::vector<std::string>{"1.0"});
}

TEST_CASE("the time a person spent counts their finished inbox runs, as it counts scenario runs")
{
    InboxOrganisation org;
    org.threeLearners();
    RosterAssignment assignment;
    assignment.packId = "test";
    std::vector<RosterPerson> people;
    for (const char* id : {"E1", "E2", "E3"}) {
        RosterPerson p;
        p.id = id;
        p.name = std::string("名前 ") + id;
        p.department = "総務部";
        p.assignments = {assignment};
        people.push_back(p);
    }
    const Date today{std::chrono::year(2026), std::chrono::month(4), std::chrono::day(2)};
    REQUIRE(org.index->importRoster(Roster{people, {}, "UTF-8"}, today));
    auto status = org.index->status({}, TimeZone::named("UTC").value(), today);
    REQUIRE(status);
    REQUIRE(status.value().rows.size() == 3);
    CHECK(status.value().rows[0].secondsSpent == 90);  // E1: started at kStart, finished 90 s later
    CHECK(status.value().rows[1].secondsSpent == 100); // E2: four clues, the report and five safe: ten actions
    CHECK(status.value().rows[2].secondsSpent == 0);   // E3's run is unfinished
    CHECK(status.value().rows[2].status.state == AssignmentState::InProgress);
}

TEST_CASE("each inbox message's statistics: decisions, openings, false alarms and clues, graded over the pack")
{
    InboxOrganisation org;
    org.threeLearners();
    auto graded = org.index->inboxMessages("test", std::string("1.0"), org.pack.get());
    REQUIRE(graded);
    REQUIRE(graded.value().size() == 1);
    const auto& list = graded.value().at("inbox");
    REQUIRE(list.size() == 6);
    CHECK(list[0].messageId == "m-bad"); // in the exercise's order

    const MessageStatistics& bad = message(list, "m-bad");
    CHECK(bad.verdict == Verdict::Malicious);
    CHECK(bad.runs == 3);
    CHECK(bad.reported == doctest::Approx(2.0 / 3));
    CHECK(bad.deleted == doctest::Approx(1.0 / 3));
    CHECK(bad.markedSafe == 0.0);
    CHECK(bad.compromised == doctest::Approx(1.0 / 3)); // E1 opened its link
    CHECK_FALSE(bad.falseAlarms);
    CHECK(bad.wrong == doctest::Approx(2.0 / 3)); // E1 opened it, E3 did not report it
    CHECK(bad.mostlyWrong);
    // Each run's points over what reporting earns, within 0..1: E1 (2 + 1 − 2) / 2, E2 all of it, E3 none.
    CHECK(*bad.facility == doctest::Approx(((kReportPoints + kCluePoints - kCompromisePoints) / kReportPoints + 1.0 + 0.0) / 3));
    CHECK(bad.clues == std::map<std::string, double>{{"sender", 2.0 / 3},
                                                     {"link:l-pay", 1.0 / 3},
                                                     {"attachment:a-inv", 1.0 / 3},
                                                     {"phrase:p-today", 1.0 / 3}});

    const MessageStatistics& ok1 = message(list, "m-ok1");
    CHECK(ok1.verdict == Verdict::Legitimate);
    CHECK(ok1.runs == 3);
    CHECK(ok1.falseAlarms == doctest::Approx(2.0 / 3));
    CHECK_FALSE(ok1.compromised);
    CHECK(ok1.mostlyWrong);
    CHECK(*ok1.facility == doctest::Approx(1.0 / 3));

    const MessageStatistics& ok2 = message(list, "m-ok2");
    CHECK(ok2.runs == 2); // E3 never decided it
    CHECK(ok2.markedSafe == 1.0);
    CHECK(ok2.wrong == 0.0);
    CHECK_FALSE(ok2.mostlyWrong);

    // Without the pack: the same decisions and openings, the marks as made, and nothing graded.
    auto plain = org.index->inboxMessages("test", std::nullopt, nullptr);
    REQUIRE(plain);
    const MessageStatistics& unknown = message(plain.value().at("inbox"), "m-bad");
    CHECK_FALSE(unknown.verdict);
    CHECK(unknown.runs == 3);
    CHECK(unknown.opened == doctest::Approx(1.0 / 3));
    CHECK_FALSE(unknown.compromised);
    CHECK_FALSE(unknown.facility);
    CHECK_FALSE(unknown.mostlyWrong);
    CHECK(unknown.clues.at("sender") == doctest::Approx(2.0 / 3));

    // Another version has no runs.
    auto other = org.index->inboxMessages("test", std::string("2.0"), org.pack.get());
    REQUIRE(other);
    CHECK(other.value().empty());
}

TEST_CASE("an index of schema 4 gains the inbox runs' table, keeps what it held, and takes inbox runs")
{
    TemporaryDirectory folder;
    const std::string target = freshIndexTarget(folder.path());
    const bool postgres = indexesOnPostgres();
    {
        auto db = postgres ? sql::Database::openPostgres(target) : sql::Database::openSqlite(target);
        REQUIRE(db);
        REQUIRE(db.value().execute(postgres ? kPostgresIndexSchema : kSqliteIndexSchema));
        REQUIRE(db.value().execute(postgres ? kPostgresInboxSchema : kSqliteInboxSchema));
        REQUIRE(db.value().execute(std::string(kSchema3Columns) + "DROP TABLE answers; DROP TABLE completions;"));
        REQUIRE(db.value().execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);"
            "INSERT INTO schema_migrations VALUES (1, 'then'), (2, 'then'), (3, 'then'), (4, 'then');"
            "INSERT INTO files (learner_id, file_name, size, mtime_ns, signature, status, ingested_at) "
            "  VALUES ('E1', 'E1.xml', 10, 1, 'sig', 'valid', 1700000000);"
            "INSERT INTO runs (learner_id, pack_id, pack_version, scenario_id, number, started, finished, ending_id, "
            "outcome, "
            "  score, passed, path) VALUES ('E1', 'p', '1.0', 's', 1, 1700000000, 1700000060, 'end', 'good', 3, 1, "
            "'n1>o1');"));
    }
    auto index = OrgIndex::openTarget(target);
    REQUIRE(index);
    auto learner = index.value().learner("E1");
    REQUIRE(learner);
    REQUIRE(learner.value());
    REQUIRE(learner.value()->packs.size() == 1);
    CHECK(learner.value()->packs[0].runs.size() == 1);
    CHECK(learner.value()->packs[0].inboxRuns.empty());
    {
        auto db = postgres ? sql::Database::openPostgres(target) : sql::Database::openSqlite(target);
        REQUIRE(db);
        auto versions = db.value().prepare("SELECT max(version) FROM schema_migrations");
        REQUIRE(versions);
        REQUIRE(versions.value().step().value());
        CHECK(versions.value().integer(0) == kIndexSchemaVersion);
        REQUIRE(db.value().execute("INSERT INTO inbox_runs (learner_id, pack_id, pack_version, inbox_id, number, "
                                   "started, finished, score, max_score, "
                                   "  percent, passed, actions) VALUES ('E1', 'p', '1.0', 'inbox', 1, 1700000100, "
                                   "NULL, NULL, NULL, NULL, NULL, "
                                   "  "
                                   "'[{\"message\":\"m-bad\",\"action\":\"report\",\"at\":1700000110},{\"message\":\"m-"
                                   "bad\",\"action\":\"from-a-newer-mamori\",\"at\":1700000111}]');"));
    }
    learner = index.value().learner("E1");
    REQUIRE(learner);
    REQUIRE(learner.value()->packs[0].inboxRuns.size() == 1);
    const IndexedInboxRun& run = learner.value()->packs[0].inboxRuns[0];
    CHECK(run.started == Timestamp(1700000100s));
    // An action this build does not know is left out rather than guessed.
    CHECK(run.actions == std::vector<IndexedInboxAction>{{"m-bad", InboxAction::Report, "", Timestamp(1700000110s)}});
}
