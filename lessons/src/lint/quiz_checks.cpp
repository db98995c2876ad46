// Checks across a quiz's questions (patterns in where the right answer is) and across the
// whole pack (questions asked twice).

#include "lint_checks.hpp"

#include "../utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>

namespace mamori::lessons::lint {
namespace {

/// Patterns are judged over at least this many single-choice questions: below, chance alone
/// puts the answer in the same place or makes it the longest.
constexpr std::size_t kMinQuestionsForPattern = 3;

std::vector<const ChoiceAnswer*> singleChoiceKeys(const Quiz& quiz)
{
    std::vector<const ChoiceAnswer*> keys;
    for (const Question& question : quiz.pool) {
        if (question.kind == QuestionKind::SingleChoice && question.choices()) keys.push_back(question.choices());
    }
    return keys;
}

void checkPositions(const Quiz& quiz, Findings& findings)
{
    const std::vector<const ChoiceAnswer*> keys = singleChoiceKeys(quiz);
    if (keys.size() < kMinQuestionsForPattern) return;
    std::vector<std::size_t> positions;
    for (const ChoiceAnswer* key : keys) {
        const auto right =
            std::find_if(key->choices.begin(), key->choices.end(), [](const Choice& c) { return c.correct; });
        positions.push_back(static_cast<std::size_t>(right - key->choices.begin()));
    }
    if (std::adjacent_find(positions.begin(), positions.end(), std::not_equal_to<>()) != positions.end()) return;
    // Shuffled choices hide this from learners, but not from whoever reads the pack, the review
    // pages and exports in written order, or a quiz whose shuffle is later turned off.
    findings.warn(quiz.line, "answer-same-position",
                  "in all " + std::to_string(keys.size()) + " single-choice questions of quiz '" + quiz.id +
                      "' the right choice is number " + std::to_string(positions.front() + 1) +
                      "; vary where it is written");
}

void checkLongest(const Pack& pack, const Quiz& quiz, Findings& findings)
{
    const std::vector<const ChoiceAnswer*> keys = singleChoiceKeys(quiz);
    if (keys.size() < kMinQuestionsForPattern) return;
    for (Language language : pack.languages) {
        std::size_t longestRight = 0;
        for (const ChoiceAnswer* key : keys) {
            std::size_t right = 0, longestWrong = 0;
            for (const Choice& choice : key->choices) {
                const std::size_t length = visibleLength(choice.text.plain(language));
                if (choice.correct)
                    right = length;
                else
                    longestWrong = std::max(longestWrong, length);
            }
            if (right > longestWrong) ++longestRight;
        }
        if (longestRight * 3 <= keys.size()) continue;
        findings.warn(quiz.line, "longest-answer-right",
                      "in " + std::to_string(longestRight) + " of the " + std::to_string(keys.size()) +
                          " single-choice questions of quiz '" + quiz.id + "' the right choice is the longest in " +
                          std::string(languageEnglishName(language)) + " (learners learn to pick the longest)");
        return; // once per quiz
    }
}

// ------------------------------------------------------------------ duplicate prompts

/// A prompt reduced to what it says: letters and digits only, ASCII folded to lower case,
/// as character bigrams (sorted), which work for Japanese, written without spaces, as for English.
std::vector<std::uint64_t> bigramsOf(std::string_view text)
{
    std::vector<char32_t> letters;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = detail::decodeUtf8(text, pos);
        if (c < 0x80) {
            if (!std::isalnum(static_cast<int>(c))) continue;
            c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
        } else if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)) {
            continue; // Japanese punctuation and full-width symbols
        }
        letters.push_back(c);
    }
    std::vector<std::uint64_t> bigrams;
    if (letters.size() == 1) bigrams.push_back(letters.front());
    for (std::size_t i = 1; i < letters.size(); ++i)
        bigrams.push_back((std::uint64_t{letters[i - 1]} << 32) | letters[i]);
    std::sort(bigrams.begin(), bigrams.end());
    return bigrams;
}

/// Dice's coefficient of two sorted bigram multisets: 1 for the same text, 0 for nothing shared.
double similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b)
{
    if (a.empty() && b.empty()) return 1.0;
    std::size_t shared = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j])
            ++shared, ++i, ++j;
        else if (a[i] < b[j])
            ++i;
        else
            ++j;
    }
    return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

/// Near-duplicates share this much of their bigrams in every language: a changed particle or
/// a word added, not a different situation told in the same frame.
constexpr double kNearDuplicate = 0.9;
/// Pairs compared at most, so that a pack of a hundred thousand questions stays quick; pairs
/// whose lengths differ too much to be near are never compared.
constexpr std::size_t kMaxComparisons = 2'000'000;

struct PromptEntry {
    const Question* question;
    std::vector<std::vector<std::uint64_t>> bigrams; ///< per declared language
};

void checkDuplicatePrompts(const Pack& pack, Findings& findings)
{
    std::vector<PromptEntry> entries;
    for (const Quiz* quiz : quizzesOf(pack)) {
        for (const Question& question : quiz->pool) {
            PromptEntry entry{&question, {}};
            for (Language language : pack.languages)
                entry.bigrams.push_back(bigramsOf(question.prompt.plain(language)));
            entries.push_back(std::move(entry));
        }
    }
    if (entries.empty() || pack.languages.empty()) return;
    // Sorted by the first language's length: a pair too different in length ends the inner loop.
    std::sort(entries.begin(), entries.end(), [](const PromptEntry& a, const PromptEntry& b) {
        return a.bigrams[0].size() < b.bigrams[0].size() ||
               (a.bigrams[0].size() == b.bigrams[0].size() && a.question->line < b.question->line);
    });
    const double minRatio = kNearDuplicate / (2.0 - kNearDuplicate); // Dice ≤ 2·min/(min+max)
    std::vector<bool> reported(entries.size(), false);
    std::size_t comparisons = 0;
    for (std::size_t i = 0; i < entries.size() && comparisons < kMaxComparisons; ++i) {
        for (std::size_t j = i + 1; j < entries.size() && comparisons < kMaxComparisons; ++j) {
            if (static_cast<double>(entries[i].bigrams[0].size()) <
                minRatio * static_cast<double>(entries[j].bigrams[0].size()))
                break;
            ++comparisons;
            double least = 1.0;
            for (std::size_t l = 0; l < pack.languages.size() && least >= kNearDuplicate; ++l)
                least = std::min(least, similarity(entries[i].bigrams[l], entries[j].bigrams[l]));
            if (least < kNearDuplicate) continue;
            // Report the later question, pointing at the earlier one.
            const bool iFirst = entries[i].question->line < entries[j].question->line;
            const std::size_t later = iFirst ? j : i;
            const Question& earlier = *entries[iFirst ? i : j].question;
            if (reported[later]) continue;
            reported[later] = true;
            const Question& question = *entries[later].question;
            findings.warn(question.line, "duplicate-prompt",
                          "question '" + question.id + "' asks " + (least >= 1.0 ? "the same" : "nearly the same") +
                              " as question '" + earlier.id + "' (line " + std::to_string(earlier.line) + ")");
        }
    }
}

} // namespace

void checkQuizzes(const Pack& pack, Findings& findings)
{
    for (const Quiz* quiz : quizzesOf(pack)) {
        checkPositions(*quiz, findings);
        checkLongest(pack, *quiz, findings);
    }
    checkDuplicatePrompts(pack, findings);
}

} // namespace mamori::lessons::lint
