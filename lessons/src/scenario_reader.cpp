#include "scenario_reader.hpp"

#include "did_you_mean.hpp"
#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/scenario_graph.hpp"
#include "text_reader.hpp"

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

/// Every node and ending id in document order, for "did you mean" suggestions.
std::vector<std::string_view> placeIds(const Scenario& scenario)
{
    std::vector<std::string_view> ids;
    for (const auto& n : scenario.nodes) ids.push_back(n.id);
    for (const auto& e : scenario.endings) ids.push_back(e.id);
    return ids;
}

void reportUnknownDestinations(const Scenario& scenario, const ScenarioGraph& graph, ReadContext& context)
{
    if (graph.unknownDestinations().empty()) return;
    const auto ids = placeIds(scenario);
    for (const auto& unknown : graph.unknownDestinations()) {
        const std::string target(unknown.target);
        std::string message = (unknown.condition ? "<when> of option " : "option ") + quote(unknown.option->id) +
                              " goes to unknown node " + quote(target);
        if (auto suggestion = closestName(target, ids)) message += "; did you mean " + quote(*suggestion) + "?";
        context.diagnostics.error(unknown.line, "unknown-node", std::move(message));
    }
}

void reportFlagsNeverSet(const ScenarioGraph& graph, ReadContext& context)
{
    for (const auto& never : graph.flagsNeverSet()) {
        context.diagnostics.warning(never.line, "unset-flag",
                                    "flag " + quote(never.flag) + " is tested here, but no option sets it");
    }
}

/// The start names an ending or nothing at all.
void reportBadStart(const Scenario& scenario, const XMLElement& element, ReadContext& context)
{
    const bool isEnding = scenario.ending(scenario.start) != nullptr;
    std::string message = isEnding ? "the start " + quote(scenario.start) + " is an <ending>; start at a <node>"
                                   : "start node " + quote(scenario.start) + " does not exist";
    const auto suggestion = isEnding ? std::nullopt : closestName(scenario.start, placeIds(scenario));
    if (suggestion) message += "; did you mean " + quote(*suggestion) + "?";
    context.diagnostics.error(attributeLine(element, "start"), "unknown-node", std::move(message));
}

/// Nodes and endings a learner never sees, and nodes from which no ending can be reached.
void reportStrandedPlaces(const Scenario& scenario, const ScenarioGraph& graph, const std::vector<bool>& finishing,
                          ReadContext& context)
{
    const std::vector<bool> reached = graph.reachableFromStart();
    for (const ScenarioNode& node : scenario.nodes) {
        const std::size_t place = *graph.placeOf(node.id);
        if (!reached[place]) {
            context.diagnostics.warning(node.line, "unreachable-node",
                                        "node " + quote(node.id) + " cannot be reached from the start node " +
                                            quote(scenario.start));
        } else if (!finishing[place] && !scenario.endings.empty()) {
            context.diagnostics.warning(node.line, "dead-end-node",
                                        "no ending can be reached from node " + quote(node.id) +
                                            "; a learner there is stuck");
        }
    }
    for (const ScenarioEnding& ending : scenario.endings) {
        if (!reached[*graph.placeOf(ending.id)]) {
            context.diagnostics.warning(ending.line, "unreachable-node",
                                        "ending " + quote(ending.id) + " cannot be reached from the start node " +
                                            quote(scenario.start));
        }
    }
}

/// Checks destinations, the flags tested, the start, reachability from the start, and that
/// every node can reach an ending.
void checkGraph(const Scenario& scenario, const XMLElement& element, ReadContext& context)
{
    const ScenarioGraph graph(scenario);
    reportUnknownDestinations(scenario, graph, context);
    reportFlagsNeverSet(graph, context);
    if (scenario.endings.empty()) {
        context.error(element, "no-ending", "<scenario> " + quote(scenario.id) + " has no <ending>");
    }
    if (scenario.start.empty()) return;
    const auto start = graph.startNode();
    if (!start) {
        reportBadStart(scenario, element, context);
        return;
    }
    const std::vector<bool> finishing = graph.canReachEnding();
    if (!finishing[*start] && !scenario.endings.empty()) {
        // Not a detail to fix later: no learner could ever finish this scenario.
        context.diagnostics.error(attributeLine(element, "start"), "no-way-to-end",
                                  "no ending can be reached from the start node " + quote(scenario.start) +
                                      ": no learner could ever finish this scenario");
        return;
    }
    reportStrandedPlaces(scenario, graph, finishing, context);
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
