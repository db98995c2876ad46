// General behaviour of the loader: all problems reported, warnings versus errors, files.

#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/pack_discovery.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace mamori::lessons;
using mamori::test::describe;
using mamori::test::loadXml;
using mamori::test::packXml;
using mamori::test::text;

TEST_CASE("every problem in a file is reported, in line order")
{
    const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<pack id="p" version="1" format="1" languages="ja en" minuts="5">
  <title><ja>題</ja></title>
  <description><ja>説明</ja><en>About</en></description>
  <lesson id="l">
    <title><ja>課</ja><en>Lesson</en></title>
    <page id="p1">
      <title><ja>頁</ja><en>Page</en></title>
      <paragraph><ja>本文</ja><en>Body</en></paragraph>
    </page>
  </lesson>
</pack>
)";
    const auto result = loadXml(xml);
    CHECK_FALSE(result.ok());
    CHECK(describe(result.diagnostics) ==
          std::vector<std::string>{
              "2: error: unknown attribute 'minuts' on <pack>; did you mean 'minutes'?",
              "3: error: missing English (en) text in <title>",
              "7: error: <page> needs at least one <heading>, <p>, <list>, <callout> or <image>",
              "9: error: unknown element <paragraph> in <page>; expected <title>, <narration>, <heading>, <p>, <list>, "
              "<callout> or <image>",
          });
    CHECK(result.errors == 4);
}

TEST_CASE("a pack with only warnings loads")
{
    const std::string scenario = "<scenario id=\"s\" start=\"a\" pass-score=\"0\">" + text("title", "題", "T") +
                                 "<node id=\"a\">" + text("situation", "状況", "S") + "<option id=\"o\" goto=\"end\">" +
                                 "<ja>進む</ja><en>Go</en></option></node>" + "<node id=\"orphan\">" + text("situation", "状況", "S") +
                                 "<option id=\"o\" goto=\"end\"><ja>進む</ja><en>Go</en></option></node>" +
                                 "<ending id=\"end\" outcome=\"good\">" + text("title", "終", "End") + text("debrief", "よし", "Fine") +
                                 "</ending></scenario>";
    const auto result = loadXml(packXml(scenario));
    CHECK(result.ok());
    CHECK(result.errors == 0);
    CHECK(result.warnings == 1);
}

TEST_CASE("diagnostics read like gcc's, so that editors jump to them")
{
    CHECK(formatDiagnostic({"packs/a/pack.xml", 12, Severity::Error, "x", "unknown element <choise>"}) ==
          "packs/a/pack.xml:12: error: unknown element <choise>");
    CHECK(formatDiagnostic({"pack.xml", 3, Severity::Warning, "x", "node 'n' cannot be reached"}) ==
          "pack.xml:3: warning: node 'n' cannot be reached");
    CHECK(formatDiagnostic({"pack.xml", 0, Severity::Error, "x", "the file is empty"}) == "pack.xml: error: the file is empty");
}

TEST_CASE("a missing file is reported, not thrown")
{
    const auto result = loadPackFile("/nonexistent/mamori/pack.xml");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(formatDiagnostic(result.diagnostics[0]) == "/nonexistent/mamori/pack.xml: error: no such file");
}

TEST_CASE("a folder is not a pack file")
{
    mamori::test::TemporaryDirectory folder;
    const auto result = loadPackFile(folder.path());
    CHECK_FALSE(result.ok());
    CHECK(result.diagnostics.at(0).message == "is a folder, not a regular file");
}

TEST_CASE("loading from a file remembers where the pack lives")
{
    mamori::test::TemporaryDirectory folder;
    const auto file = folder.write("demo/pack.xml", packXml("<lesson id=\"l\">" + text("title", "課", "L") + "<page id=\"p\">" +
                                                            text("title", "頁", "P") + text("p", "本", "B") + "</page></lesson>"));
    const auto result = loadPackFile(file);
    REQUIRE(result.ok());
    CHECK(result.pack->file == file);
    CHECK(result.pack->directory == folder.path() / "demo");
}

TEST_CASE("pack discovery: a file, a pack folder, or a folder of packs")
{
    mamori::test::TemporaryDirectory folder;
    const auto a = folder.write("packs/a/pack.xml", "<pack/>");
    const auto b = folder.write("packs/b/pack.xml", "<pack/>");
    folder.write("packs/notes/readme.txt", "not a pack");
    CHECK(findPackFiles(a) == std::vector<std::filesystem::path>{a});
    CHECK(findPackFiles(folder.path() / "packs/b") == std::vector<std::filesystem::path>{b});
    CHECK(findPackFiles(folder.path() / "packs") == std::vector<std::filesystem::path>{a, b});
    CHECK(findPackFiles(folder.path() / "missing").empty());
}

TEST_CASE("the shipped packs load without errors or warnings")
{
    const auto files = findPackFiles(mamori::test::shippedPacksDir());
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
        CAPTURE(file);
        const auto result = loadPackFile(file);
        for (const auto& line : describe(result.diagnostics)) MESSAGE(line);
        CHECK(result.ok());
        CHECK(result.warnings == 0);
    }
}

TEST_CASE("the complete example in the trainer's guide is a valid pack")
{
    std::ifstream guide(mamori::test::sourceDir() / "lessons" / "README.md");
    std::stringstream content;
    content << guide.rdbuf();
    const std::string text = content.str();
    const auto start = text.find("```xml\n<?xml");
    REQUIRE(start != std::string::npos);
    const auto end = text.find("```", start + 6);
    const std::string example = text.substr(start + 7, end - start - 7);

    // The example's pictures and audio are not shipped; stand-ins with the right signatures do.
    mamori::test::TemporaryDirectory folder;
    folder.write("images/three-requirements.png", mamori::test::tinyPng());
    folder.write("audio/intro-ja.ogg", "OggS");
    folder.write("audio/intro-en.ogg", "OggS");
    const auto result = loadXml(example, folder.path());
    for (const auto& line : describe(result.diagnostics)) MESSAGE(line);
    CHECK(result.ok());
    CHECK(result.warnings == 0);
}
