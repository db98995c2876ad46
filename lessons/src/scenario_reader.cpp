#include "scenario_reader.hpp"

#include "did_you_mean.hpp"
#include "mamori/lessons/limits.hpp"
#include "text_reader.hpp"

#include <map>
#include <set>

namespace mamori::lessons::detail {
namespace {

ScenarioOption readOption(const XMLElement& element, ReadContext& context, IdRegistry& optionIds)
{
    ScenarioOption option;
    option.line = element.GetLineNum();
    option.id = context.id(element);
    optionIds.add(option.id, option.line, context.diagnostics);
    option.target = context.id(element, "goto");
    option.scoreChange =
        context.integer(element, "score", -limits::kMaxScoreMagnitude, limits::kMaxScoreMagnitude).value_or(0);
    option.setsFlags = context.idList(element, "set");
    option.text = readText(element, context);
    option.feedback = readOptionalText(element, "feedback", context);
    ReadContext::forEach(element, "when", [&](const XMLElement& e) {
        context.checkStructure(e);
        ConditionalGoto condition;
        condition.line = e.GetLineNum();
        condition.requiredSet = context.idList(e, "set");
        condition.requiredUnset = context.idList(e, "unset");
        condition.target = context.id(e, "goto");
        if (!e.Attribute("set") && !e.Attribute("unset")) {
            context.error(e, "missing-attribute", "<when> needs 'set' or 'unset' (or both) to say which flags it tests");
        }
        option.conditions.push_back(std::move(condition));
    });
    return option;
}

ScenarioNode readNode(const XMLElement& element, ReadContext& context)
{
    context.checkStructure(element);
    ScenarioNode node;
    node.line = element.GetLineNum();
    node.id = context.id(element);
    node.situation = readOptionalText(element, "situation", context);
    IdRegistry optionIds("option");
    ReadContext::forEach(element, "option",
                         [&](const XMLElement& e) { node.options.push_back(readOption(e, context, optionIds)); });
    return node;
}

ScenarioEnding readEnding(const XMLElement& element, ReadContext& context)
{
    context.checkStructure(element);
    ScenarioEnding ending;
    ending.line = element.GetLineNum();
    ending.id = context.id(element);
    ending.outcome = context.choice<Outcome>(element, "outcome",
                                             {{"good", Outcome::Good}, {"acceptable", Outcome::Acceptable}, {"bad", Outcome::Bad}})
                         .value_or(Outcome::Acceptable);
    ending.fixedScore = context.integer(element, "score", -limits::kMaxScoreMagnitude * 100, limits::kMaxScoreMagnitude * 100);
    ending.title = readOptionalText(element, "title", context);
    ending.debrief = readOptionalText(element, "debrief", context);
    return ending;
}

/// Checks destinations, reachability from the start, and that every node can reach an ending.
void checkGraph(const Scenario& scenario, const XMLElement& element, ReadContext& context)
{
    std::vector<std::string_view> allIds;
    for (const auto& n : scenario.nodes) allIds.push_back(n.id);
    for (const auto& e : scenario.endings) allIds.push_back(e.id);
    auto exists = [&](const std::string& id) { return scenario.node(id) || scenario.ending(id); };
    auto reportUnknown = [&](int line, const std::string& what, const std::string& target) {
        std::string message = what + " goes to unknown node " + quote(target);
        if (auto suggestion = closestName(target, allIds)) message += "; did you mean " + quote(*suggestion) + "?";
        context.diagnostics.error(line, "unknown-node", std::move(message));
    };

    std::map<std::string, std::vector<std::string>> edges;  // node id -> possible destinations
    std::set<std::string> flagsSet;
    for (const ScenarioNode& node : scenario.nodes) {
        for (const ScenarioOption& option : node.options) {
            flagsSet.insert(option.setsFlags.begin(), option.setsFlags.end());
            if (!option.target.empty()) {
                if (exists(option.target)) edges[node.id].push_back(option.target);
                else reportUnknown(option.line, "option " + quote(option.id), option.target);
            }
            for (const ConditionalGoto& condition : option.conditions) {
                if (condition.target.empty()) continue;
                if (exists(condition.target)) edges[node.id].push_back(condition.target);
                else reportUnknown(condition.line, "<when> of option " + quote(option.id), condition.target);
            }
        }
    }
    for (const ScenarioNode& node : scenario.nodes) {
        for (const ScenarioOption& option : node.options) {
            for (const ConditionalGoto& condition : option.conditions) {
                for (const auto* flags : {&condition.requiredSet, &condition.requiredUnset}) {
                    for (const std::string& flag : *flags) {
                        if (!flagsSet.count(flag)) {
                            context.diagnostics.warning(condition.line, "unset-flag",
                                                        "flag " + quote(flag) + " is tested here, but no option sets it");
                        }
                    }
                }
            }
        }
    }

    if (scenario.endings.empty()) {
        context.error(element, "no-ending", "<scenario> " + quote(scenario.id) + " has no <ending>");
    }
    if (scenario.start.empty()) return;
    if (!scenario.node(scenario.start)) {
        std::string message = scenario.ending(scenario.start)
                                  ? "the start " + quote(scenario.start) + " is an <ending>; start at a <node>"
                                  : "start node " + quote(scenario.start) + " does not exist";
        if (!scenario.ending(scenario.start)) {
            if (auto suggestion = closestName(scenario.start, allIds)) message += "; did you mean " + quote(*suggestion) + "?";
        }
        context.diagnostics.error(attributeLine(element, "start"), "unknown-node", std::move(message));
        return;
    }

    // Forward reachability from the start, following every possible destination.
    std::set<std::string> reached{scenario.start};
    std::vector<std::string> work{scenario.start};
    while (!work.empty()) {
        const std::string current = work.back();
        work.pop_back();
        for (const std::string& next : edges[current]) {
            if (reached.insert(next).second) work.push_back(next);
        }
    }
    // Backward: which nodes can reach an ending.
    std::set<std::string> finishing;
    for (const auto& e : scenario.endings) finishing.insert(e.id);
    for (bool grew = true; grew;) {
        grew = false;
        for (const ScenarioNode& node : scenario.nodes) {
            if (finishing.count(node.id)) continue;
            for (const std::string& next : edges[node.id]) {
                if (finishing.count(next)) {
                    finishing.insert(node.id);
                    grew = true;
                    break;
                }
            }
        }
    }
    if (!finishing.count(scenario.start) && scenario.node(scenario.start) && !scenario.endings.empty()) {
        // Not a detail to fix later: no learner could ever finish this scenario.
        context.diagnostics.error(attributeLine(element, "start"), "no-way-to-end",
                                  "no ending can be reached from the start node " + quote(scenario.start) +
                                      ": no learner could ever finish this scenario");
        return;
    }
    for (const ScenarioNode& node : scenario.nodes) {
        if (!reached.count(node.id)) {
            context.diagnostics.warning(node.line, "unreachable-node",
                                        "node " + quote(node.id) + " cannot be reached from the start node " + quote(scenario.start));
        } else if (!finishing.count(node.id) && !scenario.endings.empty()) {
            context.diagnostics.warning(node.line, "dead-end-node",
                                        "no ending can be reached from node " + quote(node.id) + "; a learner there is stuck");
        }
    }
    for (const ScenarioEnding& ending : scenario.endings) {
        if (!reached.count(ending.id)) {
            context.diagnostics.warning(ending.line, "unreachable-node",
                                        "ending " + quote(ending.id) + " cannot be reached from the start node " + quote(scenario.start));
        }
    }
}

} // namespace

Scenario readScenario(const XMLElement& element, ReadContext& context)
{
    context.checkStructure(element);
    Scenario scenario;
    scenario.line = element.GetLineNum();
    scenario.id = context.id(element);
    scenario.start = context.id(element, "start");
    scenario.passScore =
        context.integer(element, "pass-score", -limits::kMaxScoreMagnitude * 100, limits::kMaxScoreMagnitude * 100).value_or(0);
    scenario.title = readOptionalText(element, "title", context);
    scenario.description = readOptionalText(element, "description", context);
    IdRegistry nodeIds("node");
    ReadContext::forEachElement(element, [&](const XMLElement& e) {
        const std::string_view name = e.Name();
        if (name == "node") {
            scenario.nodes.push_back(readNode(e, context));
            nodeIds.add(scenario.nodes.back().id, e.GetLineNum(), context.diagnostics);
        } else if (name == "ending") {
            scenario.endings.push_back(readEnding(e, context));
            nodeIds.add(scenario.endings.back().id, e.GetLineNum(), context.diagnostics);
        }
    });
    checkGraph(scenario, element, context);
    return scenario;
}

} // namespace mamori::lessons::detail
