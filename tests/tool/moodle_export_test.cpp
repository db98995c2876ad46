// mamori-tool export-moodle: a pack's quiz questions as Moodle XML, with what is left out listed.

#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {
using mamori::test::readText;
using mamori::test::tool;
namespace fs = std::filesystem;
} // namespace

TEST_CASE("export-moodle writes a category per quiz, multilang spans, fractions and feedback, and lists what it leaves out")
{
    mamori::test::TemporaryDirectory folder;
    const fs::path tour = mamori::test::sourceDir() / "lessons/packs/tour";
    const fs::path out = folder.path() / "tour.xml";
    const auto run = tool(mamori::tool::runExportMoodle, {tour.string(), "--out", out.string()});
    REQUIRE_MESSAGE(run.status == mamori::tool::kExitOk, run.err);
    const std::string xml = readText(out);
    CHECK(xml.find("<question type=\"category\">") != std::string::npos);
    for (const char* type : {"multichoice", "truefalse", "ordering", "matching", "shortanswer"}) {
        CHECK_MESSAGE(xml.find(std::string("<question type=\"") + type + "\">") != std::string::npos, type);
    }
    CHECK(xml.find("class=\"multilang\"") != std::string::npos);
    CHECK(xml.find("<answer fraction=\"100.0000000\"") != std::string::npos);
    CHECK(xml.find("<generalfeedback format=\"html\">") != std::string::npos);
    // One line per element left out, at its line in pack.xml.
    CHECK(run.err.find("pack.xml:") != std::string::npos);
    CHECK(run.err.find("warning: left out: lesson '") != std::string::npos);
    CHECK(run.err.find("warning: left out: scenario '") != std::string::npos);
    CHECK(run.out.find("left out") != std::string::npos);
}

TEST_CASE("export-moodle reports an inbox exercise at its line as not exportable, and exports the rest")
{
    mamori::test::TemporaryDirectory folder;
    std::string xml = readText(mamori::test::sourceDir() / "tests/lessons/lint/inbox/pack.xml");
    REQUIRE_FALSE(xml.empty());
    const std::string quiz = "  <quiz id=\"check\" pass-mark=\"80\">\n    <title><ja>確認</ja><en>Check</en></title>\n"
                             "    <truefalse id=\"q-sender\" answer=\"true\">\n"
                             "      <prompt><ja>送信元のアドレスを確かめる。</ja><en>Check the sender's address.</en></prompt>\n"
                             "      <explanation><ja>表示名は偽れます。</ja><en>Display names can be faked.</en></explanation>\n"
                             "    </truefalse>\n  </quiz>\n";
    xml.insert(xml.find("  <inbox id=\"mailbox\""), quiz);
    folder.write("pack/pack.xml", xml);
    const fs::path out = folder.path() / "bank.xml";
    const auto run = tool(mamori::tool::runExportMoodle, {(folder.path() / "pack").string(), "--out", out.string()});
    REQUIRE_MESSAGE(run.status == mamori::tool::kExitOk, run.err);
    const auto before = xml.substr(0, xml.find("<inbox id=\"mailbox\""));
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    // The quiz's settings are left out too (the line before); the inbox is named at its line.
    CHECK(run.err.ends_with("\n" + (folder.path() / "pack/pack.xml").string() + ":" + std::to_string(line) +
                            ": warning: left out: inbox 'mailbox' (6 messages): not exportable to Moodle XML, which has no "
                            "simulated mailbox\n"));
    CHECK(run.out.find("1 questions in 1 category, 2 elements left out") != std::string::npos);
    CHECK(readText(out).find("<question type=\"truefalse\">") != std::string::npos);
}

TEST_CASE("export-moodle refuses an invalid pack and a wrong command line")
{
    mamori::test::TemporaryDirectory folder;
    folder.write("broken/pack.xml", "<pack/>");
    const auto run = tool(mamori::tool::runExportMoodle, {(folder.path() / "broken").string(), "--out", (folder.path() / "x.xml").string()});
    CHECK(run.status == mamori::tool::kExitProblems);
    CHECK(!fs::exists(folder.path() / "x.xml"));
    CHECK(tool(mamori::tool::runExportMoodle, {"pack"}).status == mamori::tool::kExitUsage);
}

TEST_CASE("export-moodle writes a hotspot as a ddmarker: the picture inside, a marker and a drop zone per right region")
{
    mamori::test::TemporaryDirectory folder;
    const fs::path pack = folder.path() / "pack";
    fs::create_directories(pack / "images");
    const fs::path picture = mamori::test::sourceDir() / "tests/lessons/broken/assets/picture.png";
    fs::copy_file(picture, pack / "images" / "desk.png");
    folder.write("pack/pack.xml",
                 mamori::test::packXml(
                     "<quiz id=\"quiz\" pass-mark=\"80\">" + mamori::test::text("title", "題", "Quiz") +
                     "<hotspot id=\"desk\" points=\"2\" all-or-nothing=\"true\">" + mamori::test::text("prompt", "危険は", "Risks?") +
                     "<picture src=\"images/desk.png\">" + mamori::test::text("alt", "机", "A desk") + "</picture>" +
                     "<region id=\"note\" shape=\"rect\" coords=\"412,88,60,44\" correct=\"true\">" +
                     mamori::test::text("label", "付箋", "Sticky note") + mamori::test::text("feedback", "貼らない", "Never") + "</region>" +
                     "<region id=\"paper\" shape=\"polygon\" coords=\"10,10 80,10 60,90\" correct=\"true\">" +
                     mamori::test::text("label", "書類", "Paper") + "</region>" +
                     "<region id=\"mug\" shape=\"rect\" coords=\"600,20,40,40\">" + mamori::test::text("label", "マグ", "Mug") + "</region>" +
                     mamori::test::text("explanation", "解説", "Because") + "<source><ja>出典</ja><en>Source</en></source></hotspot></quiz>"));
    const fs::path out = folder.path() / "bank.xml";
    const auto run = tool(mamori::tool::runExportMoodle, {pack.string(), "--out", out.string()});
    REQUIRE_MESSAGE(run.status == mamori::tool::kExitOk, run.err);
    const std::string xml = readText(out);
    CHECK(xml.find("<question type=\"ddmarker\">") != std::string::npos);
    CHECK(xml.find("<defaultgrade>2</defaultgrade>") != std::string::npos);
    // The picture travels inside the file, in base64 (a PNG's signature encodes as iVBORw0KGgo).
    const std::size_t bytes = fs::file_size(picture);
    const std::string file = "<file name=\"desk.png\" path=\"/\" encoding=\"base64\">iVBORw0KGgo";
    const std::size_t at = xml.find(file);
    REQUIRE(at != std::string::npos);
    const std::size_t end = xml.find("</file>", at);
    CHECK(end - (at + file.size() - 11) == (bytes + 2) / 3 * 4);
    // A marker named by each right region's label, that region as its zone; the mug is not there.
    CHECK(xml.find("<drag>\n      <no>1</no>\n      <text><![CDATA[<span lang=\"ja\" class=\"multilang\">付箋</span>") != std::string::npos);
    CHECK(xml.find("<no>1</no>\n      <shape>rectangle</shape>\n      <coords>412,88;60,44</coords>\n      <choice>1</choice>") !=
          std::string::npos);
    CHECK(xml.find("<no>2</no>\n      <shape>polygon</shape>\n      <coords>10,10;80,10;60,90</coords>\n      <choice>2</choice>") !=
          std::string::npos);
    CHECK(xml.find("<no>3</no>") == std::string::npos);
    CHECK(xml.find("マグ") == std::string::npos);
    // What Moodle's markers cannot say, one line each at the question's line.
    for (const char* lost : {"the markers tell the learner what the risks are", "1 region(s) that are not a risk",
                             "the regions' <feedback>", "all-or-nothing", "the picture's <alt> text"}) {
        CHECK_MESSAGE(run.err.find(std::string("warning: left out: question 'desk' (hotspot, exported as ddmarker): ")) != std::string::npos, lost);
        CHECK_MESSAGE(run.err.find(lost) != std::string::npos, lost);
    }
}
