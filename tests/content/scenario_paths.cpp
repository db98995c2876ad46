#include "scenario_paths.hpp"

#include "mamori/scoring/scenario_run.hpp"

#include <algorithm>
#include <utility>

namespace mamori::test {
namespace {

struct Walker {
    const lessons::Scenario& scenario;
    std::size_t limit;
    std::vector<ScenarioPath> paths;
    std::vector<std::pair<std::string, std::set<std::string>>> onPath;   // (node, flags) visited, for loops

    void walk(const std::string& nodeId, ScenarioPath& path)
    {
        if (paths.size() >= limit) return;
        const lessons::ScenarioNode* node = scenario.node(nodeId);
        if (!node) {
            ScenarioPath broken = path;
            broken.problem = "goes to '" + nodeId + "', which is neither a node nor an ending";
            paths.push_back(std::move(broken));
            return;
        }
        const std::pair<std::string, std::set<std::string>> here{nodeId, path.flags};
        if (std::find(onPath.begin(), onPath.end(), here) != onPath.end()) {
            ScenarioPath loop = path;
            loop.problem = "comes back to node '" + nodeId + "' with the same flags: a loop";
            paths.push_back(std::move(loop));
            return;
        }
        onPath.push_back(here);
        for (const lessons::ScenarioOption& option : node->options) {
            ScenarioPath next = path;
            next.options.push_back(nodeId + "/" + option.id);
            next.flags.insert(option.setsFlags.begin(), option.setsFlags.end());
            next.score += option.scoreChange;
            const std::string target = scoring::destinationOf(option, next.flags);
            if (const lessons::ScenarioEnding* ending = scenario.ending(target)) {
                next.ending = ending->id;
                next.score = ending->fixedScore.value_or(next.score);
                paths.push_back(std::move(next));
            } else {
                walk(target, next);
            }
        }
        onPath.pop_back();
    }
};

} // namespace

std::string ScenarioPath::describe() const
{
    std::string out;
    for (const std::string& option : options) out += (out.empty() ? "" : " → ") + option;
    out += " ⇒ " + (ending.empty() ? "(" + problem + ")" : ending) + ", score " + std::to_string(score);
    return out;
}

std::vector<ScenarioPath> allPaths(const lessons::Scenario& scenario, std::size_t limit)
{
    Walker walker{scenario, limit, {}, {}};
    ScenarioPath start;
    walker.walk(scenario.start, start);
    return std::move(walker.paths);
}

} // namespace mamori::test
