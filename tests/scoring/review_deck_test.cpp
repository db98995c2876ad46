// The review deck: the spaced schedule, missed questions entering it when attempts finish
// through the session, and answering reviews. Keeping the deck in progress files is tested
// in tests/records/review_deck_file_test.cpp.

#include "mamori/lessons/loader.hpp"
#include "mamori/scoring/learner_session.hpp"
#include "mamori/scoring/review_deck.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;
using std::chrono::days;

namespace {

const ReviewItem& itemOf(const LearnerSession& session, const std::string& packId, const std::string& questionId)
{
    const PackProgress* pack = session.progress().findPack(packId);
    REQUIRE(pack);
    const ReviewItem* item = pack->review(questionId);
    REQUIRE(item);
    return *item;
}

/// A second pack, "alpha", with a quiz "aq" of two true/false questions a1 and a2.
std::shared_ptr<const mamori::lessons::Pack> alphaPack()
{
    auto truefalse = [](const char* id) {
        return std::string("<truefalse id=\"") + id + "\" answer=\"true\">" + text("prompt", "問", "Q") +
               text("explanation", "解説", "Because") + "</truefalse>";
    };
    std::string xml = packXml("<quiz id=\"aq\" pass-mark=\"80\">" + text("title", "題", "Quiz") + truefalse("a1") + truefalse("a2") + "</quiz>");
    xml.replace(xml.find("id=\"test\""), 9, "id=\"alpha\"");
    const auto loaded = mamori::lessons::loadPackFromMemory(xml, "alpha.xml", {});
    for (const auto& line : describe(loaded.diagnostics)) MESSAGE(line);
    REQUIRE(loaded.ok());
    return loaded.pack;
}

/// The records without their review decks.
LearnerProgress withoutDeck(LearnerProgress progress)
{
    for (auto& [id, pack] : progress.packs) pack.reviews.clear();
    return progress;
}

} // namespace

TEST_CASE("the review intervals are one table: 1, 3 and 7 days")
{
    CHECK(kReviewStages == 3);
    CHECK(reviewInterval(1) == days(1));
    CHECK(reviewInterval(2) == days(3));
    CHECK(reviewInterval(3) == days(7));
    CHECK(reviewInterval(0) == days(1));   // out-of-range stages are clamped
    CHECK(reviewInterval(9) == days(7));
}

TEST_CASE("the review schedule: due after 1, 3 and 7 days, then graduated, and anything less than right starts over")
{
    const QuizFixture fixture;
    const Grade right{1.0, Correctness::Right};
    const Grade partly{0.5, Correctness::PartlyRight};
    const Grade wrong{0.0, Correctness::Wrong};
    struct Answer {
        Grade grade;
        int stage;       ///< after the answer; 0: graduated
        int dueInDays;   ///< after the answer
        int lapses;
    };
    struct Row {
        const char* name;
        std::vector<Answer> answers;
    };
    const Row rows[] = {
        {"right three times graduates", {{right, 2, 3, 0}, {right, 3, 7, 0}, {right, 0, 0, 0}}},
        {"wrong at stage 1 stays at stage 1", {{wrong, 1, 1, 1}, {right, 2, 3, 1}, {right, 3, 7, 1}, {right, 0, 0, 1}}},
        {"wrong at stage 2 goes back to stage 1", {{right, 2, 3, 0}, {wrong, 1, 1, 1}, {right, 2, 3, 1}, {right, 3, 7, 1}}},
        {"partly right at stage 3 goes back to stage 1",
         {{right, 2, 3, 0}, {right, 3, 7, 0}, {partly, 1, 1, 1}, {right, 2, 3, 1}, {right, 3, 7, 1}, {right, 0, 0, 1}}},
        {"every lapse is counted", {{wrong, 1, 1, 1}, {partly, 1, 1, 2}, {right, 2, 3, 2}, {wrong, 1, 1, 3}}},
    };
    for (const Row& row : rows) {
        CAPTURE(row.name);
        FakeClock clock(kStart);
        PackProgress progress;
        AttemptRecord attempt;
        attempt.questions = {{"single", {}}};   // unanswered: missed
        attempt.finished = kStart;
        enterMissed(progress, attempt);
        REQUIRE(progress.reviews.size() == 1);
        CHECK(progress.reviews[0].stage == 1);
        CHECK(progress.reviews[0].added == kStart);
        CHECK(progress.reviews[0].due == kStart + days(1));
        auto isDue = [&] { return !dueReviews(fixture.pack(), progress, clock.now()).empty(); };
        days wait{1};
        int reviews = 0;
        for (const Answer& answer : row.answers) {
            clock.advance(wait - 1s);
            CHECK_FALSE(isDue());   // not a second early
            clock.advance(1s);
            REQUIRE(isDue());       // due exactly at its time
            ReviewItem& item = progress.reviews[0];
            const ReviewOutcome outcome = applyReview(item, answer.grade, clock.now());
            CHECK(item.reviews == ++reviews);
            CHECK(item.lapses == answer.lapses);
            if (answer.stage == 0) {
                CHECK(outcome.graduated());
                CHECK(outcome.stage == 0);
                break;
            }
            CHECK_FALSE(outcome.graduated());
            CHECK(outcome.stage == answer.stage);
            CHECK(item.stage == answer.stage);
            CHECK(item.due == clock.now() + days(answer.dueInDays));
            CHECK(outcome.due == item.due);
            CHECK(item.added == kStart);
            wait = days(answer.dueInDays);
        }
    }
}

TEST_CASE("finishing an attempt through the session puts exactly its missed questions in the deck")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    const std::string packId = fixture.pack().id;
    std::set<std::string> missed;
    {
        auto session = openSession(records, clock);
        const AttemptRecord& open = answerAllBut(*session, fixture, {"truefalse", "ordering-strict"});
        // A partly right answer and a wrong one are missed too.
        REQUIRE(session->answer(fixture.pack(), "quiz", "multiple", picks({"a"}), std::nullopt));
        REQUIRE(session->answer(fixture.pack(), "quiz", "single", picks({"a"}), std::nullopt));
        PackProgress scratch;
        enterMissed(scratch, open);
        CHECK(scratch.reviews.empty());   // an unfinished attempt adds nothing
        CHECK(deckOf(session->progress(), packId).empty());
        clock.advance(10min);
        auto submitted = session->submitQuiz(fixture.pack(), "quiz");
        REQUIRE(submitted);
        const std::vector<std::string> fromAttempt = missedQuestions(*submitted.value());
        missed = {fromAttempt.begin(), fromAttempt.end()};
        CHECK(missed == std::set<std::string>{"truefalse", "ordering-strict", "multiple", "single"});
        CHECK(deckOf(session->progress(), packId) == missed);
        for (const ReviewItem& item : session->progress().findPack(packId)->reviews) {
            CHECK(item.stage == 1);
            CHECK(item.added == kStart + 10min);
            CHECK(item.due == kStart + 10min + days(1));
            CHECK(item.reviews == 0);
            CHECK(item.lapses == 0);
        }
    }
    // It was saved with the attempt.
    auto session = openSession(records, clock);
    CHECK(deckOf(session->progress(), packId) == missed);
}

TEST_CASE("a later attempt resets a question it missed to stage 1 and leaves the ones it got right as they are")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    const std::string packId = fixture.pack().id;
    auto session = openSession(records, clock);
    answerAllBut(*session, fixture, {"truefalse", "matching"});
    REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));
    clock.advance(days(1));
    auto reviewed = session->answerReview(fixture.pack(), "truefalse", picks({"false"}));
    REQUIRE(reviewed);
    CHECK(reviewed.value().outcome.stage == 2);

    clock.advance(1h);
    answerAllBut(*session, fixture, {"truefalse"});   // matching right this time, truefalse missed again
    const Timestamp finished = clock.now();
    REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));
    const ReviewItem& again = itemOf(*session, packId, "truefalse");
    CHECK(again.stage == 1);
    CHECK(again.due == finished + days(1));
    CHECK(again.added == kStart);   // it entered the deck with the first attempt
    CHECK(again.reviews == 1);
    const ReviewItem& kept = itemOf(*session, packId, "matching");
    CHECK(kept.stage == 1);
    CHECK(kept.due == kStart + days(1));   // a quiz does not graduate it, nor move it
    CHECK(deckOf(session->progress(), packId) == std::set<std::string>{"truefalse", "matching"});
}

TEST_CASE("an attempt that runs out of time puts its missed questions in the deck, due a day after its deadline")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" time-limit=\"15m\" attempts=\"3\"");
    const std::string packId = fixture.pack().id;
    auto session = openSession(records, clock);
    REQUIRE(session->startQuiz(fixture.pack(), "quiz", 3));
    REQUIRE(session->answer(fixture.pack(), "quiz", "single", picks({"b"}), std::nullopt));
    const Timestamp deadline = kStart + 15min;

    SUBCASE("found when answering late")
    {
        clock.advance(20min);
        auto late = session->answer(fixture.pack(), "quiz", "truefalse", picks({"false"}), std::nullopt);
        REQUIRE(late);
        CHECK(late.value().timeUp);
    }
    SUBCASE("found when the quiz is started again")
    {
        clock.advance(2h);
        auto next = session->startQuiz(fixture.pack(), "quiz", 4);
        REQUIRE(next);
        CHECK(next.value()->number == 2);
    }
    SUBCASE("found by expireOverdue")
    {
        clock.advance(1h);
        CHECK(session->expireOverdue(fixture.pack(), "quiz"));
    }
    SUBCASE("found when submitting late")
    {
        clock.advance(1h);
        REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));
    }
    const AttemptRecord* timedOut = session->lastFinishedAttempt(packId, "quiz");
    REQUIRE(timedOut);
    CHECK(timedOut->end == AttemptEnd::TimedOut);
    std::set<std::string> expected;
    for (const PlannedQuestion& p : timedOut->questions) {
        if (p.questionId != "single") expected.insert(p.questionId);
    }
    CHECK(expected.size() == 8);
    CHECK(deckOf(session->progress(), packId) == expected);
    for (const ReviewItem& item : session->progress().findPack(packId)->reviews) {
        CHECK(item.added == deadline);
        CHECK(item.due == deadline + days(1));
    }
    // And it was saved: a reopened session sees the same deck.
    session.reset();
    CHECK(deckOf(openSession(records, clock)->progress(), packId) == expected);
}

TEST_CASE("reviews climb the stages and graduate, are never certainty-marked, and change no quiz result")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" certainty=\"true\"");
    const std::string packId = fixture.pack().id;
    mamori::lessons::PackLibrary library;
    library.packs.push_back(fixture.sharedPack());
    auto session = openSession(records, clock);
    answerAllBut(*session, fixture, {"truefalse"}, Certainty::High);
    REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));
    const LearnerProgress recordsBefore = session->progress();
    const PackProgress before = *session->progress().findPack(packId);
    CHECK(session->dueReviews(library, clock.now()).empty());

    clock.advance(days(1));
    auto due = session->dueReviews(library, clock.now());
    REQUIRE(due.size() == 1);
    CHECK(due[0].pack == &fixture.pack());
    CHECK(due[0].quiz == &fixture.quiz());
    CHECK(due[0].question == &fixture.question("truefalse"));
    CHECK(due[0].item.questionId == "truefalse");

    auto wrong = session->answerReview(fixture.pack(), "truefalse", picks({"true"}));
    REQUIRE(wrong);
    CHECK(wrong.value().grade.correctness == Correctness::Wrong);
    CHECK(wrong.value().outcome.stage == 1);
    CHECK(wrong.value().outcome.due == clock.now() + days(1));
    CHECK(itemOf(*session, packId, "truefalse").lapses == 1);
    CHECK(session->dueReviews(library, clock.now()).empty());

    const int waits[] = {1, 3, 7};
    for (int i = 0; i < 3; ++i) {
        clock.advance(days(waits[i]));
        REQUIRE(session->dueReviews(library, clock.now()).size() == 1);
        auto right = session->answerReview(fixture.pack(), "truefalse", picks({"false"}));
        REQUIRE(right);
        CHECK(right.value().grade.correctness == Correctness::Right);
        CHECK(right.value().grade.fraction == 1.0);
        if (i < 2) {
            CHECK(right.value().outcome.stage == i + 2);
            CHECK(right.value().outcome.due == clock.now() + days(waits[i + 1]));
        } else {
            CHECK(right.value().outcome.graduated());
        }
    }
    CHECK(deckOf(session->progress(), packId).empty());
    CHECK(session->dueReviews(library, clock.now() + days(365)).empty());

    // Quiz records and completions are untouched.
    const PackProgress& after = *session->progress().findPack(packId);
    REQUIRE(after.attempts.size() == before.attempts.size());
    CHECK(after.attempts[0].percent == before.attempts[0].percent);
    CHECK(after.attempts[0].steps.size() == before.attempts[0].steps.size());
    CHECK(after.completions.size() == before.completions.size());
    CHECK(session->newCompletions().empty());
    CHECK_FALSE(recordsBefore.findPack(packId)->reviews.empty());
    CHECK(withoutDeck(session->progress()) == withoutDeck(recordsBefore));
}

TEST_CASE("answerReview refuses what is not in the deck or not due, and bad answers, changing nothing")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    const std::string packId = fixture.pack().id;
    auto session = openSession(records, clock);
    CHECK(session->answerReview(fixture.pack(), "truefalse", picks({"false"})).refusal().code == RefusalCode::NotInDeck);
    CHECK(session->progress().findPack(packId) == nullptr);   // no records made for nothing

    answerAllBut(*session, fixture, {"truefalse"});
    REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));
    const LearnerProgress saved = session->progress();

    CHECK(session->answerReview(fixture.pack(), "nope", picks({"false"})).refusal().code == RefusalCode::UnknownQuestion);
    CHECK(session->answerReview(fixture.pack(), "single", picks({"b"})).refusal().code == RefusalCode::NotInDeck);
    clock.advance(days(1) - 1s);
    auto early = session->answerReview(fixture.pack(), "truefalse", picks({"false"}));
    REQUIRE_FALSE(early);
    CHECK(early.refusal().code == RefusalCode::ReviewNotDue);
    CHECK(early.refusal().message == "question 'truefalse' is not due for review until 2026-04-02T09:00:00Z");
    clock.advance(1s);
    CHECK(session->answerReview(fixture.pack(), "truefalse", Response{}).refusal().code == RefusalCode::EmptyResponse);
    CHECK(session->answerReview(fixture.pack(), "truefalse", picks({"maybe"})).refusal().code == RefusalCode::BadResponse);
    records.failFrom(1);
    CHECK(session->answerReview(fixture.pack(), "truefalse", picks({"false"})).refusal().code == RefusalCode::NotSaved);
    CHECK(session->progress() == saved);   // nothing changed in memory either
    CHECK(itemOf(*session, packId, "truefalse").reviews == 0);

    records.failFrom(0);
    auto retried = session->answerReview(fixture.pack(), "truefalse", picks({"false"}));
    REQUIRE(retried);
    CHECK(retried.value().outcome.stage == 2);
}

TEST_CASE("due reviews across a library: by due time, then pack, then question, skipping questions gone from a pack")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    const auto alpha = alphaPack();
    mamori::lessons::PackLibrary library;
    library.packs = {fixture.sharedPack(), alpha};

    LearnerProgress progress;
    progress.learnerId = "E1";
    progress.created = kStart;
    progress.pack("test").reviews = {{"truefalse", 1, kStart, kStart},
                                     {"single", 2, kStart, kStart},
                                     {"gone", 1, kStart - 3h, kStart},   // the pack no longer has it
                                     {"matching", 1, kStart + days(1), kStart}};
    progress.pack("alpha").reviews = {{"a2", 1, kStart, kStart}, {"a1", 3, kStart - 2h, kStart}};
    progress.pack("not-loaded").reviews = {{"x", 1, kStart - 5h, kStart}};
    LearnerSession session(std::make_unique<MemorySaver>(records), progress, clock);

    auto order = [](const std::vector<DueReview>& due) {
        std::vector<std::string> out;
        for (const DueReview& d : due) out.push_back(d.pack->id + "/" + d.item.questionId);
        return out;
    };
    CHECK(order(session.dueReviews(library, kStart - 1s)) == std::vector<std::string>{"alpha/a1"});
    const auto now = session.dueReviews(library, kStart);
    CHECK(order(now) == std::vector<std::string>{"alpha/a1", "alpha/a2", "test/single", "test/truefalse"});
    CHECK(now[0].quiz->id == "aq");
    CHECK(now[0].question->id == "a1");
    CHECK(now[0].item.stage == 3);
    CHECK(order(session.dueReviews(library, kStart + days(1))) ==
          std::vector<std::string>{"alpha/a1", "alpha/a2", "test/single", "test/truefalse", "test/matching"});
    CHECK(order(dueReviews(fixture.pack(), *session.progress().findPack("test"), kStart)) ==
          std::vector<std::string>{"test/single", "test/truefalse"});
    // The skipped item stays in the records, and cannot be reviewed.
    CHECK(session.progress().findPack("test")->review("gone") != nullptr);
    CHECK(session.answerReview(fixture.pack(), "gone", picks({"a"})).refusal().code == RefusalCode::UnknownQuestion);
}
