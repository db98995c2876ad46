#pragma once
// The app's state, as plain data: which screen is shown and what each screen is working
// on. The controller changes it in response to actions; screens only read it. Tests drive
// it without a window.

#include "draft.hpp"
#include "settings.hpp"
#include "views.hpp"

#include "mamori/lessons/model.hpp"
#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/learner_session.hpp"
#include "mamori/scoring/review_deck.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

enum class Screen { SignIn, Catalog, Lesson, Quiz, Results, Scenario, Inbox, Reviews, Settings };

std::string_view screenName(Screen screen);

/// A message shown in the window, in plain words (a UI string key), with optional technical
/// details (file names, FILE:LINE diagnostics) shown smaller underneath.
struct Notice {
    enum class Level { Info, Success, Warning, Error };
    Level level = Level::Info;
    std::string key;
    std::vector<std::string> args;
    std::vector<std::string> details;
};

struct KnownLearner {
    std::string id;
    std::string name;
};

struct SignInState {
    std::vector<KnownLearner> learners;
    std::string idInput;
    std::string nameInput;
    bool creating = false;
};

struct LessonState {
    std::shared_ptr<const lessons::Pack> pack;   ///< shared: the items below stay valid however the library changes
    const lessons::Lesson* lesson = nullptr;
    int page = 0;
};

struct QuizState {
    std::shared_ptr<const lessons::Pack> pack;   ///< shared: the items below stay valid however the library changes
    const lessons::Quiz* quiz = nullptr;
    int index = 0;                                  ///< the question shown
    std::map<std::string, Draft> drafts;            ///< by question id
    std::optional<scoring::AnswerFeedback> feedback;   ///< immediate feedback for `feedbackFor`
    std::string feedbackFor;
    bool askingToSubmit = false;                    ///< "N questions are unanswered: submit anyway?"
};

struct ResultsState {
    std::shared_ptr<const lessons::Pack> pack;   ///< shared: the items below stay valid however the library changes
    const lessons::Quiz* quiz = nullptr;
    int attemptNumber = 0;
    bool missedOnly = false;
};

/// The consequence of the option just chosen, shown before moving on.
struct Consequence {
    std::string nodeId;
    std::string optionId;
    bool ended = false;
};

struct ScenarioState {
    std::shared_ptr<const lessons::Pack> pack;   ///< shared: the items below stay valid however the library changes
    const lessons::Scenario* scenario = nullptr;
    int runNumber = 0;
    std::optional<Consequence> consequence;
};

/// Working through an inbox exercise: the message shown, and how the mail client is set.
struct InboxState {
    std::shared_ptr<const lessons::Pack> pack;   ///< shared: the items below stay valid however the library changes
    const lessons::Inbox* inbox = nullptr;
    int runNumber = 0;
    std::string selected;            ///< the message in the reading pane; empty: none yet
    bool marking = false;            ///< pointing at clues: the message's parts are marked, not opened
    bool showHeaders = false;
    std::string inspecting;          ///< the attachment whose full name is shown, hidden characters and all
    std::optional<InboxConsequence> consequence;
    bool showSummary = false;        ///< the run just finished: its result is shown
};

/// Reviewing the questions due today, one at a time.
struct ReviewsState {
    std::shared_ptr<const lessons::PackLibrary> library;   ///< what the queue points into, kept alive with it
    std::vector<scoring::DueReview> queue;          ///< what was due when the review began
    int index = 0;
    scoring::PlannedQuestion planned;
    Draft draft;
    std::optional<scoring::ReviewFeedback> feedback;
};

struct AppModel {
    Screen screen = Screen::SignIn;
    Screen beforeSettings = Screen::Catalog;
    Settings settings;
    SignInState signIn;
    std::unique_ptr<scoring::LearnerSession> session;
    LessonState lesson;
    QuizState quiz;
    ResultsState results;
    ScenarioState scenario;
    InboxState inbox;
    ReviewsState reviews;
    std::vector<Notice> notices;
    ScreenViews views;                           ///< what the screens draw, built once per action (views.hpp)
    bool japaneseFontMissing = false;
    /// The administrator fixed the language (/etc/mamori/mamori.conf): no language is offered.
    bool languageLocked = false;
    std::optional<std::uint64_t> nextQuizSeed;   ///< set by the script mode so attempts replay exactly
    bool quitRequested = false;

    lessons::Language language() const { return settings.language; }
    /// The draft of the question on screen, or nullptr.
    Draft* activeDraft();
    const Draft* activeDraft() const;
    /// The question on screen, or nullptr.
    const lessons::Question* activeQuestion() const;
};

} // namespace mamori::app
