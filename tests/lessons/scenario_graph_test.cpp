// The scenario-graph analysis on its own, on scenarios built in memory.

#include "mamori/lessons/scenario_graph.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mamori::lessons;
using mamori::lessons::ScenarioGraph;

namespace {

ScenarioOption option(std::string id, std::string target, std::vector<std::string> sets = {},
                      std::vector<ConditionalGoto> conditions = {})
{
    ScenarioOption o;
    o.id = std::move(id);
    o.target = std::move(target);
    o.setsFlags = std::move(sets);
    o.conditions = std::move(conditions);
    return o;
}

ScenarioNode node(std::string id, std::vector<ScenarioOption> options, int line = 0)
{
    ScenarioNode n;
    n.id = std::move(id);
    n.options = std::move(options);
    n.line = line;
    return n;
}

ScenarioEnding ending(std::string id)
{
    ScenarioEnding e;
    e.id = std::move(id);
    return e;
}

/// start → (ask | guess); ask → good, or bad when "rushed" is set; guess → loop; loop → loop;
/// island is never reached; bad and good are endings, lost is never reached.
Scenario sample()
{
    Scenario s;
    s.start = "start";
    ConditionalGoto rushed{{"rushed"}, {"careful"}, "bad", 12};
    s.nodes = {node("start", {option("ask", "ask", {"careful"}), option("guess", "guess", {"rushed"})}),
               node("ask", {option("report", "good", {}, {rushed})}), node("guess", {option("wander", "loop")}),
               node("loop", {option("again", "loop")}), node("island", {option("leave", "good")})};
    s.endings = {ending("good"), ending("bad"), ending("lost")};
    return s;
}

std::vector<std::string> placesWhere(const ScenarioGraph& graph, const std::vector<bool>& flags)
{
    std::vector<std::string> ids;
    for (std::size_t p = 0; p < graph.placeCount(); ++p) {
        if (flags[p]) ids.emplace_back(graph.idOf(p));
    }
    return ids;
}

} // namespace

TEST_CASE("a scenario's places are its nodes, then its endings, found by id")
{
    const Scenario s = sample();
    const ScenarioGraph graph(s);
    REQUIRE(graph.placeCount() == 8);
    CHECK(graph.idOf(0) == "start");
    CHECK(graph.idOf(5) == "good");
    CHECK(graph.isNode(*graph.placeOf("loop")));
    CHECK(graph.isEnding(*graph.placeOf("bad")));
    CHECK_FALSE(graph.placeOf("nowhere"));
    CHECK(graph.startNode() == graph.placeOf("start"));
}

TEST_CASE("destinations include the conditional ones")
{
    const Scenario s = sample();
    const ScenarioGraph graph(s);
    const auto& fromAsk = graph.destinations(*graph.placeOf("ask"));
    CHECK(fromAsk == std::vector<std::size_t>{*graph.placeOf("good"), *graph.placeOf("bad")});
    CHECK(graph.unknownDestinations().empty());
}

TEST_CASE("reachability runs forward from the start and backward from the endings")
{
    const Scenario s = sample();
    const ScenarioGraph graph(s);
    CHECK(placesWhere(graph, graph.reachableFromStart()) ==
          std::vector<std::string>{"start", "ask", "guess", "loop", "good", "bad"});
    CHECK(placesWhere(graph, graph.canReachEnding()) ==
          std::vector<std::string>{"start", "ask", "island", "good", "bad", "lost"});
}

TEST_CASE("unknown destinations and flags tested but never set are found in document order")
{
    Scenario s = sample();
    s.nodes[2].options[0].target = "lop";
    s.nodes[0].options[0].conditions.push_back({{"lucky"}, {"careful", "unseen"}, "nowhere", 30});
    const ScenarioGraph graph(s);
    REQUIRE(graph.unknownDestinations().size() == 2);
    CHECK(graph.unknownDestinations()[0].target == "nowhere");
    CHECK(graph.unknownDestinations()[0].condition != nullptr);
    CHECK(graph.unknownDestinations()[0].line == 30);
    CHECK(graph.unknownDestinations()[1].target == "lop");
    CHECK(graph.unknownDestinations()[1].condition == nullptr);
    CHECK(graph.unknownDestinations()[1].option->id == "wander");
    const auto never = graph.flagsNeverSet();
    REQUIRE(never.size() == 2);
    CHECK(never[0].flag == "lucky");
    CHECK(never[1].flag == "unseen");
    CHECK(graph.flagsSet().count("rushed") == 1);
}

TEST_CASE("without a start node nothing is reachable")
{
    Scenario s = sample();
    s.start = "good"; // an ending
    const ScenarioGraph toEnding(s);
    CHECK_FALSE(toEnding.startNode());
    CHECK(placesWhere(toEnding, toEnding.reachableFromStart()).empty());
    s.start = "";
    CHECK_FALSE(ScenarioGraph(s).startNode());
}

TEST_CASE("a duplicate id makes one place, as the validator reports it once")
{
    Scenario s = sample();
    s.nodes.push_back(node("loop", {option("out", "good")}));
    const ScenarioGraph graph(s);
    CHECK(graph.placeCount() == 8);
    CHECK(graph.canReachEnding()[*graph.placeOf("loop")]); // through the second <node id="loop">
}
