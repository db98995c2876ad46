#include "mamori/scoring/scenario_run.hpp"

#include "mamori/lessons/scenario_paths.hpp"

#include <algorithm>

namespace mamori::scoring {

using namespace mamori::lessons;

ScenarioRunRecord startRun(const Scenario& scenario, int number, Timestamp now, const std::string& packVersion)
{
    ScenarioRunRecord run;
    run.scenarioId = scenario.id;
    run.number = number;
    run.packVersion = packVersion;
    run.started = now;
    return run;
}

std::string destinationOf(const ScenarioOption& option, const std::set<std::string>& flags)
{
    return lessons::optionDestination(option, flags);   // one rule, shared with the path analysis
}

RunPosition runPosition(const Scenario& scenario, const ScenarioRunRecord& run)
{
    RunPosition position;
    position.currentId = scenario.start;
    position.node = scenario.node(scenario.start);
    for (const ScenarioStep& step : run.path) {
        if (!position.node || position.node->id != step.nodeId) break;  // the pack changed under this run
        auto option = std::find_if(position.node->options.begin(), position.node->options.end(),
                                   [&](const ScenarioOption& o) { return o.id == step.optionId; });
        if (option == position.node->options.end()) {
            position.node = nullptr;
            break;
        }
        position.pathScore += option->scoreChange;
        position.flags.insert(option->setsFlags.begin(), option->setsFlags.end());
        position.currentId = destinationOf(*option, position.flags);
        position.node = scenario.node(position.currentId);
        position.ending = scenario.ending(position.currentId);
    }
    return position;
}

Result<ChoiceOutcome> chooseOption(ScenarioRunRecord& run, const Scenario& scenario, const std::string& optionId, Timestamp now)
{
    if (run.isFinished()) return refuse(RefusalCode::RunFinished, "this scenario run has already ended");
    const RunPosition position = runPosition(scenario, run);
    if (!position.node) return refuse(RefusalCode::RunBroken, "this run no longer matches the scenario (the pack changed)");
    auto option = std::find_if(position.node->options.begin(), position.node->options.end(),
                               [&](const ScenarioOption& o) { return o.id == optionId; });
    if (option == position.node->options.end()) {
        std::string known;
        for (const ScenarioOption& o : position.node->options) known += (known.empty() ? "" : ", ") + o.id;
        return refuse(RefusalCode::UnknownOption, "node '" + position.node->id + "' has no option '" + optionId + "' (options: " + known + ")");
    }
    run.path.push_back({position.node->id, optionId, now});
    std::set<std::string> flags = position.flags;
    flags.insert(option->setsFlags.begin(), option->setsFlags.end());
    ChoiceOutcome outcome{&*option, destinationOf(*option, flags), false};
    if (const ScenarioEnding* ending = scenario.ending(outcome.destination)) {
        outcome.ended = true;
        run.finished = now;
        run.endingId = ending->id;
        run.outcome = std::string(outcomeName(ending->outcome));
        run.score = ending->fixedScore.value_or(position.pathScore + option->scoreChange);
        run.passed = run.score >= scenario.passScore;
    }
    return outcome;
}

bool scenarioPassed(const std::vector<const ScenarioRunRecord*>& runs)
{
    return std::any_of(runs.begin(), runs.end(), [](const ScenarioRunRecord* r) { return r->isFinished() && r->passed; });
}

} // namespace mamori::scoring
