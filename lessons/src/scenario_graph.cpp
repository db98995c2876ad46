#include "mamori/lessons/scenario_graph.hpp"

namespace mamori::lessons {

ScenarioGraph::ScenarioGraph(const Scenario& scenario) : scenario_(scenario)
{
    places_.reserve(scenario.nodes.size() + scenario.endings.size());
    byId_.reserve(scenario.nodes.size() + scenario.endings.size());
    for (const ScenarioNode& node : scenario.nodes) places_[addPlace(node.id)].node = true;
    for (const ScenarioEnding& ending : scenario.endings) places_[addPlace(ending.id)].ending = true;
    for (const ScenarioNode& node : scenario.nodes) {
        const std::size_t from = *placeOf(node.id);
        for (const ScenarioOption& option : node.options) {
            flagsSet_.insert(option.setsFlags.begin(), option.setsFlags.end());
            addEdges(from, option);
        }
    }
}

std::size_t ScenarioGraph::addPlace(std::string_view id)
{
    const auto [it, added] = byId_.emplace(id, places_.size());
    if (added) places_.push_back({id, false, false, {}});
    return it->second;
}

void ScenarioGraph::addEdges(std::size_t from, const ScenarioOption& option)
{
    auto follow = [&](std::string_view target, const ConditionalGoto* condition, int line) {
        if (target.empty()) return; // a missing or malformed goto, reported where it was read
        if (const auto to = placeOf(target))
            places_[from].destinations.push_back(*to);
        else
            unknown_.push_back({&option, condition, target, line});
    };
    follow(option.target, nullptr, option.line);
    for (const ConditionalGoto& condition : option.conditions) follow(condition.target, &condition, condition.line);
}

std::optional<std::size_t> ScenarioGraph::placeOf(std::string_view id) const
{
    const auto it = byId_.find(id);
    if (it == byId_.end()) return std::nullopt;
    return it->second;
}

std::vector<ScenarioGraph::FlagNeverSet> ScenarioGraph::flagsNeverSet() const
{
    std::vector<FlagNeverSet> never;
    for (const ScenarioNode& node : scenario_.nodes) {
        for (const ScenarioOption& option : node.options) {
            for (const ConditionalGoto& condition : option.conditions) {
                for (const auto* flags : {&condition.requiredSet, &condition.requiredUnset}) {
                    for (const std::string& flag : *flags) {
                        if (!flagsSet_.count(flag)) never.push_back({flag, condition.line});
                    }
                }
            }
        }
    }
    return never;
}

std::optional<std::size_t> ScenarioGraph::startNode() const
{
    if (scenario_.start.empty()) return std::nullopt;
    const auto start = placeOf(scenario_.start);
    if (!start || !isNode(*start)) return std::nullopt;
    return start;
}

std::vector<bool> ScenarioGraph::reachableFromStart() const
{
    std::vector<bool> reached(places_.size(), false);
    const auto start = startNode();
    if (!start) return reached;
    std::vector<std::size_t> work{*start};
    reached[*start] = true;
    while (!work.empty()) {
        const std::size_t current = work.back();
        work.pop_back();
        for (const std::size_t next : places_[current].destinations) {
            if (!reached[next]) {
                reached[next] = true;
                work.push_back(next);
            }
        }
    }
    return reached;
}

std::vector<bool> ScenarioGraph::canReachEnding() const
{
    // Walk the edges backwards from every ending.
    std::vector<std::vector<std::size_t>> sources(places_.size());
    for (std::size_t from = 0; from < places_.size(); ++from) {
        for (const std::size_t to : places_[from].destinations) sources[to].push_back(from);
    }
    std::vector<bool> finishing(places_.size(), false);
    std::vector<std::size_t> work;
    for (std::size_t place = 0; place < places_.size(); ++place) {
        if (places_[place].ending) {
            finishing[place] = true;
            work.push_back(place);
        }
    }
    while (!work.empty()) {
        const std::size_t current = work.back();
        work.pop_back();
        for (const std::size_t previous : sources[current]) {
            if (!finishing[previous]) {
                finishing[previous] = true;
                work.push_back(previous);
            }
        }
    }
    return finishing;
}

} // namespace mamori::lessons
