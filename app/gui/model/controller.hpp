#pragma once
// Applies learner actions to the app's state, through the learner's session, and says
// what the outside world must do (effects). No window, no audio, no files beyond the
// session's own: tests drive it directly.

#include "actions.hpp"
#include "app_model.hpp"
#include "effects.hpp"

#include "key_location.hpp"
#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/clock.hpp"

#include <filesystem>
#include <memory>

namespace mamori::app {

struct AppEnvironment {
    std::shared_ptr<const lessons::PackLibrary> library;   ///< replaced whole by replaceLibrary, never changed in place
    std::filesystem::path dataDir;
    KeyLocation key;
    records::Storage& storage;
    const scoring::Clock& clock;
    std::string certificateUrl = {};   ///< the organisation's address for checking certificates; empty: none
};

class AppController {
public:
    AppController(AppEnvironment environment, AppModel& model);

    Effects apply(const Action& action);

    /// Time-driven changes (a quiz running out of time); called whenever the app wakes.
    Effects tick();

    /// Seconds until something on screen changes by itself (a quiz timer), or a negative
    /// number when nothing will: the main loop sleeps that long.
    double secondsUntilNextChange() const;

    /// Builds the views of the screen shown (views.hpp); apply() and tick() do it after each change.
    void refreshViews();

    /// Reads the learners known on this machine for the sign-in screen.
    void refreshLearners();

    /// Reports packs that failed to load, once, at start-up.
    void reportLibraryProblems();

    /// Reports lines of the settings files that were ignored (`FILE:LINE: error: …`), once, at
    /// start-up: a desktop launch shows no error output, and the learner can pass them on to IT.
    void reportSettingsProblems(const std::vector<std::string>& problems);

    /// Puts `library` in place of the packs shown (a trainer saved a pack, the packs were
    /// reloaded): whatever is on screen is found again by its ids in the new packs, a page or
    /// question number is kept within range, drafts stay, and when the thing shown is gone the
    /// catalog shows with a notice. Nothing keeps pointing into the old library.
    Effects replaceLibrary(std::shared_ptr<const lessons::PackLibrary> library);

    const lessons::PackLibrary& library() const { return *env_.library; }
    const std::shared_ptr<const lessons::PackLibrary>& sharedLibrary() const { return env_.library; }
    const AppEnvironment& environment() const { return env_; }

private:
    // Sign-in and navigation
    void signIn(const std::string& learnerId, const std::string& newName, Effects& effects);
    void createLearner(Effects& effects);
    void showCatalog(Effects& effects);
    void showSettings();
    void signOut(Effects& effects);
    void continueLearning(Effects& effects);
    // Lessons
    void openLesson(const std::string& packId, const std::string& lessonId, Effects& effects);
    void goToPage(int index, Effects& effects);
    void narration(action::NarrationCommand command, Effects& effects);
    // Quizzes
    void startQuiz(const std::string& packId, const std::string& quizId, Effects& effects);
    void showQuestion(int index);
    void editDraft(const Action& action);
    void confirmAnswer(Effects& effects);
    void askSubmit(Effects& effects);
    void submitQuiz(Effects& effects);
    void showResultsOf(const std::string& packId, const std::string& quizId, int attemptNumber);
    void showResults(const std::shared_ptr<const lessons::Pack>& pack, const lessons::Quiz& quiz, int attemptNumber);
    void retryQuiz(Effects& effects);
    void loadDrafts();
    // Scenarios
    void startScenario(const std::string& packId, const std::string& scenarioId, Effects& effects);
    void chooseOption(const std::string& optionId, Effects& effects);
    // Inbox exercises (controller_inbox.cpp)
    void startInbox(const std::string& packId, const std::string& inboxId, Effects& effects);
    void selectMessage(const std::string& messageId);
    void actOnMessage(scoring::InboxAction action, const std::string& target, Effects& effects);
    void dismissInboxConsequence();
    // Reviews
    void startReviews(Effects& effects);
    void showReview(int index);
    void confirmReview(Effects& effects);
    // Settings
    void changeSettings(const Action& action, Effects& effects);
    // Certificates (controller_certificate.cpp)
    void saveCertificate(const std::string& packId);

    // Replacing the library (controller_library.cpp)
    void findLessonAgain();
    void findQuizAgain();
    void findResultsAgain();
    void findScenarioAgain();
    void findInboxAgain();
    void findReviewsAgain();
    void contentGone(Screen screen);

    void dismissNotice(int index);
    void clearOldGoodNews(std::size_t noticesBefore);
    /// Shows a refusal from the session in plain words.
    void refused(const scoring::Refusal& refusal);
    /// Congratulates on milestones the last action reached.
    void announceCompletions(Effects& effects);
    void notify(Notice::Level level, std::string key, std::vector<std::string> args = {}, std::vector<std::string> details = {});
    /// The pack `packId` of the library, shared (a screen's state keeps it), or null.
    std::shared_ptr<const lessons::Pack> pack(const std::string& packId) const;

    AppEnvironment env_;
    AppModel& model_;
};

} // namespace mamori::app
