// lintPack: runs every family of checks over a pack that validates, then reports suppressions
// that name no check or suppress nothing.

#include "mamori/lessons/lint.hpp"

#include "../utf8.hpp"
#include "lint_checks.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>

namespace mamori::lessons {
namespace {

constexpr std::array kChecks{
    LintCheck{"missing-source", "a question names no <source> for its fact"},
    LintCheck{"choice-without-feedback", "a wrong choice has no <feedback> saying why it is wrong"},
    LintCheck{"answer-same-position", "every single-choice question of a quiz has its right choice in the same place"},
    LintCheck{"longest-answer-right",
              "the longest choice is the right one in more than a third of a quiz's single-choice questions"},
    LintCheck{"translation-identical", "a text reads the same in Japanese and English (left untranslated)"},
    LintCheck{"translation-length",
              "an English text is far shorter or longer than its Japanese (a part left out or added)"},
    LintCheck{"duplicate-prompt", "two questions of the pack ask the same or nearly the same"},
    LintCheck{"unused-asset", "a picture or audio file in the pack's folder that nothing uses"},
    LintCheck{"good-ending-fails", "a path to a good ending scores below the pass score"},
    LintCheck{"bad-ending-passes", "a path to a bad ending reaches the pass score"},
    LintCheck{"good-ending-after-penalty", "an option that loses points lies on a path to a good ending"},
    LintCheck{"flag-never-tested", "an option sets a flag that no <when> tests"},
    LintCheck{"scenario-too-many-paths",
              "a scenario has more paths than lint follows, so its scores were checked in part"},
    LintCheck{"long-ordering", "an ordering question has more than 6 steps"},
    LintCheck{"matching-without-distractor",
              "a matching question has no distractor, so its last pair is given by elimination"},
    LintCheck{"reserved-domain",
              "a mail's sender, reply-to, link or shown address uses a real domain, not a reserved example name"},
    LintCheck{"inbox-balance", "fewer than 30 % or more than 70 % of an inbox's messages are malicious"},
    LintCheck{"clue-count", "a malicious message has a single clue: learners practise one sign only"},
    LintCheck{"link-text-matches",
              "every link of a malicious message shows its real address and none is a clue: nothing to spot"},
    LintCheck{"nonbmp-character", "an inbox's text holds a character above U+FFFF, which the app cannot draw"},
};

} // namespace

std::span<const LintCheck> lintChecks()
{
    return kChecks;
}

std::vector<Diagnostic> lintPack(const Pack& pack, std::string_view xml, std::string file)
{
    if (file.empty()) file = pack.file.string();
    lint::PackSource source(xml);
    lint::Findings findings(file, source);
    lint::checkQuestions(pack, findings);
    lint::checkQuizzes(pack, findings);
    lint::checkTranslations(pack, findings);
    lint::checkAssets(pack, findings);
    lint::checkScenarios(pack, findings);
    lint::checkInboxes(pack, findings);
    // A suppression's own warning reads before what it failed to suppress on the same line.
    std::vector<Diagnostic> out;
    source.reportSuppressions(out, file);
    out.insert(out.end(), std::make_move_iterator(findings.all().begin()),
               std::make_move_iterator(findings.all().end()));
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return out;
}

std::vector<Diagnostic> lintPack(const Pack& pack, std::string file)
{
    std::ifstream in(pack.file, std::ios::binary);
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return lintPack(pack, xml, std::move(file));
}

namespace lint {

void Findings::warn(int line, std::string_view check, std::string message)
{
    if (source_.suppressed(line, check)) return;
    items_.push_back({file_, line, Severity::Warning, std::string(check), std::move(message)});
}

std::vector<const Quiz*> quizzesOf(const Pack& pack)
{
    std::vector<const Quiz*> out;
    for (const Lesson& lesson : pack.lessons) {
        for (const Quiz& quiz : lesson.quizzes) out.push_back(&quiz);
    }
    for (const Quiz& quiz : pack.quizzes) out.push_back(&quiz);
    return out;
}

std::vector<const Scenario*> scenariosOf(const Pack& pack)
{
    std::vector<const Scenario*> out;
    for (const Lesson& lesson : pack.lessons) {
        for (const Scenario& scenario : lesson.scenarios) out.push_back(&scenario);
    }
    for (const Scenario& scenario : pack.scenarios) out.push_back(&scenario);
    return out;
}

std::vector<const Inbox*> inboxesOf(const Pack& pack)
{
    std::vector<const Inbox*> out;
    for (const Lesson& lesson : pack.lessons) {
        for (const Inbox& inbox : lesson.inboxes) out.push_back(&inbox);
    }
    for (const Inbox& inbox : pack.inboxes) out.push_back(&inbox);
    return out;
}

std::size_t visibleLength(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = detail::decodeUtf8(text, pos);
        if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r' && c != U'\u3000') ++count;
    }
    return count;
}

} // namespace lint
} // namespace mamori::lessons
