// No input crashes the loader or makes it hang: each ends in a clear error.
// (How fast is measured by the lessons benchmark, not asserted here.)

#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/picture_limits.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>

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
    for (int i = 0; i < 1000; ++i) body += "<bogus/>";  // under the flood limit: each one is read and reported
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
    folder.write("outside/secret.png", mamori::test::tinyPng());
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

TEST_CASE("a flood of elements in one parent is refused while reading, before anything is built")
{
    // 600,000 list items (14 MB, under the file limit): a list may hold 50.
    std::string items;
    items.reserve(600000 * 24);
    for (int i = 0; i < 600000; ++i) items += "<item><ja>a</ja></item>";
    const auto result = loadXml(packXml("<lesson id=\"l\">" + text("title", "課", "L") + "<page id=\"p\">" + text("title", "頁", "P") +
                                        "\n<list>" + items + "</list></page></lesson>"));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].line == 6);
    CHECK(result.diagnostics[0].message ==
          "<list> (line 6) has more than 120 child elements, far more than the 52 it may have; the file is refused unread");
}

TEST_CASE("more elements than any valid file of the size allows are refused while reading")
{
    // Spread so that no parent is flooded: 1,000 groups of 2,000 empty elements.
    std::string body;
    body.reserve(1000 * 2000 * 4 + 1000 * 8);
    for (int group = 0; group < 1000; ++group) {
        body += "<g>";
        for (int i = 0; i < 2000; ++i) body += "<x/>";
        body += "</g>";
    }
    const auto result = loadXml(packXml(body));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "too-many-elements");
    CHECK(result.diagnostics[0].message == "the file has more than " + std::to_string(limits::kMaxPackFileBytes / 10) +
                                               " elements, more than any valid file of its size; it is refused unread");
}

TEST_CASE("a graded answer cannot smuggle a NUL through a character reference")
{
    const auto result = loadXml(packXml("<quiz id=\"q\" pass-mark=\"80\">" + text("title", "ク", "Q") +
                                        "<shorttext id=\"s\">" + text("prompt", "問", "Q") + "<accept>A&#0;B</accept>" +
                                        text("explanation", "解", "E") + "</shorttext></quiz>"));
    REQUIRE_FALSE(result.ok());
    CHECK(mamori::test::describe(result.diagnostics) ==
          std::vector<std::string>{"5: error: &#0; refers to a character XML does not allow (NUL, a control character, a "
                                   "surrogate or a code point beyond U+10FFFF)"});
}

TEST_CASE("a bare ampersand or an undefined entity in an attribute is reported on its line")
{
    const auto result = loadXml(packXml("<quiz id=\"q&amp;\"\n pass-mark=\"8&0\">" + text("title", "ク", "Q") + "</quiz>"));
    REQUIRE_FALSE(result.ok());
    const auto lines = mamori::test::describe(result.diagnostics);
    CHECK(std::find(lines.begin(), lines.end(), "6: error: a bare '&': write it as &amp;") != lines.end());
}

TEST_CASE("image bombs and damaged pictures are refused by the validator, with the reason")
{
    mamori::test::TemporaryDirectory folder;
    folder.write("bomb.png", mamori::test::pngDeclaring(20000, 20000));
    folder.write("huge.png", mamori::test::pngDeclaring(100000, 100000));
    folder.write("wide.png", mamori::test::pngDeclaring(8000, 8000));  // within each side, over the pixel budget
    std::string damaged = mamori::test::tinyPng();
    damaged.resize(45);  // the header survives, the pixels do not
    folder.write("damaged.png", damaged);
    folder.write("fine.png", mamori::test::tinyPng());
    auto load = [&](const std::string& file) {
        return loadXml(packXml("<lesson id=\"l\">" + text("title", "課", "L") + "<page id=\"p\">" + text("title", "頁", "P") +
                               "\n<image src=\"" + file + "\">" + text("alt", "図", "Figure") + "</image></page></lesson>"),
                       folder.path());
    };
    const auto message = [&](const std::string& file) {
        const auto result = load(file);
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].line == 6);
        return result.diagnostics[0].message;
    };
    CHECK(message("bomb.png") ==
          "image 'bomb.png' is 20000×20000 pixels; a picture may be at most 8192 pixels on a side and 16 megapixels");
    CHECK(message("huge.png").starts_with("image 'huge.png' "));
    CHECK(message("wide.png") ==
          "image 'wide.png' is 8000×8000 pixels; a picture may be at most 8192 pixels on a side and 16 megapixels");
    CHECK(message("damaged.png").starts_with("image 'damaged.png' is damaged and cannot be shown ("));
    CHECK(load("fine.png").ok());
}

TEST_CASE("the app's texture loader asks the same question before decoding: a bomb is never decoded")
{
    mamori::test::TemporaryDirectory folder;
    CHECK_FALSE(pictureSizeProblem(folder.write("fine.png", mamori::test::tinyPng())));
    CHECK(pictureSizeProblem(folder.write("bomb.png", mamori::test::pngDeclaring(20000, 20000))) ==
          "is 20000×20000 pixels; a picture may be at most 8192 pixels on a side and 16 megapixels");
    CHECK(pictureSizeProblem(folder.write("text.png", "not a picture")).value_or("").starts_with("cannot be read as a picture"));
}

TEST_CASE("inputs the fuzzer found are refused cleanly")
{
    // A file of nothing but a processing instruction: blanked, nothing is left to parse.
    const auto onlyInstruction = loadXml("<?php x?>");
    CHECK(mamori::test::describe(onlyInstruction.diagnostics) ==
          std::vector<std::string>{"1: error: processing instructions (<?php …?>) are not supported in pack files",
                                   "1: error: the file holds no XML element"});
}

TEST_CASE("every input the fuzzer ever crashed on loads to a clear refusal (tests/fuzz/regressions/pack_loader)")
{
    int inputs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(mamori::test::sourceDir() / "tests/fuzz/regressions/pack_loader")) {
        CAPTURE(entry.path().filename().string());
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto result = loadXml(bytes);
        CHECK_FALSE(result.ok());
        CHECK(result.errors > 0);
        ++inputs;
    }
    CHECK(inputs > 0);
}
