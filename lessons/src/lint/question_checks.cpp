// Checks of one question at a time: its source, the feedback on its wrong answers, and answer
// parts that make it harder to read than to know (long orderings) or guessable (matchings).

#include "lint_checks.hpp"

namespace mamori::lessons::lint {
namespace {

/// Ordering questions longer than this are a memory test more than an understanding one, and
/// their partial credit becomes hard to read.
constexpr std::size_t kMaxOrderingSteps = 6;

void checkQuestion(const Question& question, Findings& findings)
{
    const std::string kind(questionKindName(question.kind));
    const std::string what = "question '" + question.id + "'";
    if (!question.source)
        findings.warn(question.line, "missing-source",
                      what + " names no <source> for its fact (a law, a guideline, the company's rules)");

    if (const ChoiceAnswer* key = question.choices()) {
        for (const Choice& choice : key->choices) {
            if (choice.correct || !choice.feedback.empty()) continue;
            const int line = findings.source().childLine(question.line, "choice", choice.id, question.line);
            findings.warn(line, "choice-without-feedback",
                          "wrong choice '" + choice.id + "' of " + what + " has no <feedback> saying why it is wrong");
        }
    }
    if (const TrueFalseAnswer* key = question.trueFalse()) {
        const LocalizedText& wrong = key->answer ? key->feedbackFalse : key->feedbackTrue;
        if (wrong.empty()) {
            findings.warn(question.line, "choice-without-feedback",
                          what + " has no <" + std::string(key->answer ? "feedback-false" : "feedback-true") +
                              "> for the wrong reply");
        }
    }
    if (const OrderingAnswer* key = question.ordering(); key && key->steps.size() > kMaxOrderingSteps) {
        findings.warn(question.line, "long-ordering",
                      "<" + kind + "> '" + question.id + "' has " + std::to_string(key->steps.size()) +
                          " steps; more than " + std::to_string(kMaxOrderingSteps) +
                          " test memory rather than understanding: split it or keep the key steps");
    }
    if (const MatchingAnswer* key = question.matching(); key && key->distractors.empty()) {
        findings.warn(
            question.line, "matching-without-distractor",
            "<" + kind + "> '" + question.id +
                "' has no <distractor>: with as many right items as left ones, the last pair is found by elimination");
    }
}

} // namespace

void checkQuestions(const Pack& pack, Findings& findings)
{
    for (const Quiz* quiz : quizzesOf(pack)) {
        for (const Question& question : quiz->pool) checkQuestion(question, findings);
    }
}

} // namespace mamori::lessons::lint
