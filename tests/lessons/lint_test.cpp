// Lint (mamori/lessons/lint.hpp): each check fires on a small flawed pack and not on a sound one,
// at the right line; `lint-allow` suppresses; and the scenario path walk stays bounded.

#include "mamori/lessons/lint.hpp"
#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/scenario_paths.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace mamori::lessons;
using mamori::test::packXml;
using mamori::test::text;

namespace {

/// Writes `xml` (and `extra` files) into a pack folder, loads it (it must validate) and lints it.
std::vector<Diagnostic> lintXml(const std::string& xml,
                                const std::vector<std::pair<std::string, std::string>>& extra = {})
{
    mamori::test::TemporaryDirectory folder;
    const auto file = folder.write("pack.xml", xml);
    for (const auto& [name, content] : extra) folder.write(name, content);
    const LoadResult loaded = loadPackFile(file);
    for (const std::string& d : mamori::test::describe(loaded.diagnostics)) MESSAGE(d);
    REQUIRE(loaded.ok());
    CHECK(loaded.warnings == 0);
    return lintPack(*loaded.pack);
}

/// "LINE check" for each warning.
std::vector<std::string> found(const std::vector<Diagnostic>& diagnostics)
{
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics) {
        CHECK(d.severity == Severity::Warning);
        out.push_back(std::to_string(d.line) + " " + d.code);
    }
    return out;
}

bool has(const std::vector<Diagnostic>& diagnostics, std::string_view code)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.code == code; });
}

/// The 1-based line of the first occurrence of `marker` in `xml`.
int lineOf(const std::string& xml, const std::string& marker)
{
    const auto at = xml.find(marker);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

/// A single-choice question `id` of three choices, choice `right` the right one; `feedback` on the
/// wrong ones, a `source`, the right choice the longest (`longRight`), extra `attributes`, a prompt.
struct SingleSpec {
    std::string id;
    int right = 0;
    bool feedback = true;
    bool source = true;
    bool longRight = false;
    std::string attributes;
    std::string promptJa, promptEn;
};

std::string single(std::string id, int right, bool feedback = true, bool source = true, bool longRight = false,
                   std::string attributes = "", std::string promptJa = "", std::string promptEn = "")
{
    const SingleSpec s{
        std::move(id),      right, feedback, source, longRight, std::move(attributes), std::move(promptJa),
        std::move(promptEn)};
    std::string xml = "<single id=\"" + s.id + "\"" + s.attributes + ">\n";
    xml += text("prompt", s.promptJa.empty() ? s.id + "について正しいものはどれですか。" : s.promptJa,
                s.promptEn.empty() ? "Which is right about " + s.id + "?" : s.promptEn) +
           "\n";
    for (int i = 0; i < 3; ++i) {
        const std::string letter(1, static_cast<char>('a' + i));
        const bool right = i == s.right;
        xml += "<choice id=\"" + letter + "\"" + (right ? " correct=\"true\"" : "") + ">";
        xml += right && s.longRight
                   ? "<ja>選択肢" + letter + "とその長い説明</ja><en>Choice " + letter + " with a long explanation</en>"
                   : "<ja>選択肢" + letter + "</ja><en>Choice " + letter + "</en>";
        if (!right && s.feedback) xml += text("feedback", "違います。", "Not this one.");
        xml += "</choice>\n";
    }
    xml += text("explanation", "理由です。", "The reason.") + "\n";
    if (s.source)
        xml += "<source>" + std::string("<ja>営業秘密管理指針</ja><en>Trade Secret Management Guidelines</en>") +
               "</source>\n";
    return xml + "</single>\n";
}

std::string quiz(const std::string& id, const std::string& questions, const std::string& attributes = "")
{
    return "<quiz id=\"" + id + "\" pass-mark=\"80\"" + attributes + ">\n" + text("title", "確認", "Check") + "\n" +
           questions + "</quiz>\n";
}

/// A quiz with nothing to say about it: right answers in varied places, never the longest.
std::string soundQuiz()
{
    return quiz("q", single("one", 0) + single("two", 1) + single("three", 2));
}

/// A scenario starting at node n1, with a good ending 'fine' and a bad ending 'lost'.
std::string scenario(const std::string& nodes, int passScore = 2)
{
    return "<scenario id=\"s\" start=\"n1\" pass-score=\"" + std::to_string(passScore) + "\">\n" +
           text("title", "場面", "Scene") + "\n" + nodes + "<ending id=\"fine\" outcome=\"good\">" +
           text("title", "良い", "Good") + text("debrief", "よくできました。", "Well done.") +
           "</ending>\n<ending id=\"lost\" outcome=\"bad\">" + text("title", "悪い", "Bad") +
           text("debrief", "残念でした。", "Too bad.") + "</ending>\n</scenario>\n";
}

std::string option(const std::string& attributes, const std::string& inner = "")
{
    return "<option " + attributes + "><ja>選ぶ</ja><en>Choose</en>" + inner + "</option>\n";
}

std::string node(const std::string& id, const std::string& options)
{
    return "<node id=\"" + id + "\">" + text("situation", "どうしますか。", "What do you do?") + "\n" + options +
           "</node>\n";
}

} // namespace

TEST_CASE("a sound pack lints clean")
{
    const std::string nodes = node("n1", option("id=\"calm\" goto=\"n2\" score=\"2\" set=\"careful\"") +
                                             option("id=\"rash\" goto=\"n2\" score=\"-1\"")) +
                              node("n2", option("id=\"go\" goto=\"lost\"", "<when set=\"careful\" goto=\"fine\"/>"));
    CHECK(found(lintXml(packXml(soundQuiz() + scenario(nodes)))).empty());
}

TEST_CASE("a question without a source, and a wrong choice without feedback, at their lines")
{
    const std::string xml = packXml(quiz("q", single("one", 0, false, false) + single("two", 1) + single("three", 2)));
    const auto diagnostics = lintXml(xml);
    const int question = lineOf(xml, "<single id=\"one\"");
    const int choiceB = lineOf(xml, "<choice id=\"b\"");
    const int choiceC = lineOf(xml, "<choice id=\"c\"");
    CHECK(found(diagnostics) == std::vector<std::string>{std::to_string(question) + " missing-source",
                                                         std::to_string(choiceB) + " choice-without-feedback",
                                                         std::to_string(choiceC) + " choice-without-feedback"});
    CHECK(diagnostics[1].message == "wrong choice 'b' of question 'one' has no <feedback> saying why it is wrong");
    CHECK(diagnostics[0].file.ends_with("pack.xml"));
}

TEST_CASE("the right answer always in the same place, or too often the longest")
{
    const auto same = lintXml(packXml(quiz("q", single("one", 1) + single("two", 1) + single("three", 1))));
    CHECK(found(same) == std::vector<std::string>{"5 answer-same-position"});
    CHECK(same[0].message.find("the right choice is number 2") != std::string::npos);

    const auto longest = lintXml(packXml(
        quiz("q", single("one", 0, true, true, true) + single("two", 1, true, true, true) + single("three", 2))));
    CHECK(found(longest) == std::vector<std::string>{"5 longest-answer-right"});
    // One in three is not a pattern.
    CHECK_FALSE(
        has(lintXml(packXml(quiz("q", single("one", 0, true, true, true) + single("two", 1) + single("three", 2)))),
            "longest-answer-right"));
}

TEST_CASE("translations left as they were, or far shorter or longer than the Japanese")
{
    const std::string xml = packXml(
        "<lesson id=\"l\">" + text("title", "課", "Lesson") + "\n<page id=\"p\">" + text("title", "頁", "Page") + "\n" +
        text("p", "社外秘の資料は、許可なく社外へ持ち出してはいけません。", "No.") + "\n" +
        "<callout type=\"tip\"><ja>Same words in both</ja><en>Same words in both</en></callout>\n</page>\n</lesson>\n" +
        soundQuiz());
    const int pageLine = lineOf(xml, "<page id=\"p\"");
    CHECK(found(lintXml(xml)) == std::vector<std::string>{std::to_string(pageLine) + " translation-length",
                                                          std::to_string(pageLine) + " translation-identical"});
}

TEST_CASE("the same or nearly the same prompt twice in a pack")
{
    const std::string prompt = "退職する同僚が、顧客リストを私用のメールアドレスに送ろうとしています。どうしますか。";
    const std::string near = "退職する同僚が、顧客リストを私用のメールアドレスへ送ろうとしています。どうしますか。";
    const std::string en =
        "A leaving colleague is about to send the customer list to a private address. What do you do?";
    const std::string xml =
        packXml(soundQuiz() + quiz("final", single("four", 0, true, true, false, "", prompt, en) +
                                                single("five", 1, true, true, false, "", prompt, en) +
                                                single("six", 2, true, true, false, "", near, en)));
    const auto diagnostics = lintXml(xml);
    CHECK(found(diagnostics) ==
          std::vector<std::string>{std::to_string(lineOf(xml, "<single id=\"five\"")) + " duplicate-prompt",
                                   std::to_string(lineOf(xml, "<single id=\"six\"")) + " duplicate-prompt"});
    CHECK(diagnostics[0].message.find("asks the same as question 'four'") != std::string::npos);
    CHECK(diagnostics[1].message.find("nearly the same") != std::string::npos);
}

TEST_CASE("pictures and audio that nothing uses")
{
    const auto diagnostics =
        lintXml(packXml(soundQuiz()), {{"images/spare.png", mamori::test::tinyPng()}, {"notes.txt", "not an asset"}});
    CHECK(found(diagnostics) == std::vector<std::string>{"2 unused-asset"});
    CHECK(diagnostics[0].message == "images/spare.png is in the pack's folder but no page or question shows or plays it");
}

TEST_CASE("scenarios whose endings contradict their scores, and flags that change nothing")
{
    const std::string nodes = node("n1", option("id=\"rash\" goto=\"n2\" score=\"-1\" set=\"hurried\"") +
                                             option("id=\"calm\" goto=\"n3\" score=\"3\"")) +
                              node("n2", option("id=\"finish\" goto=\"fine\"")) +
                              node("n3", option("id=\"give-up\" goto=\"lost\""));
    const std::string xml = packXml(soundQuiz() + scenario(nodes));
    const std::string rash = std::to_string(lineOf(xml, "<option id=\"rash\""));
    CHECK(found(lintXml(xml)) ==
          std::vector<std::string>{rash + " good-ending-after-penalty", rash + " flag-never-tested",
                                   std::to_string(lineOf(xml, "<ending id=\"fine\"")) + " good-ending-fails",
                                   std::to_string(lineOf(xml, "<ending id=\"lost\"")) + " bad-ending-passes"});
}

TEST_CASE("long orderings and matchings without a distractor")
{
    std::string steps;
    for (int i = 1; i <= 7; ++i)
        steps += "<step id=\"s" + std::to_string(i) + "\"><ja>手順" + std::to_string(i) + "</ja><en>Step " +
                 std::to_string(i) + "</en></step>\n";
    const std::string source = "<source><ja>指針</ja><en>Guidelines</en></source>\n";
    const std::string ordering = "<ordering id=\"order\">" +
                                 text("prompt", "順に並べてください。", "Put them in order.") + "\n" + steps +
                                 text("explanation", "理由です。", "The reason.") + source + "</ordering>\n";
    const std::string pair =
        "<pair id=\"x\"><left><ja>左1</ja><en>Left 1</en></left><right><ja>右1</ja><en>Right 1</en></right></pair>"
        "<pair id=\"y\"><left><ja>左2</ja><en>Left 2</en></left><right><ja>右2</ja><en>Right 2</en></right></pair>\n";
    const std::string matching = "<matching id=\"match\">" + text("prompt", "結んでください。", "Match them.") + "\n" +
                                 pair + text("explanation", "理由です。", "The reason.") + source + "</matching>\n";
    const std::string xml = packXml(soundQuiz() + quiz("more", ordering + matching));
    CHECK(found(lintXml(xml)) ==
          std::vector<std::string>{std::to_string(lineOf(xml, "<ordering")) + " long-ordering",
                                   std::to_string(lineOf(xml, "<matching")) + " matching-without-distractor"});
}

TEST_CASE("lint-allow on the element or around it suppresses; a wrong or stale one is reported")
{
    // On the question itself, with the comment a pack should carry.
    const std::string onQuestion =
        packXml(quiz("q", "<!-- lint: the fact is the app's own -->\n" +
                              single("one", 0, true, false, false, " lint-allow=\"missing-source\"") +
                              single("two", 1) + single("three", 2)));
    CHECK(found(lintXml(onQuestion)).empty());

    // On the quiz, covering its questions and their choices.
    const std::string onQuiz =
        packXml(quiz("q", single("one", 0, false, false) + single("two", 1, false) + single("three", 2),
                     " lint-allow=\"choice-without-feedback missing-source\""));
    CHECK(found(lintXml(onQuiz)).empty());

    // A suppression covers its element only, not the next one.
    const std::string onSibling =
        packXml(quiz("q", single("one", 0, true, true, false, " lint-allow=\"missing-source\"") +
                              single("two", 1, true, false) + single("three", 2)));
    const auto sibling = found(lintXml(onSibling));
    CHECK(sibling ==
          std::vector<std::string>{std::to_string(lineOf(onSibling, "<single id=\"one\"")) + " unused-lint-allow",
                                   std::to_string(lineOf(onSibling, "<single id=\"two\"")) + " missing-source"});

    // A misspelt check name.
    const std::string misspelt =
        packXml(quiz("q", single("one", 0, true, false, false, " lint-allow=\"misssing-source\"") + single("two", 1) +
                              single("three", 2)));
    const auto wrong = lintXml(misspelt);
    REQUIRE(found(wrong).size() == 2);
    CHECK(wrong[0].code == "unknown-lint-check");
    CHECK(wrong[0].message ==
          "lint-allow names 'misssing-source', which is no lint check; did you mean 'missing-source'?");
    CHECK(wrong[1].code == "missing-source");
}

TEST_CASE("the loader accepts lint-allow where lint reports, and nowhere else")
{
    std::string xml = packXml(quiz("q",
                                   single("one", 0, true, true, false, " lint-allow=\"missing-source\"") +
                                       single("two", 1) + single("three", 2),
                                   " lint-allow=\"answer-same-position\""));
    xml.replace(xml.find("<pack "), 6, "<pack lint-allow=\"unused-asset\" ");
    const LoadResult accepted = mamori::test::loadXml(xml);
    CHECK(accepted.ok());
    CHECK(accepted.diagnostics.empty());
    std::string onChoice = packXml(soundQuiz());
    onChoice.replace(onChoice.find("<choice id=\"a\""), 14, "<choice id=\"a\" lint-allow=\"missing-source\"");
    const LoadResult refused = mamori::test::loadXml(onChoice);
    CHECK_FALSE(refused.ok());
    REQUIRE_FALSE(refused.diagnostics.empty());
    CHECK(refused.diagnostics[0].code == "unknown-attribute");
}

TEST_CASE("every check is listed once, with a summary")
{
    std::vector<std::string_view> names;
    for (const LintCheck& check : lintChecks()) {
        CHECK_FALSE(check.summary.empty());
        names.push_back(check.name);
    }
    std::sort(names.begin(), names.end());
    CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
    CHECK(names.size() == 20);
}

TEST_CASE("a hostile scenario's paths are bounded")
{
    // 60 nodes of 9 options, each to the next: 9^60 paths.
    Scenario s;
    s.start = "n0";
    for (int i = 0; i < 60; ++i) {
        ScenarioNode n;
        n.id = "n" + std::to_string(i);
        for (int o = 0; o < 9; ++o) {
            ScenarioOption option;
            option.id = "o" + std::to_string(o);
            option.target = i + 1 < 60 ? "n" + std::to_string(i + 1) : "end";
            option.scoreChange = 1;
            n.options.push_back(option);
        }
        s.nodes.push_back(n);
    }
    ScenarioEnding end;
    end.id = "end";
    s.endings.push_back(end);
    const PathLimits limits{1000, 1000, 100000};
    const ScenarioPaths walked = enumeratePaths(s, limits);
    CHECK(walked.truncated);
    CHECK(walked.paths.size() <= limits.maxPaths);
    REQUIRE_FALSE(walked.paths.empty());
    CHECK(walked.paths.front().score == 60);
    CHECK(walked.paths.front().ending == &s.endings.front());
}

TEST_CASE("paths follow flags and loops as the engine does")
{
    Scenario s;
    s.start = "a";
    ScenarioNode a;
    a.id = "a";
    ScenarioOption set;
    set.id = "set";
    set.target = "b";
    set.setsFlags = {"f"};
    set.scoreChange = 2;
    ScenarioOption plain;
    plain.id = "plain";
    plain.target = "b";
    a.options = {set, plain};
    ScenarioNode b;
    b.id = "b";
    ScenarioOption go;
    go.id = "go";
    go.target = "a"; // back to a without the flag: a loop
    go.conditions.push_back({{"f"}, {}, "end", 0});
    b.options = {go};
    ScenarioEnding end;
    end.id = "end";
    end.fixedScore = 7;
    s.nodes = {a, b};
    s.endings = {end};
    const ScenarioPaths walked = enumeratePaths(s);
    CHECK_FALSE(walked.truncated);
    REQUIRE(walked.paths.size() >= 2);
    CHECK(walked.paths[0].describe() == "a/set → b/go ⇒ end, score 7");
    CHECK(walked.paths[1].ending == nullptr);
    CHECK(walked.paths[1].problem.find("a loop") != std::string::npos);
}
