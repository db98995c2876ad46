// The learner session: actions are saved before they are acknowledged, undone when the
// save fails, and everything resumes after the app is closed.

#include "mamori/scoring/learner_session.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;

TEST_CASE("closing the app mid-quiz and reopening resumes the same attempt at the same question")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" draw=\"5\"");
    std::vector<PlannedQuestion> seen;
    {
        auto session = openSession(records, clock);
        auto started = session->startQuiz(fixture.pack(), "quiz", 1234);
        REQUIRE(started);
        seen = started.value()->questions;
        REQUIRE(session->answer(fixture.pack(), "quiz", seen[0].questionId, correctResponse(fixture.question(seen[0].questionId)),
                                std::nullopt));
        REQUIRE(session->showQuestion(fixture.pack(), "quiz", 1));
    }  // the app closes: the store is released
    clock.advance(2h);
    auto session = openSession(records, clock);
    const AttemptRecord* open = session->openAttempt(fixture.pack().id, "quiz");
    REQUIRE(open);
    CHECK(open->questions == seen);  // same questions, same order, same choice order
    CHECK(open->position == 1);
    CHECK(open->latestAnswer(seen[0].questionId) != nullptr);
    auto resumed = session->startQuiz(fixture.pack(), "quiz");  // "continue" resumes, it does not start over
    REQUIRE(resumed);
    CHECK(resumed.value()->number == 1);
    CHECK(session->progress().findPack(fixture.pack().id)->resume->activityId == "quiz");
}

TEST_CASE("one durable save per answer: moving between questions and pages seen before writes only when the session ends")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" draw=\"5\"");
    {
        auto session = openSession(records, clock);
        auto started = session->startQuiz(fixture.pack(), "quiz", 1234);
        REQUIRE(started);
        const std::vector<PlannedQuestion> asked = started.value()->questions;
        const int afterStart = records.saves();
        for (int i = 0; i < 3; ++i) {
            REQUIRE(session->answer(fixture.pack(), "quiz", asked[static_cast<std::size_t>(i)].questionId,
                                    correctResponse(fixture.question(asked[static_cast<std::size_t>(i)].questionId)), std::nullopt));
            REQUIRE(session->showQuestion(fixture.pack(), "quiz", i + 1));   // on to the next: nothing written
        }
        CHECK(records.saves() == afterStart + 3);
        CHECK(session->placeUnsaved());
        CHECK(records.last()->findPack("test")->attempts.back().position == 2);   // the last answer took the place along

        // Lesson pages: the first view of a page is a record (saved), going back to it is not.
        REQUIRE(session->openLesson(fixture.pack(), "lesson"));
        REQUIRE(session->viewPage(fixture.pack(), "lesson", "p1"));
        REQUIRE(session->viewPage(fixture.pack(), "lesson", "p2"));
        const int afterViews = records.saves();
        CHECK(afterViews == afterStart + 5);
        REQUIRE(session->viewPage(fixture.pack(), "lesson", "p1"));
        REQUIRE(session->showQuestion(fixture.pack(), "quiz", 4));
        CHECK(records.saves() == afterViews);
        // Refused moves change nothing.
        CHECK_FALSE(session->showQuestion(fixture.pack(), "quiz", 99));
    }   // the app closes: the place is saved once
    CHECK(records.saves() > 0);
    const LearnerProgress saved = *records.last();
    CHECK(saved.findPack("test")->attempts.back().position == 4);
    CHECK(saved.findPack("test")->resume->pageId == "p1");   // back on the first page, seen before
}

TEST_CASE("when the place cannot be saved, no record is lost and saving it is refused plainly")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" draw=\"5\"");
    auto session = openSession(records, clock);
    REQUIRE(session->startQuiz(fixture.pack(), "quiz", 1234));
    REQUIRE(session->showQuestion(fixture.pack(), "quiz", 3));
    records.failFrom(1);
    const auto saved = session->savePlace();
    REQUIRE_FALSE(saved);
    CHECK(saved.refusal().code == RefusalCode::NotSaved);
    CHECK(session->placeUnsaved());   // still to save
    CHECK(records.last()->findPack("test")->attempts.back().position == 0);
    records.failFrom(0);
    REQUIRE(session->savePlace());
    CHECK_FALSE(session->placeUnsaved());
    CHECK(records.last()->findPack("test")->attempts.back().position == 3);
}

TEST_CASE("an attempt whose time ran out while the app was closed is finished on return")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" time-limit=\"15m\" attempts=\"2\"");
    {
        auto session = openSession(records, clock);
        REQUIRE(session->startQuiz(fixture.pack(), "quiz", 1));
        REQUIRE(session->answer(fixture.pack(), "quiz", "single", picks({"b"}), std::nullopt));
    }
    clock.advance(1h);
    auto session = openSession(records, clock);
    CHECK(session->expireOverdue(fixture.pack(), "quiz"));
    const AttemptRecord* last = session->lastFinishedAttempt(fixture.pack().id, "quiz");
    REQUIRE(last);
    CHECK(last->end == AttemptEnd::TimedOut);
    CHECK(*last->finished == kStart + 15min);
    auto next = session->startQuiz(fixture.pack(), "quiz");
    REQUIRE(next);
    CHECK(next.value()->number == 2);
    CHECK(session->startQuiz(fixture.pack(), "quiz").value()->number == 2);  // resumes, does not use a third
}

TEST_CASE("when the save fails, the action is refused and undone, so memory matches the disk")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    auto session = openSession(records, clock);
    REQUIRE(session->viewPage(fixture.pack(), "lesson", "p1"));
    records.failFrom(1);
    auto refused = session->viewPage(fixture.pack(), "lesson", "p2");
    REQUIRE_FALSE(refused);
    CHECK(refused.refusal().code == RefusalCode::NotSaved);
    CHECK_FALSE(session->progress().findPack(fixture.pack().id)->hasViewed("lesson", "p2"));
    auto noQuiz = session->startQuiz(fixture.pack(), "quiz");
    CHECK(noQuiz.refusal().code == RefusalCode::NotSaved);
    CHECK(session->progress().findPack(fixture.pack().id)->attempts.empty());
    records.failFrom(0);
    REQUIRE(session->viewPage(fixture.pack(), "lesson", "p2"));  // the retry succeeds
    CHECK(session->newCompletions().size() == 1);               // and completes the lesson
    CHECK(session->newCompletions()[0].id == "lesson");
}

TEST_CASE("refused actions change nothing")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" attempts=\"1\"");
    auto session = openSession(records, clock);
    CHECK(session->viewPage(fixture.pack(), "lesson", "nope").refusal().code == RefusalCode::UnknownPage);
    CHECK(session->startQuiz(fixture.pack(), "nope").refusal().code == RefusalCode::UnknownQuiz);
    CHECK(session->answer(fixture.pack(), "quiz", "single", picks({"b"}), std::nullopt).refusal().code == RefusalCode::NoOpenAttempt);
    REQUIRE(session->startQuiz(fixture.pack(), "quiz", 1));
    REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));
    CHECK(session->startQuiz(fixture.pack(), "quiz").refusal().code == RefusalCode::NoAttemptsLeft);
    CHECK(session->progress().findPack(fixture.pack().id)->attempts.size() == 1);
}

TEST_CASE("a scenario played through the session is recorded and completes")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    auto session = openSession(records, clock);
    REQUIRE(session->startScenario(fixture.pack(), "scenario"));
    REQUIRE(session->choose(fixture.pack(), "scenario", "careful"));
    auto last = session->choose(fixture.pack(), "scenario", "report");
    REQUIRE(last);
    CHECK(last.value().ended);
    CHECK(session->newCompletions().size() == 1);
    const ScenarioRunRecord* run = session->lastFinishedRun(fixture.pack().id, "scenario");
    REQUIRE(run);
    CHECK(run->passed);
    CHECK(session->openRun(fixture.pack().id, "scenario") == nullptr);
}

TEST_CASE("a run the pack no longer fits is kept as abandoned, and playing again starts a new run")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    auto session = openSession(records, clock);
    REQUIRE(session->startScenario(fixture.pack(), "scenario"));
    REQUIRE(session->choose(fixture.pack(), "scenario", "careful"));  // now at node "middle"

    // A new version of the pack drops "middle": the open run can never go on.
    mamori::lessons::Pack changed = fixture.pack();
    for (mamori::lessons::Scenario& s : changed.scenarios) {
        if (s.id != "scenario") continue;
        std::erase_if(s.nodes, [](const mamori::lessons::ScenarioNode& n) { return n.id == "middle"; });
        for (mamori::lessons::ScenarioOption& o : s.nodes.front().options) o.target = "good";
    }
    REQUIRE(changed.scenario("scenario"));
    CHECK_FALSE(runPosition(*changed.scenario("scenario"), *session->openRun("test", "scenario")).node);
    CHECK_FALSE(session->choose(changed, "scenario", "report"));

    clock.advance(1min);
    auto restarted = session->startScenario(changed, "scenario");
    REQUIRE(restarted);
    CHECK(restarted.value()->number == 2);
    CHECK(restarted.value()->path.empty());
    const auto runs = records.last()->findPack("test")->runsFor("scenario");
    REQUIRE(runs.size() == 2);
    CHECK(runs[0]->isAbandoned());
    CHECK(runs[0]->path.size() == 1);  // the learner's earlier choice stays in the record
    CHECK(runs[0]->finished == kStart + 1min);
    CHECK_FALSE(runs[0]->passed);
    CHECK(session->lastFinishedRun("test", "scenario") == nullptr);  // an abandoned run reached no ending

    REQUIRE(session->choose(changed, "scenario", "careful"));
    CHECK(session->lastFinishedRun("test", "scenario")->number == 2);
}
