// No input crashes the loader or makes it hang: each ends in a clear error.
// (How fast is measured by the lessons benchmark, not asserted here.)

#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>

using namespace mamori::lessons;
using mamori::test::loadXml;
using mamori::test::packXml;
using mamori::test::text;

namespace {

std::string shippedTour()
{
    std::ifstream in(mamori::test::shippedPacksDir() / "tour" / "pack.xml", std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

std::string firstCode(const LoadResult& result)
{
    return result.diagnostics.empty() ? "" : result.diagnostics.front().code;
}

} // namespace

TEST_CASE("empty and blank files")
{
    CHECK(firstCode(loadXml("")) == "empty-file");
    CHECK(firstCode(loadXml(" \n\t\n")) == "empty-file");
}

TEST_CASE("random binary data is refused as not text")
{
    std::mt19937 random(7);
    for (int round = 0; round < 50; ++round) {
        std::string bytes(1 + random() % 4096, '\0');
        for (char& c : bytes) c = static_cast<char>(random());
        const auto result = loadXml(bytes);
        CHECK_FALSE(result.ok());
        CHECK(result.errors >= 1);
    }
}

TEST_CASE("every truncation of a real pack ends in an error, never a crash")
{
    const std::string tour = shippedTour();
    REQUIRE(tour.size() > 1000);
    for (std::size_t length = 0; length < tour.size() - 10; length += 37) {
        CAPTURE(length);
        const auto result = loadXml(std::string_view(tour).substr(0, length), mamori::test::shippedPacksDir() / "tour");
        CHECK_FALSE(result.ok());
    }
}

TEST_CASE("random byte changes to a real pack never crash the loader")
{
    const std::string tour = shippedTour();
    std::mt19937 random(2026);
    int loaded = 0;
    for (int round = 0; round < 400; ++round) {
        std::string mutated = tour;
        for (int edits = 1 + static_cast<int>(random() % 4); edits > 0; --edits) {
            mutated[random() % mutated.size()] = static_cast<char>(random() % 128);
        }
        const auto result = loadXml(mutated, mamori::test::shippedPacksDir() / "tour");
        CHECK((result.ok() || result.errors > 0));
        loaded += result.ok();
    }
    MESSAGE(loaded << " of 400 mutated packs still loaded");
}

TEST_CASE("a file over the size limit is refused before parsing")
{
    mamori::test::TemporaryDirectory folder;
    const std::string huge(limits::kMaxPackFileBytes + 1, ' ');
    const auto file = folder.write("pack.xml", huge);
    const auto result = loadPackFile(file);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "file-too-large");
}

TEST_CASE("deeply nested elements stop at the parser's depth limit")
{
    std::string deep;
    for (int i = 0; i < 20000; ++i) deep += "<p>";
    const auto result = loadXml("<pack>" + deep);
    REQUIRE_FALSE(result.ok());
    CHECK(result.diagnostics[0].message == "elements are nested more than 100 levels deep");
}

TEST_CASE("thousands of problems are capped, with a note that reporting stopped")
{
    std::string body;
    for (int i = 0; i < 5000; ++i) body += "<bogus/>";
    const auto result = loadXml(packXml(body));
    CHECK(result.diagnostics.size() == static_cast<std::size_t>(limits::kMaxDiagnostics) + 1);
    CHECK(result.diagnostics.back().code == "too-many-problems");
}

TEST_CASE("oversized texts, attributes and ids are refused with a reason")
{
    const std::string longText(limits::kMaxTextBytes + 1, 'a');
    const auto tooLongText =
        loadXml(packXml("<lesson id=\"l\">" + text("title", "課", "L") + "<page id=\"p\">" + text("title", "頁", "P") +
                        text("p", "本", longText) + "</page></lesson>"));
    CHECK(firstCode(tooLongText) == "too-long");

    const std::string longId(limits::kMaxIdLength + 1, 'x');
    const auto tooLongId = loadXml(packXml("<lesson id=\"" + longId + "\">" + text("title", "課", "L") + "<page id=\"p\">" +
                                           text("title", "頁", "P") + text("p", "本", "B") + "</page></lesson>"));
    CHECK(firstCode(tooLongId) == "bad-id");
}

TEST_CASE("entity expansion attacks find nothing to expand")
{
    const std::string laughs = R"(<?xml version="1.0"?>
<!DOCTYPE pack [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<pack id="x" version="1" format="1" languages="en"><title><en>&b;&b;&b;</en></title></pack>)";
    const auto result = loadXml(laughs);
    CHECK_FALSE(result.ok());
    CHECK(firstCode(result) == "doctype");
}

TEST_CASE("numbers that overflow are out of range, not wrapped")
{
    const auto result = loadXml(packXml("<quiz id=\"q\" pass-mark=\"99999999999999999999\">" + text("title", "題", "T") +
                                        "<truefalse id=\"t\" answer=\"true\">" + text("prompt", "問", "Q") +
                                        text("explanation", "説", "E") + "</truefalse></quiz>"));
    CHECK(firstCode(result) == "out-of-range");
}

TEST_CASE("too many lessons in one pack are refused")
{
    std::string lessons;
    const std::string page = "<page id=\"p\">" + text("title", "頁", "P") + text("p", "本", "B") + "</page>";
    for (int i = 0; i <= limits::kMaxLessons; ++i) {
        lessons += "<lesson id=\"l" + std::to_string(i) + "\">" + text("title", "課", "L") + page + "</lesson>";
    }
    const auto result = loadXml(packXml(lessons));
    CHECK_FALSE(result.ok());
    CHECK(firstCode(result) == "too-many");
}

TEST_CASE("asset paths cannot escape the pack through a symbolic link")
{
    mamori::test::TemporaryDirectory folder;
    folder.write("outside/secret.png", std::string("\x89PNG\r\n\x1a\n", 8));
    std::filesystem::create_directories(folder.path() / "pack");
    std::filesystem::create_symlink(folder.path() / "outside", folder.path() / "pack" / "images");
    const auto result = loadXml(packXml("<lesson id=\"l\">" + text("title", "課", "L") + "<page id=\"p\">" + text("title", "頁", "P") +
                                        "<image src=\"images/secret.png\">" + text("alt", "図", "F") + "</image></page></lesson>"),
                                folder.path() / "pack");
    CHECK(firstCode(result) == "asset-outside-pack");
}

TEST_CASE("a tag crowded with attributes is refused before the parser spends hours on it")
{
    std::string tag = "<pack id=\"x\" version=\"1\" format=\"1\" languages=\"en\"";
    for (int i = 0; i < 200000; ++i) tag += " a" + std::to_string(i) + "='v>'";
    const auto result = loadXml("<?xml version=\"1.0\"?>\n<!-- a = b = c -->\n" + tag + "/>");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(formatDiagnostic(result.diagnostics[0]) == "test.xml:3: error: an element has more than 64 attributes");
}
