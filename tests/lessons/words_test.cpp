// The one tokenizer for attribute values (words.hpp), and the readers that use it.

#include "words.hpp"

#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mamori::lessons;
using mamori::lessons::detail::hasXmlSpace;
using mamori::lessons::detail::isBlank;
using mamori::lessons::detail::Words;
using mamori::test::loadXml;
using mamori::test::packXml;

namespace {

std::vector<std::string> words(std::string_view value)
{
    std::vector<std::string> out;
    for (const std::string_view word : Words(value)) out.emplace_back(word);
    return out;
}

} // namespace

TEST_CASE("words are split on XML whitespace only, with no empty words")
{
    CHECK(words("ja en") == std::vector<std::string>{"ja", "en"});
    CHECK(words("  told\tworried\r\n checked  ") == std::vector<std::string>{"told", "worried", "checked"});
    CHECK(words("one") == std::vector<std::string>{"one"});
    CHECK(words("").empty());
    CHECK(words(" \t\r\n ").empty());
    // A no-break space (U+00A0) or an ideographic space (U+3000) is text, not a separator.
    CHECK(words("a\xC2\xA0"
                "b c\xE3\x80\x80"
                "d") == std::vector<std::string>{"a\xC2\xA0"
                                                 "b",
                                                 "c\xE3\x80\x80"
                                                 "d"});
}

TEST_CASE("blank and spaced texts are told apart by XML's whitespace")
{
    CHECK(isBlank(""));
    CHECK(isBlank(" \t\r\n"));
    CHECK_FALSE(isBlank(" x "));
    CHECK_FALSE(isBlank("\xE3\x80\x80")); // an ideographic space is a character
    CHECK(hasXmlSpace("1.0 beta"));
    CHECK(hasXmlSpace("1.0\t"));
    CHECK_FALSE(hasXmlSpace("1.0.0"));
}

TEST_CASE("the pack's languages and a scenario's flags are read with the same tokenizer")
{
    const std::string scenario = R"(<scenario id="s" start="a" pass-score="0">
  <title><ja>題</ja><en>Title</en></title>
  <node id="a">
    <situation><ja>状況</ja><en>Situation</en></situation>
    <option id="o" goto="end" set="  first
        second	third ">
      <ja>選ぶ</ja><en>Choose</en>
      <when set=" first " unset="fourth  " goto="end"/>
    </option>
    <option id="p" goto="end" set="fourth"><ja>別</ja><en>Other</en></option>
  </node>
  <ending id="end" outcome="good"><title><ja>終</ja><en>End</en></title><debrief><ja>よい</ja><en>Good</en></debrief></ending>
</scenario>)";
    const auto result = loadXml(packXml(scenario, "\n  ja\ten  "));
    for (const auto& line : mamori::test::describe(result.diagnostics)) MESSAGE(line);
    REQUIRE(result.ok());
    CHECK(result.pack->languages == std::vector<Language>{Language::Japanese, Language::English});
    const ScenarioOption& option = result.pack->scenarios.at(0).nodes.at(0).options.at(0);
    CHECK(option.setsFlags == std::vector<std::string>{"first", "second", "third"});
    CHECK(option.conditions.at(0).requiredSet == std::vector<std::string>{"first"});
    CHECK(option.conditions.at(0).requiredUnset == std::vector<std::string>{"fourth"});
}

TEST_CASE("a pack version with whitespace inside is refused")
{
    std::string xml = packXml("");
    const std::string_view version = "version=\"1.0\" format";
    xml.replace(xml.find(version), version.size(), "version=\"1.0\tbeta\" format");
    const auto spaced = loadXml(xml);
    bool reported = false;
    for (const auto& d : spaced.diagnostics) reported = reported || d.code == "bad-version";
    CHECK(reported);
}
