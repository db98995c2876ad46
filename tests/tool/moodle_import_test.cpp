// mamori-tool import-moodle: hand-written Moodle XML banks (tests/tool/moodle/) become packs that
// validate, show the learner the same texts, choices, answers and feedback, and every loss is
// reported against the question's name and line.

#include "tool_fixture.hpp"

#include "mamori/lessons/loader.hpp"
#include "moodle/moodle_reader.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

using mamori::lessons::Language;
using mamori::test::readText;
using mamori::test::tool;
namespace fs = std::filesystem;

fs::path fixture(const std::string& name) { return mamori::test::sourceDir() / "tests/tool/moodle" / name; }

/// The 1-based line of the first occurrence of `needle` in the fixture.
int lineOf(const std::string& name, const std::string& needle)
{
    const std::string text = readText(fixture(name));
    const auto at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

std::string ja(const mamori::lessons::LocalizedText& t) { return t.plain(Language::Japanese); }
std::string en(const mamori::lessons::LocalizedText& t) { return t.plain(Language::English); }

} // namespace

TEST_CASE("a Moodle bank with every convertible type becomes a pack that validates, as the learner would see it")
{
    mamori::test::TemporaryDirectory folder;
    const fs::path out = folder.path() / "pack";
    const auto run = tool(mamori::tool::runImportMoodle, {fixture("bank.xml").string(), "--out", out.string()});
    REQUIRE_MESSAGE(run.status == mamori::tool::kExitOk, run.err);
    CHECK(run.out.find("6 of 7 questions") != std::string::npos);

    const auto loaded = mamori::lessons::loadPackFile(out / "pack.xml");
    REQUIRE(loaded.ok());
    CHECK(loaded.warnings == 0);
    const auto& pack = *loaded.pack;
    CHECK(pack.id == "bank");
    CHECK(pack.languages == std::vector<Language>{Language::Japanese, Language::English});
    REQUIRE(pack.quizzes.size() == 1);
    const auto& quiz = pack.quizzes.front();
    CHECK(ja(quiz.title) == "情報セキュリティ");   // a category path with Moodle's escaped multilang spans
    CHECK(en(quiz.title) == "Information security");
    CHECK(en(quiz.description) == "Basics check");   // {mlang} in the category's info
    REQUIRE(quiz.pool.size() == 6);

    SUBCASE("multichoice, single: multilang spans in CDATA, strong, &nbsp;, escaped HTML and per-answer feedback")
    {
        const auto& q = quiz.pool[0];
        CHECK(q.kind == mamori::lessons::QuestionKind::SingleChoice);
        CHECK(q.points == 2);
        CHECK(ja(q.prompt) == "不審なメールを受け取ったらどうしますか。");
        CHECK(en(q.prompt) == "What do you do when a suspicious mail arrives?");
        const auto& spans = q.prompt.in(Language::English).spans;
        CHECK(std::any_of(spans.begin(), spans.end(), [](const auto& s) {
            return s.text == "suspicious" && s.emphasis == mamori::lessons::Emphasis::Strong;
        }));
        CHECK(en(q.explanation) == "Report it & do not open it.");   // escaped HTML with an entity inside
        const auto& choices = q.choices()->choices;
        REQUIRE(choices.size() == 2);
        CHECK(choices[0].correct);
        CHECK(ja(choices[0].text) == "報告する");
        CHECK(en(choices[1].text) == "Open it");
        CHECK(!choices[1].correct);
        CHECK(ja(choices[1].feedback) == "開くと感染します。");
    }
    SUBCASE("multichoice, multiple: {mlang} blocks, <i> as emphasis, a list joined into the prompt")
    {
        const auto& q = quiz.pool[1];
        CHECK(q.kind == mamori::lessons::QuestionKind::MultipleResponse);
        CHECK(en(q.prompt) == "Select what is a trade secret. ・There are two");
        const auto& choices = q.choices()->choices;
        REQUIRE(choices.size() == 3);
        CHECK((choices[0].correct && choices[1].correct && !choices[2].correct));
        CHECK(en(choices[2].feedback) == "That is public.");
    }
    SUBCASE("truefalse, shortanswer, matching, ordering")
    {
        const auto* tf = quiz.pool[2].trueFalse();
        REQUIRE(tf);
        CHECK(!tf->answer);
        CHECK(en(tf->feedbackTrue) == "No.");
        CHECK(ja(tf->feedbackFalse) == "その通り。");
        const auto* sa = quiz.pool[3].shortText();
        REQUIRE(sa);
        CHECK(sa->accepted == std::vector<std::string>{"USB"});
        CHECK(en(sa->feedback) == "It is USB.");
        const auto* m = quiz.pool[4].matching();
        REQUIRE(m);
        REQUIRE(m->pairs.size() == 2);
        CHECK(ja(m->pairs[1].left) == "非公知性");
        CHECK(en(m->pairs[1].right) == "Not known");
        REQUIRE(m->distractors.size() == 1);
        CHECK(en(m->distractors[0].text) == "Expensive");
        const auto* o = quiz.pool[5].ordering();
        REQUIRE(o);
        REQUIRE(o->steps.size() == 3);   // put in order by qtype_ordering's fractions
        CHECK(en(o->steps[0].text) == "Confirm the pledge");
        CHECK(en(o->steps[2].text) == "Revoke accounts");
    }
    SUBCASE("an embedded picture is written to images/ and shown on a page of the figures lesson")
    {
        CHECK(fs::exists(out / "images" / "steps-diagram.png"));
        REQUIRE(pack.lessons.size() == 1);
        const auto& page = pack.lessons.front().pages.at(0);
        const auto* image = std::get_if<mamori::lessons::Image>(&page.blocks.at(0));
        REQUIRE(image);
        CHECK(image->source == "images/steps-diagram.png");
        CHECK(en(image->alt) == "Steps");
        CHECK(en(quiz.pool[5].prompt).find("Figures") != std::string::npos);
    }
    SUBCASE("every loss is reported with the file, the question's line and its name")
    {
        const std::string file = fixture("bank.xml").string();
        auto has = [&](const std::string& text) {
            INFO(run.err);
            CHECK(run.err.find(text) != std::string::npos);
        };
        has(file + ":" + std::to_string(lineOf("bank.xml", "<question type=\"essay\">")) +
            ": warning: question 'Your opinion' (type essay) not converted: ");
        const std::string multiple = file + ":" + std::to_string(lineOf("bank.xml", "<text>Secret information</text>") - 2) + ": warning: question 'Secret information': ";
        has(multiple + "its fractions (60%, 40%, -100%) are not kept");
        has(": warning: question 'Phishing mail': its penalty of 33.3333%");
        has(": warning: question 'USB': answer 'memory' was worth 50%: left out");
        has(": warning: question 'Leaving steps': its grading type ABSOLUTE_POSITION is not kept");
    }
}

TEST_CASE("a Moodle category tree becomes one quiz per leaf category, named by the last part of its path")
{
    mamori::test::TemporaryDirectory folder;
    const fs::path out = folder.path() / "pack";
    const std::string name = "category-tree.xml";
    const auto run = tool(mamori::tool::runImportMoodle, {fixture(name).string(), "--out", out.string()});
    REQUIRE_MESSAGE(run.status == mamori::tool::kExitOk, run.err);
    CHECK(run.out.find("5 of 7 questions in 2 quizzes") != std::string::npos);

    const auto loaded = mamori::lessons::loadPackFile(out / "pack.xml");
    REQUIRE(loaded.ok());
    CHECK(loaded.warnings == 0);
    const auto& pack = *loaded.pack;
    CHECK(pack.languages == std::vector<Language>{Language::Japanese});   // no multilang: guessed from the text
    // The parent category 情報セキュリティ holds no question, so it makes no quiz.
    REQUIRE(pack.quizzes.size() == 2);
    const auto& telework = pack.quizzes[0];
    const auto& leavers = pack.quizzes[1];
    CHECK(telework.id == "telework");   // the categories' <idnumber>
    CHECK(leavers.id == "leavers");
    CHECK(ja(telework.title) == "テレワーク");
    CHECK(ja(leavers.title) == "退職者");
    CHECK(ja(telework.description) == "自宅やカフェで働くときの確認");   // <info>, HTML in CDATA
    CHECK(ja(leavers.description) == "退職するときの手続きの確認");

    SUBCASE("each leaf holds its own questions, in the file's order")
    {
        REQUIRE(telework.pool.size() == 3);
        CHECK(telework.pool[0].kind == mamori::lessons::QuestionKind::SingleChoice);
        CHECK(telework.pool[1].kind == mamori::lessons::QuestionKind::MultipleResponse);
        CHECK(telework.pool[2].kind == mamori::lessons::QuestionKind::TrueFalse);
        REQUIRE(leavers.pool.size() == 2);
        CHECK(leavers.pool[0].kind == mamori::lessons::QuestionKind::ShortText);
        CHECK(leavers.pool[1].kind == mamori::lessons::QuestionKind::SingleChoice);
    }
    SUBCASE("CDATA, escaped HTML and entities become plain text")
    {
        CHECK(ja(telework.pool[0].prompt) == "カフェで資料を開く前に、まず何をしますか。");
        CHECK(ja(telework.pool[0].explanation) == "画面は周りから見えます。 覗き見防止フィルターを使います。");
        CHECK(ja(telework.pool[0].choices()->choices[1].feedback) == "公衆無線 LAN は\"盗聴\"の危険があります。");
        CHECK(ja(leavers.pool[0].prompt) == "退職時に返却する、社員を識別するカードは何ですか。");
        CHECK(ja(leavers.pool[1].explanation) == "営業秘密の持ち出しにあたります & 処分の対象です。");
        CHECK(leavers.pool[0].shortText()->accepted == std::vector<std::string>{"社員証", "IDカード"});
    }
    SUBCASE("<single>false</single> with a negative fraction is a multiple-response question")
    {
        const auto& q = telework.pool[1];
        CHECK(q.id == "carry-out");
        CHECK(q.points == 2);
        const auto& choices = q.choices()->choices;
        REQUIRE(choices.size() == 3);
        CHECK((choices[0].correct && choices[1].correct && !choices[2].correct));
        CHECK(ja(choices[2].feedback) == "私物の記憶媒体は使えません。");
        // 50, 50, −100 is exactly Mamori's rule (each right 1/2, the wrong one −1): nothing to report.
        CHECK(run.err.find("question '持ち出してよいもの'") == std::string::npos);
    }
    SUBCASE("a base64 picture is written to images/ and shown on a page of the figures lesson")
    {
        CHECK(fs::exists(out / "images" / "lock-screen.png"));
        REQUIRE(pack.lessons.size() == 1);
        const auto* image = std::get_if<mamori::lessons::Image>(&pack.lessons.front().pages.at(0).blocks.at(0));
        REQUIRE(image);
        CHECK(image->source == "images/lock-screen.png");
        CHECK(ja(image->alt) == "ロック画面");
    }
    SUBCASE("each unsupported question is named, with its type and line")
    {
        const std::string file = fixture(name).string();
        INFO(run.err);
        CHECK(run.err.find(file + ":" + std::to_string(lineOf(name, "<question type=\"calculated\">")) +
                           ": warning: question '通信量の計算' (type calculated) not converted: ") != std::string::npos);
        CHECK(run.err.find(file + ":" + std::to_string(lineOf(name, "<question type=\"ddwtos\">")) +
                           ": warning: question '退職の手順を埋める' (type ddwtos) not converted: ") != std::string::npos);
        CHECK(run.err.find(": warning: question '画面ロック': its penalty of 100%") != std::string::npos);
    }
}

TEST_CASE("a malformed Moodle file is an error with its line, and nothing is written")
{
    mamori::test::TemporaryDirectory folder;
    const fs::path out = folder.path() / "pack";
    const auto run = tool(mamori::tool::runImportMoodle, {fixture("malformed.xml").string(), "--out", out.string()});
    CHECK(run.status == mamori::tool::kExitProblems);
    CHECK(run.err.find(fixture("malformed.xml").string() + ":3: error: ") != std::string::npos);
    CHECK(!fs::exists(out));
}

TEST_CASE("import-moodle refuses a non-empty folder unless --force, and bad command lines")
{
    mamori::test::TemporaryDirectory folder;
    folder.write("pack/notes.txt", "mine");
    const std::string out = (folder.path() / "pack").string();
    auto run = tool(mamori::tool::runImportMoodle, {fixture("bank.xml").string(), "--out", out});
    CHECK(run.status == mamori::tool::kExitProblems);
    CHECK(fs::exists(folder.path() / "pack/notes.txt"));
    run = tool(mamori::tool::runImportMoodle, {fixture("bank.xml").string(), "--out", out, "--force", "--id", "imported"});
    REQUIRE_MESSAGE(run.status == mamori::tool::kExitOk, run.err);
    CHECK(!fs::exists(folder.path() / "pack/notes.txt"));
    CHECK(mamori::lessons::loadPackFile(folder.path() / "pack/pack.xml").pack->id == "imported");
    CHECK(tool(mamori::tool::runImportMoodle, {fixture("bank.xml").string()}).status == mamori::tool::kExitUsage);
    CHECK(tool(mamori::tool::runImportMoodle, {fixture("bank.xml").string(), "--out", out, "--lang", "fr"}).status == mamori::tool::kExitUsage);
}

TEST_CASE("hostile inputs end in diagnostics, never a crash: bounds on nesting, attributes, bytes and pictures")
{
    using mamori::tool::moodle::importMoodle;
    CHECK(importMoodle("", {}).failed);
    CHECK(importMoodle("<notquiz/>", {}).failed);
    CHECK(importMoodle("<quiz>\xff</quiz>", {}).failed);
    std::string deep = "<quiz>";
    for (int i = 0; i < 500; ++i) deep += "<a>";
    CHECK(importMoodle(deep, {}).failed);
    std::string attributes = "<quiz";
    for (int i = 0; i < 1000; ++i) attributes += " a" + std::to_string(i) + "=\"1\"";
    CHECK(importMoodle(attributes + "/>", {}).failed);
    // HTML nested far deeper than the walker goes, and a picture that is not one.
    std::string html = "<quiz><question type=\"truefalse\"><name><text>deep</text></name><questiontext><text><![CDATA[x";
    for (int i = 0; i < 5000; ++i) html += "<span>";
    html += "y]]></text><file name=\"a.png\" encoding=\"base64\">AAAA</file></questiontext>"
            "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question></quiz>";
    const auto result = importMoodle(html, {});
    CHECK(!result.failed);
    CHECK(result.questionsConverted == 1);
}
