// Scenarios that teach what they say: walked along every path, with flags, so that no edit can
// make a good ending reachable by a failing run, a bad ending passable, or a flag meaningless.
// What only a person can judge (that the choices to a good ending are ones an expert would
// make, that each debrief is true of every path) rests on these: endings split by flags until
// the paths that reach each one share what its debrief says.

#include "content_packs.hpp"
#include "mamori/lessons/scenario_paths.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace mamori::lessons;

namespace {

/// Every path of `scenario`, with the library's bounds (lessons/scenario_paths.hpp), which the
/// shipped scenarios stay far below.
std::vector<ScenarioPath> allPaths(const Scenario& scenario)
{
    ScenarioPaths walked = enumeratePaths(scenario);
    CHECK_FALSE(walked.truncated);
    return std::move(walked.paths);
}

/// Every scenario of every shipped pack, the tour included.
std::vector<std::pair<std::string, const Scenario*>> allScenarios()
{
    std::vector<std::pair<std::string, const Scenario*>> out;
    for (const auto& pack : mamori::test::shippedLibrary().packs) {
        for (const Scenario& s : pack->scenarios) out.emplace_back(pack->id, &s);
        for (const Lesson& lesson : pack->lessons) {
            for (const Scenario& s : lesson.scenarios) out.emplace_back(pack->id, &s);
        }
    }
    return out;
}

} // namespace

TEST_CASE("every path of every scenario ends at an ending, without loops")
{
    for (const auto& [packId, scenario] : allScenarios()) {
        CAPTURE(packId);
        CAPTURE(scenario->id);
        const std::vector<ScenarioPath> paths = allPaths(*scenario);
        for (const ScenarioPath& path : paths) {
            CAPTURE(path.describe());
            CHECK(path.problem.empty());
        }
    }
}

TEST_CASE("every path to a good ending passes the scenario, and every path to a bad ending fails it")
{
    for (const auto& [packId, scenario] : allScenarios()) {
        CAPTURE(packId);
        CAPTURE(scenario->id);
        CAPTURE(scenario->passScore);
        int good = 0, bad = 0;
        for (const ScenarioPath& path : allPaths(*scenario)) {
            const ScenarioEnding* ending = path.ending;
            if (!ending) continue;
            CAPTURE(path.describe());
            if (ending->outcome == Outcome::Good) {
                ++good;
                CHECK(path.score >= scenario->passScore);
            }
            if (ending->outcome == Outcome::Bad) {
                ++bad;
                CHECK(path.score < scenario->passScore);
            }
        }
        CHECK(good > 0);
        CHECK(bad > 0);
    }
}

TEST_CASE("every flag a choice sets is tested by a later condition")
{
    for (const auto& [packId, scenario] : allScenarios()) {
        CAPTURE(packId);
        CAPTURE(scenario->id);
        std::set<std::string> set, tested;
        for (const ScenarioNode& node : scenario->nodes) {
            for (const ScenarioOption& option : node.options) {
                set.insert(option.setsFlags.begin(), option.setsFlags.end());
                for (const ConditionalGoto& when : option.conditions) {
                    tested.insert(when.requiredSet.begin(), when.requiredSet.end());
                    tested.insert(when.requiredUnset.begin(), when.requiredUnset.end());
                }
            }
        }
        for (const std::string& flag : set) {
            CAPTURE(flag);
            CHECK(tested.count(flag) == 1);
        }
    }
}

TEST_CASE("no choice that loses points lies on the way to a good ending")
{
    // A good ending is reached only through good choices; a choice the pack itself scores as a
    // mistake must lead elsewhere (an acceptable ending when it is reported in time).
    for (const auto& [packId, scenario] : allScenarios()) {
        CAPTURE(packId);
        CAPTURE(scenario->id);
        for (const ScenarioPath& path : allPaths(*scenario)) {
            if (!path.ending || path.ending->outcome != Outcome::Good) continue;
            CAPTURE(path.describe());
            for (const ScenarioPath::Step& step : path.steps) {
                CAPTURE(step.option->id);
                CHECK(step.option->scoreChange >= 0);
            }
        }
    }
}
