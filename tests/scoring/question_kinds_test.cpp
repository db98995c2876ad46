// Each question kind has one bundle of rules (scoring/src/kinds), found by kind: the fixture
// holds a question of every kind, so a kind without rules, or with rules that disagree with
// each other, fails here.

#include "mamori/scoring/attempt_plan.hpp"
#include "mamori/scoring/grading.hpp"
#include "mamori/scoring/quiz_attempt.hpp"
#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace mamori::lessons;
using namespace mamori::scoring;
using namespace mamori::test;

TEST_CASE("the fixture quiz asks a question of every kind")
{
    const QuizFixture fixture;
    std::set<QuestionKind> kinds;
    for (const Question& q : fixture.quiz().pool) kinds.insert(q.kind);
    for (QuestionKind kind : kAllQuestionKinds) {
        CAPTURE(std::string(questionKindName(kind)));
        CHECK(kinds.count(kind) == 1);
    }
}

TEST_CASE("for every kind, the correct response fits the question and earns full marks")
{
    const QuizFixture fixture;
    for (const Question& q : fixture.quiz().pool) {
        CAPTURE(q.id);
        const Response correct = correctResponse(q);
        CHECK_FALSE(correct.empty());
        CHECK(checkResponseShape(q, correct).ok());
        const Grade graded = grade(q, correct);
        CHECK(graded.correctness == Correctness::Right);
        CHECK(graded.fraction == doctest::Approx(1.0));
        CHECK(grade(q, Response{}).correctness == Correctness::Unanswered);
    }
}

TEST_CASE("for every kind, the parts are planned the same from the same seed")
{
    const QuizFixture fixture;
    for (const Question& q : fixture.quiz().pool) {
        CAPTURE(q.id);
        CHECK(planQuestion(fixture.quiz(), q, 42) == planQuestion(fixture.quiz(), q, 42));
    }
}
