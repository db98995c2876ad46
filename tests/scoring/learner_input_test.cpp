// What a learner gives is checked when given: names, typed answers and the clock. A refused
// input records nothing, so a save never holds what the file reader would refuse.

#include "mamori/scoring/learner_input.hpp"
#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;

TEST_CASE("a display name is one line of at most 100 characters of valid UTF-8")
{
    CHECK_FALSE(displayNameProblem(""));
    CHECK_FALSE(displayNameProblem("山田 太郎"));
    std::string hundredKanji;
    for (int i = 0; i < 100; ++i) hundredKanji += "山";
    CHECK_FALSE(displayNameProblem(hundredKanji));   // characters, not bytes: 300 bytes here
    CHECK(displayNameProblem(hundredKanji + "山") == "the name is longer than 100 characters");
    CHECK(displayNameProblem(std::string(101, 'a')) == "the name is longer than 100 characters");
    CHECK(displayNameProblem("a\nb") == "the name contains a control character (U+000A)");
    CHECK(displayNameProblem("tab\there") == "the name contains a control character (U+0009)");
    CHECK(displayNameProblem("\x7f") == "the name contains a control character (U+007F)");
    CHECK(displayNameProblem("\xc2\x85") == "the name contains a control character (U+0085)");
    CHECK(displayNameProblem("a\xff") == "the name is not valid UTF-8 (at byte 2)");
    CHECK(displayNameProblem("\xed\xa0\x80") == "the name is not valid UTF-8 (at byte 1)");   // a surrogate
    CHECK(displayNameProblem(std::string(65 * 1024 * 1024, 'x')) == "the name is longer than 100 characters");
    CHECK(typedAnswerProblem(std::string(501, 'a')) == "the typed answer is longer than 500 characters");
    CHECK_FALSE(typedAnswerProblem("ＵＳＢメモリ"));
}

TEST_CASE("a refused name, typed answer or clock changes nothing and saves nothing")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    auto session = openSession(records, clock);
    REQUIRE(session->setDisplayName("山田"));
    const int saves = records.saves();

    auto tooLong = session->setDisplayName(std::string(65 * 1024 * 1024, 'x'));
    CHECK(tooLong.refusal().code == RefusalCode::BadName);
    CHECK(session->setDisplayName("a\x01").refusal().code == RefusalCode::BadName);
    CHECK(session->progress().displayName == "山田");

    REQUIRE(session->startQuiz(fixture.pack(), "quiz", 7));
    const int afterStart = records.saves();
    auto answer = session->answer(fixture.pack(), "quiz", "shorttext", Response{{}, {}, std::string(501, 'U')}, std::nullopt);
    CHECK(answer.refusal().code == RefusalCode::BadResponse);
    CHECK(answer.refusal().message == "answer to question 'shorttext' is refused: the typed answer is longer than 500 characters");
    CHECK(session->answer(fixture.pack(), "quiz", "shorttext", Response{{}, {}, "US\nB"}, std::nullopt).refusal().code ==
          RefusalCode::BadResponse);
    CHECK(session->openAttempt(fixture.pack().id, "quiz")->steps.empty());
    CHECK(records.saves() == afterStart);

    clock.set(kLatestNow + 1s);   // `--now 9999-…`, `wait 99999d`, or a PC's clock gone wrong
    auto late = session->viewPage(fixture.pack(), "lesson", "p1");
    REQUIRE_FALSE(late);
    CHECK(late.refusal().code == RefusalCode::BadClock);
    CHECK(late.refusal().message ==
          "nothing was recorded: the time 2200-01-01T00:00:00Z is outside 2000-01-01 to 2199-12-31; check the computer's date and time");
    CHECK(session->setDisplayName("佐藤").refusal().code == RefusalCode::BadClock);
    clock.set(Timestamp{});   // 1970: a dead clock battery
    CHECK(session->viewPage(fixture.pack(), "lesson", "p1").refusal().code == RefusalCode::BadClock);
    CHECK(records.saves() == afterStart);
    CHECK(saves + 1 == afterStart);
    CHECK_FALSE(session->progress().findPack(fixture.pack().id)->hasViewed("lesson", "p1"));
}
