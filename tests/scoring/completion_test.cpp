// Completion: lessons, quizzes, scenarios and packs, and the dates they were reached.

#include "mamori/scoring/completion.hpp"
#include "mamori/scoring/quiz_attempt.hpp"
#include "mamori/scoring/scenario_run.hpp"
#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;

namespace {

void passQuiz(PackProgress& progress, const mamori::lessons::Quiz& quiz, bool pass)
{
    AttemptRecord attempt = startAttempt(quiz, {}, static_cast<int>(progress.attempts.size()) + 1, 1, kStart, "1.0");
    if (pass) {
        for (const auto& planned : std::vector(attempt.questions)) {
            const auto& question = *std::find_if(quiz.pool.begin(), quiz.pool.end(), [&](const auto& q) { return q.id == planned.questionId; });
            REQUIRE(answerQuestion(attempt, quiz, planned.questionId, correctResponse(question), std::nullopt, kStart));
        }
    }
    REQUIRE(submitAttempt(attempt, quiz, kStart + 5min));
    progress.attempts.push_back(attempt);
}

} // namespace

TEST_CASE("a lesson is complete once all its pages are viewed")
{
    const QuizFixture fixture;
    const auto& lesson = *fixture.pack().lesson("lesson");
    PackProgress progress;
    CHECK(lessonSummary(lesson, progress).status == ActivityStatus::NotStarted);
    progress.pageViews.push_back({"lesson", "p1", kStart});
    LessonSummary summary = lessonSummary(lesson, progress);
    CHECK(summary.pagesViewed == 1);
    CHECK(summary.pagesTotal == 2);
    CHECK(summary.status == ActivityStatus::InProgress);
    progress.pageViews.push_back({"lesson", "p2", kStart});
    CHECK(lessonSummary(lesson, progress).complete);
}

TEST_CASE("a lesson with a quiz is complete only when the quiz is passed too")
{
    const std::string check = "<quiz id=\"check\" pass-mark=\"100\"><title><ja>確認</ja><en>Check</en></title>"
                              "<truefalse id=\"c1\" answer=\"true\"><prompt><ja>問</ja><en>Q</en></prompt>"
                              "<explanation><ja>解</ja><en>E</en></explanation></truefalse></quiz>";
    const QuizFixture fixture("pass-mark=\"50\"", check);
    const auto& lesson = *fixture.pack().lesson("lesson");
    PackProgress progress;
    progress.pageViews = {{"lesson", "p1", kStart}, {"lesson", "p2", kStart}};
    CHECK(lessonSummary(lesson, progress).status == ActivityStatus::InProgress);
    passQuiz(progress, *fixture.pack().quiz("check"), false);
    CHECK(lessonSummary(lesson, progress).status == ActivityStatus::Failed);
    passQuiz(progress, *fixture.pack().quiz("check"), true);
    CHECK(lessonSummary(lesson, progress).complete);
}

TEST_CASE("a pack is complete when its lessons, quizzes and scenarios are — each milestone is dated once")
{
    const QuizFixture fixture;
    const auto& pack = fixture.pack();
    PackProgress progress;
    progress.pageViews = {{"lesson", "p1", kStart}, {"lesson", "p2", kStart}};
    auto added = recordCompletions(pack, progress, kStart + 1h);
    REQUIRE(added.size() == 1);
    CHECK(added[0].kind == Completion::Kind::Lesson);
    CHECK(added[0].at == kStart + 1h);
    CHECK(added[0].packVersion == pack.version);
    CHECK(packSummary(pack, progress).activitiesComplete == 1);
    CHECK(packSummary(pack, progress).activitiesTotal == 3);

    passQuiz(progress, fixture.quiz(), true);
    ScenarioRunRecord run = startRun(fixture.scenario(), 1, kStart, "1.0");
    REQUIRE(chooseOption(run, fixture.scenario(), "careful", kStart));
    REQUIRE(chooseOption(run, fixture.scenario(), "report", kStart));
    progress.runs.push_back(run);
    added = recordCompletions(pack, progress, kStart + 2h);
    CHECK(added.size() == 3);  // quiz, scenario, pack
    CHECK(progress.completion(Completion::Kind::Pack, pack.id) != nullptr);
    CHECK(packSummary(pack, progress).complete);
    // Recording again adds nothing and keeps the first dates.
    CHECK(recordCompletions(pack, progress, kStart + 3h).empty());
    CHECK(progress.completion(Completion::Kind::Lesson, "lesson")->at == kStart + 1h);
}

TEST_CASE("a failed quiz shows as failed until a later attempt passes")
{
    const QuizFixture fixture("pass-mark=\"100\"");
    PackProgress progress;
    CHECK(quizStatus(fixture.quiz(), progress) == ActivityStatus::NotStarted);
    passQuiz(progress, fixture.quiz(), false);
    CHECK(quizStatus(fixture.quiz(), progress) == ActivityStatus::Failed);
    passQuiz(progress, fixture.quiz(), true);
    CHECK(quizStatus(fixture.quiz(), progress) == ActivityStatus::Passed);
}
