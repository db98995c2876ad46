// HR's index (on SQLite, and on PostgreSQL when the run gives a server): progress files read in, incrementally; trust flags for what a person
// should judge; the roster; where each person stands; item statistics.

#include "mamori/records/org_index.hpp"
#include "mamori/records/progress_check.hpp"
#include "mamori/records/signing.hpp"
#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"
#include "index_target.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <thread>
#include <sys/stat.h>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

Date day(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

/// An organisation's data folder, its learners driven through real sessions, and an index.
struct Organisation {
    TemporaryDirectory root;
    fs::path data = root.path() / "data";
    fs::path progress = data / "progress";
    PosixStorage storage;
    FakeClock clock{kStart};
    QuizFixture fixture;
    mamori::lessons::PackLibrary library;
    std::optional<OrgIndex> index;
    std::string target = freshIndexTarget(root.path());

    Organisation()
    {
        library.packs = {fixture.sharedPack()};
        auto opened = OrgIndex::openTarget(target);
        REQUIRE(opened);
        index.emplace(std::move(opened.value()));
    }

    std::unique_ptr<LearnerSession> session(const std::string& id)
    {
        auto store = openStore(progress, storage, clock, id);
        auto loaded = store->load();
        REQUIRE(loaded);
        return std::make_unique<LearnerSession>(std::move(store), std::move(loaded.value().progress), clock);
    }
    /// Views the lesson, passes the quiz with every answer right, plays the scenario to its good ending.
    void completeEverything(const std::string& id)
    {
        auto s = session(id);
        REQUIRE(s->viewPage(fixture.pack(), "lesson", "p1"));
        REQUIRE(s->viewPage(fixture.pack(), "lesson", "p2"));
        answerAllBut(*s, fixture, {});
        clock.advance(10min);
        REQUIRE(s->submitQuiz(fixture.pack(), "quiz"));
        REQUIRE(s->startScenario(fixture.pack(), "scenario"));
        REQUIRE(s->choose(fixture.pack(), "scenario", "careful"));
        REQUIRE(s->choose(fixture.pack(), "scenario", "report"));
        REQUIRE(s->progress().findPack("test")->completion(Completion::Kind::Pack, "test"));
    }
    void viewOnePage(const std::string& id)
    {
        REQUIRE(session(id)->viewPage(fixture.pack(), "lesson", "p1"));
    }
    IngestReport ingest()
    {
        auto report = tryIngest(*index);
        REQUIRE_MESSAGE(report, (report ? "" : report.refusal().message));
        return report.value();
    }
    /// An ingest into `into`, which may run on another thread (no REQUIRE there).
    Result<IngestReport> tryIngest(OrgIndex& into)
    {
        IngestOptions options;
        options.dataDir = data;
        options.packs = &library;
        options.threads = 2;
        return into.ingest(options, testKey(), clock);
    }
    std::vector<std::string> flagsOf(const std::string& learnerId)
    {
        std::vector<std::string> found;
        const auto flagged = index->flags();
        REQUIRE(flagged);
        for (const FlaggedRecord& f : flagged.value()) {
            if (f.learnerId == learnerId) found.push_back(std::string(trustFlagName(f.flag.kind)) + ": " + f.flag.detail);
        }
        return found;
    }
    fs::path file(const std::string& id) const { return progress / (id + ".xml"); }
};

RosterPerson person(const std::string& id, const std::string& department, std::vector<RosterAssignment> assignments,
                    std::optional<Date> hired = std::nullopt)
{
    RosterPerson p;
    p.id = id;
    p.name = "名前 " + id;
    p.department = department;
    p.manager = "M1";
    p.hireDate = hired;
    p.assignments = std::move(assignments);
    return p;
}

RosterAssignment assigned(std::optional<Date> due, std::optional<Validity> validity = std::nullopt, std::string minimum = "")
{
    RosterAssignment a;
    a.packId = "test";
    a.due.date = due;
    a.validity = validity;
    a.minimumVersion = std::move(minimum);
    return a;
}

} // namespace

TEST_CASE("ingest reads every file once; with nothing changed it reads none, and a changed file again")
{
    Organisation org;
    org.completeEverything("E1");
    org.viewOnePage("E2");
    org.viewOnePage("E3");
    const IngestReport first = org.ingest();
    CHECK(first.files == 3);
    CHECK(first.parsed == 3);
    CHECK(first.unchanged == 0);
    CHECK(first.statuses == std::map<std::string, int>{{"valid", 3}});

    const IngestReport again = org.ingest();
    CHECK(again.parsed == 0);
    CHECK(again.unchanged == 3);
    CHECK(again.newFlags == 0);

    org.clock.advance(1h);
    REQUIRE(org.session("E2")->viewPage(org.fixture.pack(), "lesson", "p2"));
    const IngestReport third = org.ingest();
    CHECK(third.parsed == 1);
    CHECK(third.unchanged == 2);
}

TEST_CASE("two ingests at once on one index: the second waits for the first, and nothing is written twice")
{
    Organisation org;
    for (const char* id : {"E1", "E2", "E3"}) org.completeEverything(id);
    auto other = OrgIndex::openTarget(org.target);
    REQUIRE(other);
    std::optional<Result<IngestReport>> another;
    std::thread running([&] { another.emplace(org.tryIngest(other.value())); });
    auto ours = org.tryIngest(*org.index);
    running.join();
    REQUIRE_MESSAGE(ours, (ours ? "" : ours.refusal().message));
    const IngestReport& first = ours.value();
    REQUIRE_MESSAGE(*another, (*another ? "" : another->refusal().message));
    const IngestReport& second = another->value();
    CHECK(first.parsed + second.parsed == 3);   // whichever came second found nothing changed
    CHECK(first.unchanged + second.unchanged == 3);
    int attempts = 0;
    REQUIRE(org.index->forEachLearner(std::nullopt, [&](const IndexedLearner& learner) -> Result<Done> {
        for (const IndexedPack& pack : learner.packs) attempts += static_cast<int>(pack.attempts.size());
        return Done{};
    }));
    CHECK(attempts == 3);
}

TEST_CASE("a file replaced by another of the same size and time is read again: its signature tells")
{
    Organisation org;
    REQUIRE(org.session("E1")->setDisplayName("A"));
    org.ingest();
    struct stat before {};
    REQUIRE(::stat(org.file("E1").c_str(), &before) == 0);
    // Another signed save of the same length, with the file's time put back.
    std::string content = readFile(org.file("E1"));
    content = content.substr(0, content.rfind("<!-- mamori-signature"));
    content.replace(content.find("name=\"A\""), 8, "name=\"B\"");
    writeFile(org.file("E1"), signContent(content, testKey()));
    const timespec times[2] = {before.st_atim, before.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, org.file("E1").c_str(), times, 0) == 0);
    struct stat after {};
    REQUIRE(::stat(org.file("E1").c_str(), &after) == 0);
    REQUIRE(after.st_size == before.st_size);
    const IngestReport report = org.ingest();
    CHECK(report.parsed == 1);
    CHECK(report.unchanged == 0);
}

TEST_CASE("records of files that do not verify, or hold another learner, are never counted, and are flagged")
{
    Organisation org;
    org.completeEverything("E1");
    org.completeEverything("E2");
    org.completeEverything("E3");
    // E2's file edited by hand; E3's replaced by E1's.
    std::string edited = readFile(org.file("E2"));
    edited.replace(edited.find("p1"), 2, "p9");
    writeFile(org.file("E2"), edited);
    fs::copy_file(org.file("E1"), org.file("E3"), fs::copy_options::overwrite_existing);
    const IngestReport report = org.ingest();
    CHECK(report.statuses == std::map<std::string, int>{{"tampered", 1}, {"valid", 1}, {"wrong-learner", 1}});

    REQUIRE(org.index->importRoster(Roster{{person("E1", "営業部", {assigned(day(2026, 6, 30))}),
                                            person("E2", "営業部", {assigned(day(2026, 6, 30))}),
                                            person("E3", "営業部", {assigned(day(2026, 6, 30))})},
                                           {},
                                           "UTF-8"},
                                    day(2026, 4, 1)));
    auto zone = TimeZone::named("UTC");
    auto status = org.index->status({}, zone.value(), day(2026, 4, 2));
    REQUIRE(status);
    REQUIRE(status.value().rows.size() == 3);
    CHECK(status.value().rows[0].status.state == AssignmentState::Completed);
    CHECK(status.value().rows[1].status.state == AssignmentState::NotStarted);   // its completion does not count
    CHECK(status.value().rows[1].fileStatus == "tampered");
    CHECK(status.value().rows[2].status.state == AssignmentState::NotStarted);
    CHECK(status.value().rows[2].fileStatus == "wrong-learner");
    CHECK(org.flagsOf("E2") == std::vector<std::string>{"not-verified: tampered: tampered"});
    REQUIRE(org.flagsOf("E3").size() == 1);
    CHECK(org.flagsOf("E3")[0].starts_with("wrong-learner: holds the records of learner 'E1', but its name says 'E3'"));
}

TEST_CASE("a file rolled back or forked since the last ingest is flagged, and the flag stays")
{
    Organisation org;
    org.viewOnePage("E1");
    const fs::path copy = org.root.path() / "E1-copy.xml";
    fs::copy_file(org.file("E1"), copy);
    org.clock.advance(1h);
    REQUIRE(org.session("E1")->viewPage(org.fixture.pack(), "lesson", "p2"));
    org.ingest();   // the index sees save 2
    const auto seen = checkProgressFile(org.file("E1"), testKey(), org.storage).history.head.generation;

    // The learner puts the old copy back and removes the backup that would betray it.
    fs::copy_file(copy, org.file("E1"), fs::copy_options::overwrite_existing);
    fs::remove(org.progress / "E1.xml.bak");
    org.clock.advance(1h);
    const IngestReport report = org.ingest();
    CHECK(report.newFlags == 1);
    REQUIRE(org.flagsOf("E1").size() == 1);
    CHECK(org.flagsOf("E1")[0] == "rolled-back: the file is at save 1, but the copy seen before was already at save " +
                                      std::to_string(seen) + ": an older copy was put back");

    // Going on from the old copy gets past the generation seen, but is a fork of it; the
    // rolled-back flag is kept.
    org.clock.advance(1h);
    {
        auto s = org.session("E1");
        for (int i = 0; i < 3; ++i) REQUIRE(s->openLesson(org.fixture.pack(), "lesson"));
    }
    org.ingest();
    const auto flags = org.flagsOf("E1");
    REQUIRE(flags.size() == 1);   // compared with the rolled-back copy seen last: a continuation of it
    CHECK(flags[0].starts_with("rolled-back"));
}

TEST_CASE("restores from the backup and implausibly fast attempts are flagged for a person to judge, and still counted")
{
    Organisation org;
    org.completeEverything("E1");
    fs::remove(org.file("E1"));
    org.viewOnePage("E1");   // the learner's Mamori restores the backup and records it
    {
        // Ten answers in nine seconds, as no person reads and answers.
        LearnerProgress fast = progressWithViews(0);
        fast.learnerId = "E2";
        AttemptRecord attempt;
        attempt.quizId = "quiz";
        attempt.packVersion = "1.0";
        attempt.started = kStart;
        for (int i = 0; i < 10; ++i) {
            attempt.questions.push_back({"q" + std::to_string(i), {}});
            attempt.steps.push_back({"q" + std::to_string(i), picks({"a"}), std::nullopt, kStart + std::chrono::seconds(i), 1, 1, 1, 1});
        }
        attempt.finished = kStart + 10s;
        fast.pack("test").attempts.push_back(attempt);
        fast.pack("test").lastVersion = "1.0";
        REQUIRE(openStore(org.progress, org.storage, org.clock, "E2")->save(fast));
    }
    org.ingest();
    const auto e1 = org.flagsOf("E1");
    REQUIRE(e1.size() == 1);
    CHECK(e1[0].starts_with("restored: the progress file was missing while its backup was there"));
    CHECK(org.flagsOf("E2") == std::vector<std::string>{"implausible: test: quiz quiz, attempt 1: 10 answers in 9 s"});
}

TEST_CASE("a file that disappears is flagged and its records no longer count")
{
    Organisation org;
    org.completeEverything("E1");
    org.ingest();
    fs::remove(org.file("E1"));
    const IngestReport report = org.ingest();
    CHECK(report.gone == 1);
    CHECK(org.flagsOf("E1") == std::vector<std::string>{
                                   "disappeared: the progress file was there at an earlier ingest and is gone; its records no longer count"});
    REQUIRE(org.index->importRoster(Roster{{person("E1", "開発部", {assigned(day(2026, 6, 30))})}, {}, "UTF-8"}, day(2026, 4, 1)));
    auto status = org.index->status({}, TimeZone::named("UTC").value(), day(2026, 4, 2));
    CHECK(status.value().rows.at(0).status.state == AssignmentState::NotStarted);
    CHECK(status.value().rows.at(0).fileStatus == "missing");
}

TEST_CASE("status per person and assignment: completed, expiring, expired, overdue, in progress, not started")
{
    Organisation org;
    org.completeEverything("A");     // completed 2026-04-01 (UTC)
    org.completeEverything("B");
    org.viewOnePage("C");            // in progress
    org.ingest();
    const Roster roster{{
                            person("A", "営業部 第一課", {assigned(day(2026, 4, 30), Validity{1, Validity::Unit::Years})}),
                            person("B", "営業部 第二課", {assigned(day(2026, 4, 30), Validity{30, Validity::Unit::Days})}),
                            person("C", "開発部", {assigned(day(2026, 6, 30))}),
                            person("D", "開発部", {assigned(day(2026, 3, 31))}),   // no file, past due
                            person("F", "開発部", {assigned(std::nullopt)}, day(2026, 3, 1)),
                        },
                        {},
                        "UTF-8"};
    Roster withHire = roster;
    withHire.people[4].assignments[0].due.daysAfterHire = 90;   // due 2026-05-30
    REQUIRE(org.index->importRoster(withHire, day(2026, 4, 1)));
    const auto utcZone = TimeZone::named("UTC");
    const TimeZone& utc = utcZone.value();
    auto status = org.index->status({}, utc, day(2026, 4, 20));
    REQUIRE(status);
    std::map<std::string, AssignmentStatus> by;
    for (const StatusRow& row : status.value().rows) by[row.personId] = row.status;
    CHECK(by["A"].state == AssignmentState::Completed);
    CHECK(by["A"].completedOn == day(2026, 4, 1));
    CHECK(by["A"].version == "1.0");
    CHECK(by["A"].score == 100.0);
    CHECK_FALSE(by["A"].expiresSoon);
    CHECK(by["B"].state == AssignmentState::Completed);
    CHECK(by["B"].expiresSoon);        // 30 days from 2026-04-01
    CHECK(by["C"].state == AssignmentState::InProgress);
    CHECK(by["D"].state == AssignmentState::Overdue);
    CHECK(by["F"].state == AssignmentState::NotStarted);
    CHECK(by["F"].due == day(2026, 5, 30));
    auto later = org.index->status({}, utc, day(2026, 5, 15));
    std::map<std::string, AssignmentState> then;
    for (const StatusRow& row : later.value().rows) then[row.personId] = row.status.state;
    CHECK(then["B"] == AssignmentState::Expired);
    CHECK(then["C"] == AssignmentState::InProgress);

    // Filters: a department takes in its sections; overdue only.
    auto sales = org.index->status(StatusFilter{std::nullopt, "営業部", std::nullopt, false, false}, utc, day(2026, 4, 20));
    CHECK(sales.value().rows.size() == 2);
    auto overdue = org.index->status(StatusFilter{std::nullopt, std::nullopt, std::nullopt, true, false}, utc, day(2026, 4, 20));
    REQUIRE(overdue.value().rows.size() == 1);
    CHECK(overdue.value().rows[0].personId == "D");
    CHECK(status.value().totals.at("test").at(AssignmentState::Completed) == 2);
}

TEST_CASE("dates are the organisation's: a completion at 16:00 UTC is the next day in Tokyo")
{
    Organisation org;
    org.clock.set(kStart + 7h);   // 2026-04-01T16:00:00Z = 2026-04-02 01:00 in Tokyo
    org.completeEverything("A");
    org.ingest();
    REQUIRE(org.index->importRoster(Roster{{person("A", "営業部", {assigned(day(2026, 4, 30))})}, {}, "UTF-8"}, day(2026, 4, 1)));
    auto tokyo = org.index->status({}, TimeZone::named("Asia/Tokyo").value(), day(2026, 4, 20));
    CHECK(tokyo.value().rows.at(0).status.completedOn == day(2026, 4, 2));
    auto utc = org.index->status({}, TimeZone::named("UTC").value(), day(2026, 4, 20));
    CHECK(utc.value().rows.at(0).status.completedOn == day(2026, 4, 1));
    CHECK_FALSE(TimeZone::named("Mars/Olympus"));
}

TEST_CASE("a person missing from a new roster is marked as left, with their records kept; files of others are listed apart")
{
    Organisation org;
    org.completeEverything("A");
    org.completeEverything("Z");   // not on any roster
    org.ingest();
    REQUIRE(org.index->importRoster(Roster{{person("A", "営業部", {assigned(day(2026, 4, 30))}), person("B", "営業部", {assigned(day(2026, 4, 30))})},
                                           {},
                                           "UTF-8"},
                                    day(2026, 4, 1)));
    auto second = org.index->importRoster(Roster{{person("B", "営業部", {assigned(day(2026, 4, 30))})}, {}, "UTF-8"}, day(2026, 5, 1));
    REQUIRE(second);
    CHECK(second.value().left == 1);
    const auto utcZone = TimeZone::named("UTC");
    const TimeZone& utc = utcZone.value();
    auto current = org.index->status({}, utc, day(2026, 5, 2));
    REQUIRE(current.value().rows.size() == 1);
    CHECK(current.value().notOnRoster == std::vector<std::string>{"Z"});
    StatusFilter withLeft;
    withLeft.includeLeft = true;
    auto all = org.index->status(withLeft, utc, day(2026, 5, 2));
    REQUIRE(all.value().rows.size() == 2);
    CHECK(all.value().rows[0].personId == "A");
    CHECK(all.value().rows[0].left);
    CHECK(all.value().rows[0].status.state == AssignmentState::Completed);   // the records are kept
}

TEST_CASE("item statistics from the index are those of each learner's first attempt, with no names")
{
    Organisation org;
    for (const char* id : {"L1", "L2", "L3", "L4"}) {
        auto s = org.session(id);
        REQUIRE(s->startQuiz(org.fixture.pack(), "quiz", 7));
        const std::string learner = id;
        for (const auto& planned : std::vector(s->openAttempt("test", "quiz")->questions)) {
            const auto& question = org.fixture.question(planned.questionId);
            // L1 gets everything right, L4 everything wrong but true/false; the others in between.
            const bool right = learner == "L1" || (learner == "L2" && planned.questionId != "single") ||
                               (learner == "L3" && planned.questionId == "single") || planned.questionId == "truefalse";
            Response response = right ? correctResponse(question) : correctResponse(question);
            if (!right) {
                if (planned.questionId == "single") response = picks({"a"});
                else if (planned.questionId == "shorttext") response.text = "nope";
                else continue;   // left unanswered: scores 0
            }
            REQUIRE(s->answer(org.fixture.pack(), "quiz", planned.questionId, response, std::nullopt));
        }
        REQUIRE(s->submitQuiz(org.fixture.pack(), "quiz"));
        REQUIRE(s->startQuiz(org.fixture.pack(), "quiz", 8));   // a second attempt: not counted by default
        REQUIRE(s->submitQuiz(org.fixture.pack(), "quiz"));
    }
    org.ingest();
    auto stats = org.index->items("test", std::string("1.0"));
    REQUIRE(stats);
    REQUIRE(stats.value().count("quiz") == 1);
    std::map<std::string, ItemStatistics> by;
    for (const ItemStatistics& item : stats.value().at("quiz")) by[item.questionId] = item;
    CHECK(by.size() == 9);   // every question of the fixture's pool
    CHECK(by["truefalse"].attempts == 4);
    CHECK(by["truefalse"].facility == doctest::Approx(1.0));
    CHECK(by["truefalse"].tooEasy);
    CHECK(by["truefalse"].options == std::map<std::string, int>{{"false", 4}});
    CHECK(by["single"].facility == doctest::Approx(0.5));   // L1 and L3
    CHECK(by["single"].options == std::map<std::string, int>{{"a", 2}, {"b", 2}});
    REQUIRE(by["single"].discrimination);
    CHECK(*by["single"].discrimination < 0.5);   // L3 gets it right while missing the rest
    CHECK(by["matching"].facility == doctest::Approx(0.5));    // L1 and L2
    CHECK(*by["matching"].discrimination > 0.5);
    auto everything = org.index->items("test", std::nullopt, true);
    CHECK(everything.value().at("quiz").front().attempts == 8);
}
