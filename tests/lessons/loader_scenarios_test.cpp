// Parsing of branching scenarios.

#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::lessons;
using mamori::test::loadXml;
using mamori::test::packXml;
using mamori::test::text;

namespace {

const std::string kScenario = R"(<scenario id="call" start="ring" pass-score="2">
  <title><ja>電話</ja><en>The call</en></title>
  <description><ja>説明</ja><en>About</en></description>
  <node id="ring">
    <situation><ja>電話が鳴る</ja><en>The phone <em>rings</em></en></situation>
    <option id="tell" goto="later" score="-3" set="told worried">
      <ja>教える</ja><en>Tell</en>
      <feedback><ja>危険</ja><en>Risky</en></feedback>
    </option>
    <option id="check" goto="later" score="+2" set="checked"><ja>確認</ja><en>Check</en></option>
  </node>
  <node id="later">
    <situation><ja>後で</ja><en>Later</en></situation>
    <option id="report" goto="good">
      <ja>報告</ja><en>Report</en>
      <when set="told" unset="checked" goto="mixed"/>
      <when set="worried" goto="bad"/>
    </option>
  </node>
  <ending id="good" outcome="good"><title><ja>良</ja><en>Good</en></title><debrief><ja>よい</ja><en>Well done</en></debrief></ending>
  <ending id="mixed" outcome="acceptable" score="1"><title><ja>可</ja><en>OK</en></title><debrief><ja>まあ</ja><en>So-so</en></debrief></ending>
  <ending id="bad" outcome="bad" score="-5"><title><ja>不可</ja><en>Bad</en></title><debrief><ja>だめ</ja><en>No</en></debrief></ending>
</scenario>)";

} // namespace

TEST_CASE("a scenario's nodes, options, flags, conditions and endings are read")
{
    const auto result = loadXml(packXml(kScenario));
    for (const auto& line : mamori::test::describe(result.diagnostics)) MESSAGE(line);
    REQUIRE(result.ok());
    const Scenario& s = result.pack->scenarios.at(0);
    CHECK(s.id == "call");
    CHECK(s.start == "ring");
    CHECK(s.passScore == 2);
    CHECK(s.title.plain(Language::English) == "The call");
    REQUIRE(s.nodes.size() == 2);
    REQUIRE(s.endings.size() == 3);

    const ScenarioNode* ring = s.node("ring");
    REQUIRE(ring);
    CHECK(ring->situation.in(Language::English).spans.back() == Span{"rings", Emphasis::Em});
    REQUIRE(ring->options.size() == 2);
    const ScenarioOption& tell = ring->options[0];
    CHECK(tell.target == "later");
    CHECK(tell.scoreChange == -3);
    CHECK(tell.setsFlags == std::vector<std::string>{"told", "worried"});
    CHECK(tell.feedback.plain(Language::English) == "Risky");
    CHECK(ring->options[1].scoreChange == 2);  // "+2" is accepted

    const ScenarioOption& report = s.node("later")->options.at(0);
    REQUIRE(report.conditions.size() == 2);
    CHECK(report.conditions[0].requiredSet == std::vector<std::string>{"told"});
    CHECK(report.conditions[0].requiredUnset == std::vector<std::string>{"checked"});
    CHECK(report.conditions[0].target == "mixed");
    CHECK(report.conditions[1].target == "bad");
    CHECK(report.target == "good");

    CHECK(s.ending("good")->outcome == Outcome::Good);
    CHECK_FALSE(s.ending("good")->fixedScore.has_value());
    CHECK(s.ending("mixed")->outcome == Outcome::Acceptable);
    CHECK(s.ending("mixed")->fixedScore == 1);
    CHECK(s.ending("bad")->fixedScore == -5);
    CHECK(s.ending("bad")->debrief.plain(Language::Japanese) == "だめ");
    CHECK(result.pack->scenario("call") == &s);
}

TEST_CASE("a scenario can sit inside a lesson")
{
    const std::string lesson = "<lesson id=\"l\">" + text("title", "課", "Lesson") + "<page id=\"p\">" + text("title", "頁", "Page") +
                               text("p", "本文", "Body") + "</page>" + kScenario + "</lesson>";
    const auto result = loadXml(packXml(lesson));
    REQUIRE(result.ok());
    CHECK(result.pack->lessons[0].scenarios.size() == 1);
    CHECK(result.pack->scenario("call") == &result.pack->lessons[0].scenarios[0]);
}

TEST_CASE("a destination that exists only through a condition still counts as reachable")
{
    const auto result = loadXml(packXml(kScenario));
    REQUIRE(result.ok());
    CHECK(result.warnings == 0);  // 'mixed' and 'bad' are reached only through <when>
}

TEST_CASE("every unknown destination in a scenario is reported, not just the first")
{
    std::string broken = kScenario;
    broken.replace(broken.find("goto=\"mixed\""), 12, "goto=\"mixd\"");
    broken.replace(broken.find("goto=\"good\""), 11, "goto=\"gold\"");
    const auto result = loadXml(packXml(broken));
    CHECK_FALSE(result.ok());
    std::vector<std::string> unknown;
    for (const auto& d : result.diagnostics) {
        if (d.code == "unknown-node") unknown.push_back(d.message);
    }
    CHECK(unknown == std::vector<std::string>{"option 'report' goes to unknown node 'gold'; did you mean 'good'?",
                                              "<when> of option 'report' goes to unknown node 'mixd'; did you mean 'mixed'?"});
}
