#include "mamori/lessons/scenario_paths.hpp"

#include <algorithm>
#include <utility>

namespace mamori::lessons {
namespace {

struct Walker {
    const Scenario& scenario;
    const PathLimits& limits;
    ScenarioPaths result;
    std::size_t visits = 0;
    std::vector<std::pair<const ScenarioNode*, std::set<std::string>>> onPath; // (node, flags), for loops

    bool full()
    {
        if (result.paths.size() >= limits.maxPaths || visits >= limits.maxVisits) result.truncated = true;
        return result.truncated;
    }

    void brokenOff(const ScenarioPath& path, std::string problem)
    {
        ScenarioPath broken = path;
        broken.problem = std::move(problem);
        result.paths.push_back(std::move(broken));
    }

    void walk(const std::string& nodeId, ScenarioPath& path)
    {
        if (full()) return;
        ++visits;
        const ScenarioNode* node = scenario.node(nodeId);
        if (!node) return brokenOff(path, "goes to '" + nodeId + "', which is neither a node nor an ending");
        if (path.steps.size() >= limits.maxSteps) {
            result.truncated = true;
            return brokenOff(path,
                             "is longer than " + std::to_string(limits.maxSteps) + " choices; not followed further");
        }
        const auto here = std::make_pair(node, path.flags);
        if (std::find(onPath.begin(), onPath.end(), here) != onPath.end())
            return brokenOff(path, "comes back to node '" + nodeId + "' with the same flags: a loop");
        onPath.push_back(here);
        for (const ScenarioOption& option : node->options) {
            if (full()) break;
            ScenarioPath next = path;
            next.steps.push_back({node, &option});
            next.flags.insert(option.setsFlags.begin(), option.setsFlags.end());
            next.score += option.scoreChange;
            const std::string& target = optionDestination(option, next.flags);
            if (const ScenarioEnding* ending = scenario.ending(target)) {
                next.ending = ending;
                next.score = ending->fixedScore.value_or(next.score);
                result.paths.push_back(std::move(next));
            } else {
                walk(target, next);
            }
        }
        onPath.pop_back();
    }
};

} // namespace

const std::string& optionDestination(const ScenarioOption& option, const std::set<std::string>& flags)
{
    for (const ConditionalGoto& condition : option.conditions) {
        const bool allSet = std::all_of(condition.requiredSet.begin(), condition.requiredSet.end(),
                                        [&](const std::string& f) { return flags.count(f) > 0; });
        const bool allUnset = std::none_of(condition.requiredUnset.begin(), condition.requiredUnset.end(),
                                           [&](const std::string& f) { return flags.count(f) > 0; });
        if (allSet && allUnset) return condition.target;
    }
    return option.target;
}

std::string ScenarioPath::describe() const
{
    std::string out;
    for (const Step& step : steps) out += (out.empty() ? "" : " → ") + step.node->id + "/" + step.option->id;
    out += " ⇒ " + (ending ? ending->id : "(" + problem + ")") + ", score " + std::to_string(score);
    return out;
}

ScenarioPaths enumeratePaths(const Scenario& scenario, const PathLimits& limits)
{
    Walker walker{scenario, limits, {}, 0, {}};
    ScenarioPath start;
    walker.walk(scenario.start, start);
    return std::move(walker.result);
}

} // namespace mamori::lessons
