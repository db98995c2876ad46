#pragma once
// One question kind in the app's model, as one bundle per kind: how the learner's draft starts,
// becomes a response and counts as complete, and how answers read in words. kind_answers.cpp
// lists the bundles; drafts.cpp, answer_text.cpp and the controller ask it by kind. The kind's
// widget is its twin in ui/kinds/.

#include "draft.hpp"
#include "ui_strings.hpp"

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/attempt_plan.hpp"
#include "mamori/scoring/response.hpp"

#include <string>
#include <vector>

namespace mamori::app {

struct KindAnswers {
    /// Fills a fresh draft (an ordering starts in the order shown).
    void (*startDraft)(const lessons::Question& question, const scoring::PlannedQuestion& planned, Draft& draft);
    /// Puts a saved response back into a draft, to show it again.
    void (*loadDraft)(const lessons::Question& question, const scoring::Response& response, Draft& draft);
    /// The response a draft stands for (empty when nothing is chosen yet).
    scoring::Response (*responseOf)(const lessons::Question& question, const Draft& draft);
    /// Whether the draft says enough to be confirmed.
    bool (*isComplete)(const lessons::Question& question, const Draft& draft);
    /// Picking a choice adds it to the others (multiple response) rather than replacing them.
    bool picksMany;
    /// One line per part of `response`, in the learner's language.
    std::vector<std::string> (*describe)(const lessons::Question& question, const scoring::Response& response,
                                         lessons::Language language, const UiStrings& strings);
    /// The right answer in words.
    std::vector<std::string> (*describeCorrect)(const lessons::Question& question, lessons::Language language,
                                                const UiStrings& strings);
    /// The feedback texts the response earns.
    std::vector<const lessons::LocalizedText*> (*feedback)(const lessons::Question& question,
                                                           const scoring::Response& response, bool right);
};

/// The bundle of `kind`; every kind has one (a switch with no default, so the compiler names a
/// kind left out).
const KindAnswers& kindAnswers(lessons::QuestionKind kind);

// ---- pieces several kinds share

/// The right answer described like a response (the grading's correctResponse in words).
std::vector<std::string> describeCorrectResponse(const lessons::Question& question, lessons::Language language,
                                                 const UiStrings& strings);
/// No feedback beyond the explanation.
std::vector<const lessons::LocalizedText*> noFeedback(const lessons::Question& question,
                                                      const scoring::Response& response, bool right);
/// A draft with nothing in it yet.
void emptyDraft(const lessons::Question& question, const scoring::PlannedQuestion& planned, Draft& draft);

} // namespace mamori::app
