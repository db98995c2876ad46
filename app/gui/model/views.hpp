#pragma once
// What each screen draws, built by the controller once per action (and when time changes
// something), so that a frame only reads plain values: screens never call into the learner's
// session or the scoring rules, and each rule ("a question is locked", "everything is answered")
// is decided in one place, here. A view holds its pack by shared ownership, so it stays valid
// however the library changes; it holds copies of the learner's records it shows.

#include "answer_text.hpp"
#include "catalog.hpp"
#include "draft.hpp"
#include "inbox_view.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/grading.hpp"
#include "mamori/scoring/learner_session.hpp"
#include "mamori/scoring/quiz_attempt.hpp"
#include "mamori/scoring/scenario_run.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct AppModel;

/// The header's "who is signed in".
struct HeaderView {
    std::string learnerId;
    std::string displayName;   ///< may be empty
};

struct CatalogScreenView {
    CatalogView catalog;
    int reviewsDue = 0;
    /// The last finished attempt of each quiz with one, by "PACK/QUIZ" (the catalog's "results" button).
    std::map<std::string, int> lastFinishedAttempt;
};

struct QuizView {
    std::shared_ptr<const lessons::Pack> pack;
    const lessons::Quiz* quiz = nullptr;             ///< in `pack`
    const lessons::Question* question = nullptr;     ///< the one shown, in `pack`
    scoring::PlannedQuestion planned;
    Draft draft;
    int index = 0, count = 0;
    std::vector<bool> answered;                      ///< by position, for the navigator
    int unanswered = 0;
    bool immediate = false;                          ///< feedback right after each answer
    bool answeredThis = false;                       ///< the question shown has an answer saved
    bool locked = false;                             ///< the answer cannot change (scoring::answerLocked)
    bool canConfirm = false;                         ///< the draft is complete (and its certainty chosen, when asked)
    bool last = false;                               ///< the last question of the attempt
    bool askingToSubmit = false;
    std::optional<scoring::AnswerFeedback> feedback; ///< for the question shown
    std::optional<scoring::Timestamp> deadline;      ///< when the time limit ends
};

struct ResultsView {
    std::shared_ptr<const lessons::Pack> pack;
    const lessons::Quiz* quiz = nullptr;
    scoring::AttemptRecord attempt;                  ///< the finished attempt shown
    scoring::QuizStanding standing;                  ///< (its inProgress pointer is cleared: it would outlive the action)
    bool canRetry = false;
    bool missedOnly = false;
    std::vector<ReviewRow> rows;
};

struct ScenarioView {
    std::shared_ptr<const lessons::Pack> pack;
    const lessons::Scenario* scenario = nullptr;
    std::optional<scoring::ScenarioRunRecord> open;      ///< the run in progress
    std::optional<scoring::ScenarioRunRecord> finished;  ///< the last run that reached an ending
    const lessons::ScenarioNode* node = nullptr;         ///< where the open run stands; null when the pack no longer fits it
    bool showEnding = false;
    int step = 0;                                        ///< 1-based, of the open run
};

struct ScreenViews {
    std::optional<HeaderView> header;
    std::optional<CatalogScreenView> catalog;
    std::optional<QuizView> quiz;
    std::optional<ResultsView> results;
    std::optional<ScenarioView> scenario;
    std::optional<InboxView> inbox;
    std::string scrollKey;   ///< names what is on screen: a new key starts it scrolled to the top
};

/// The views of the screen `model` shows (the others are left empty), from its session and `library`.
ScreenViews buildViews(const AppModel& model, const lessons::PackLibrary& library, scoring::Timestamp now);

} // namespace mamori::app
