// Playing scenarios: paths, flags that change later destinations, scores and endings.

#include "mamori/scoring/scenario_run.hpp"
#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;

namespace {

ScenarioRunRecord play(const mamori::lessons::Scenario& scenario, const std::vector<std::string>& options)
{
    ScenarioRunRecord run = startRun(scenario, 1, kStart, "1.0");
    Timestamp at = kStart;
    for (const std::string& option : options) {
        at += 30s;
        auto chosen = chooseOption(run, scenario, option, at);
        REQUIRE(chosen);
    }
    return run;
}

} // namespace

TEST_CASE("a run sums the score changes along its path when the ending has no fixed score")
{
    const QuizFixture fixture;
    const ScenarioRunRecord run = play(fixture.scenario(), {"careful", "report"});
    REQUIRE(run.isFinished());
    CHECK(run.endingId == "good");
    CHECK(run.outcome == "good");
    CHECK(run.score == 3);  // +2 +1
    CHECK(run.passed);      // pass-score 2
    REQUIRE(run.path.size() == 2);
    CHECK(run.path[0].nodeId == "start");
    CHECK(run.path[1].optionId == "report");
}

TEST_CASE("a flag set early changes where a later option leads")
{
    const QuizFixture fixture;
    // Same option "report", but "rush" set the flag "rushed" before it.
    const ScenarioRunRecord run = play(fixture.scenario(), {"rush", "report"});
    CHECK(run.endingId == "late");
    CHECK(run.outcome == "acceptable");
    CHECK(run.score == 1);  // the ending's fixed score, not −3 + 1
    CHECK_FALSE(run.passed);
}

TEST_CASE("an ending's fixed score replaces the path sum")
{
    const QuizFixture fixture;
    const ScenarioRunRecord run = play(fixture.scenario(), {"careful", "hide"});
    CHECK(run.endingId == "bad");
    CHECK(run.score == -10);
    CHECK_FALSE(run.passed);
}

TEST_CASE("the position is derived from the path, flags included")
{
    const QuizFixture fixture;
    ScenarioRunRecord run = startRun(fixture.scenario(), 1, kStart, "1.0");
    RunPosition position = runPosition(fixture.scenario(), run);
    CHECK(position.currentId == "start");
    REQUIRE(chooseOption(run, fixture.scenario(), "rush", kStart));
    position = runPosition(fixture.scenario(), run);
    CHECK(position.currentId == "middle");
    CHECK(position.flags == std::set<std::string>{"rushed"});
    CHECK(position.pathScore == -3);
    CHECK(position.ending == nullptr);
}

TEST_CASE("an option that is not at the current node is refused, and nothing is recorded")
{
    const QuizFixture fixture;
    ScenarioRunRecord run = startRun(fixture.scenario(), 1, kStart, "1.0");
    auto wrong = chooseOption(run, fixture.scenario(), "report", kStart);
    CHECK(wrong.refusal().code == RefusalCode::UnknownOption);
    CHECK(wrong.refusal().message == "node 'start' has no option 'report' (options: careful, rush)");
    CHECK(run.path.empty());
    REQUIRE(chooseOption(run, fixture.scenario(), "careful", kStart));
    REQUIRE(chooseOption(run, fixture.scenario(), "report", kStart));
    CHECK(chooseOption(run, fixture.scenario(), "careful", kStart).refusal().code == RefusalCode::RunFinished);
}

TEST_CASE("a scenario is passed when any finished run passed")
{
    const QuizFixture fixture;
    const ScenarioRunRecord failed = play(fixture.scenario(), {"careful", "hide"});
    const ScenarioRunRecord passed = play(fixture.scenario(), {"careful", "report"});
    const ScenarioRunRecord unfinished = startRun(fixture.scenario(), 3, kStart, "1.0");
    CHECK_FALSE(scenarioPassed({&failed, &unfinished}));
    CHECK(scenarioPassed({&failed, &passed}));
}
