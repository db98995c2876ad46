#pragma once
// Answers in words, for the results review: what the learner answered and what was right,
// in the learner's language.

#include "ui_strings.hpp"

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

/// One line per part: the chosen choices, the steps in the learner's order, "left → right"
/// pairs, or the typed text. Empty when there was no answer.
std::vector<std::string> describeResponse(const lessons::Question& question, const scoring::Response& response,
                                          lessons::Language language, const UiStrings& strings);

/// The right answer, the same way.
std::vector<std::string> describeCorrectAnswer(const lessons::Question& question, lessons::Language language,
                                               const UiStrings& strings);

/// The feedback the learner's response earns: the picked choices' feedback, the true/false
/// reply's, or the short-text one when wrong.
std::vector<const lessons::LocalizedText*> feedbackFor(const lessons::Question& question, const scoring::Response& response,
                                                       bool right);

/// A question's rows in a finished attempt's review.
struct ReviewRow {
    const lessons::Question* question = nullptr;
    std::optional<scoring::AnswerStep> answer;     ///< a copy (rows outlive the action); none when unanswered or carried over
    bool carried = false;                          ///< right in the attempt before ("missed only" retry)
    double score = 0, maxScore = 0;
    bool right = false;
};

std::vector<ReviewRow> reviewRows(const lessons::Pack& pack, const scoring::AttemptRecord& attempt, bool missedOnly);

} // namespace mamori::app
