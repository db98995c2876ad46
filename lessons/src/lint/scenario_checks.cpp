// Scenarios whose outcomes contradict their scores, walked along every path (scenario_paths.hpp,
// bounded), and flags set for nothing (scenario_graph.hpp).

#include "lint_checks.hpp"

#include "mamori/lessons/scenario_graph.hpp"
#include "mamori/lessons/scenario_paths.hpp"

#include <set>

namespace mamori::lessons::lint {
namespace {

void checkPaths(const Scenario& scenario, Findings& findings)
{
    const ScenarioPaths walked = enumeratePaths(scenario);
    const std::string pass = "the pass score " + std::to_string(scenario.passScore);
    std::set<const ScenarioEnding*> reported;
    std::set<const ScenarioOption*> penalised;
    for (const ScenarioPath& path : walked.paths) {
        const ScenarioEnding* ending = path.ending;
        if (!ending) continue;
        const bool passes = path.score >= scenario.passScore;
        if (ending->outcome == Outcome::Good && !passes && reported.insert(ending).second) {
            findings.warn(ending->line, "good-ending-fails",
                          "good ending '" + ending->id + "' is reached by a run that fails " + pass + ": " +
                              path.describe());
        }
        if (ending->outcome == Outcome::Bad && passes && reported.insert(ending).second) {
            findings.warn(ending->line, "bad-ending-passes",
                          "bad ending '" + ending->id + "' is reached by a run that passes " + pass + ": " +
                              path.describe());
        }
        if (ending->outcome != Outcome::Good) continue;
        for (const ScenarioPath::Step& step : path.steps) {
            if (step.option->scoreChange >= 0 || !penalised.insert(step.option).second) continue;
            findings.warn(step.option->line, "good-ending-after-penalty",
                          "option '" + step.option->id + "' of node '" + step.node->id + "' loses " +
                              std::to_string(-step.option->scoreChange) + " points, yet leads to good ending '" +
                              ending->id + "': " + path.describe());
        }
    }
    if (walked.truncated) {
        findings.warn(scenario.line, "scenario-too-many-paths",
                      "scenario '" + scenario.id + "' has more paths than lint follows (" +
                          std::to_string(walked.paths.size()) +
                          " checked): its endings' scores were checked only in part");
    }
}

void checkFlags(const Scenario& scenario, Findings& findings)
{
    const ScenarioGraph graph(scenario);
    std::set<std::string_view> tested;
    for (const ScenarioNode& node : scenario.nodes) {
        for (const ScenarioOption& option : node.options) {
            for (const ConditionalGoto& when : option.conditions) {
                tested.insert(when.requiredSet.begin(), when.requiredSet.end());
                tested.insert(when.requiredUnset.begin(), when.requiredUnset.end());
            }
        }
    }
    const std::vector<bool> reachable = graph.reachableFromStart();
    std::set<std::string_view> reported;
    for (const ScenarioNode& node : scenario.nodes) {
        const auto place = graph.placeOf(node.id);
        if (!place || !reachable[*place]) continue; // the validator reports unreachable nodes
        for (const ScenarioOption& option : node.options) {
            for (const std::string& flag : option.setsFlags) {
                if (tested.count(flag) || !reported.insert(flag).second) continue;
                findings.warn(option.line, "flag-never-tested",
                              "option '" + option.id + "' of node '" + node.id + "' sets flag '" + flag +
                                  "', which no <when> tests: it changes nothing");
            }
        }
    }
}

} // namespace

void checkScenarios(const Pack& pack, Findings& findings)
{
    for (const Scenario* scenario : scenariosOf(pack)) {
        checkPaths(*scenario, findings);
        checkFlags(*scenario, findings);
    }
}

} // namespace mamori::lessons::lint
