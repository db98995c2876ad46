#pragma once
// The app's script mode: replays a learner script (the format `mamori-tool play` reads)
// through the real window. Each command becomes what a learner would do: the driver finds
// the widget by name, moves the mouse there, presses and releases it, types text; ImGui's
// own widgets react as they would to a person. It saves a screenshot of each screen it
// passes through, checks `expect` lines, and stops at the first failure. Each verb turns into
// steps in its own function (script_driver_verbs.cpp); the steps run one or more frames each.

#include "controller.hpp"
#include "learner_script.hpp"
#include "script_expectations.hpp"
#include "script_verbs.hpp"
#include "widget_probe.hpp"

#include "mamori/scoring/clock.hpp"

#include <imgui.h>

#include <deque>
#include <filesystem>
#include <functional>
#include <string>

namespace mamori::app {

class ScriptDriver final : public ScriptPlayer {
public:
    /// The packs are the controller's (AppController::library), whichever it holds.
    ScriptDriver(LearnerScript script, std::string learnerId, AppModel& model, AppController& controller, WidgetProbe& probe,
                 scoring::FakeClock& clock, std::filesystem::path screenshotDir);

    /// Injects this frame's mouse and keyboard input (between the backend's and ImGui's NewFrame).
    void beforeNewFrame(ImGuiIO& io);
    /// Moves the script on after a frame was drawn; takes screenshots of the back buffer.
    void afterRender(int width, int height);

    bool finished() const { return finished_; }
    int exitCode() const { return failed_ ? 1 : 0; }
    /// `SCRIPT:LINE: COMMAND (STEP)` for the step being played, to name it when something
    /// breaks mid-frame; empty when no step is.
    std::string currentStep() const;

private:
    enum class Status { Again, Done, Failed };
    struct Step {
        std::string what;                      ///< for failure messages
        std::function<Status(int frame)> run;  ///< called once per frame until Done or Failed
    };

    // One function per verb: each queues the steps a learner would take.
    void name(const ScriptCommand& c) override;
    void language(const ScriptCommand& c) override;
    void open(const ScriptCommand& c) override;
    void view(const ScriptCommand& c) override;
    void start(const ScriptCommand& c) override;
    void goTo(const ScriptCommand& c) override;
    void answer(const ScriptCommand& c) override;
    void submit(const ScriptCommand& c) override;
    void review(const ScriptCommand& c) override;
    void play(const ScriptCommand& c) override;
    void choose(const ScriptCommand& c) override;
    void mail(const ScriptCommand& c) override;
    void wait(const ScriptCommand& c) override;
    void expect(const ScriptCommand& c) override;
    void quit(const ScriptCommand& c) override;

    void signInSteps();
    // Building blocks
    Step click(const std::string& widget);
    Step type(const std::string& text);
    Step waitFor(const std::string& what, std::function<bool()> condition);
    Step act(const std::string& what, std::function<void()> doIt);
    Step later(const std::string& what, std::function<void()> addSteps);
    Step screenshot(const std::string& label);
    /// Queues a step; steps queued while another runs go right after it, before the rest.
    void push(Step step) { (collectingActive_ ? collecting_ : pending_).push_back(std::move(step)); }
    /// Inserts steps produced while running a step, before the rest.
    void insertFront(std::deque<Step> steps);
    void goToCatalog();
    /// Turns the lesson's pages to page `target` (0-based) and screenshots it.
    void turnToPage(int target);
    /// Answers a drawn question of the open attempt, going to it first.
    void answerOnScreen(const std::string& questionId, const std::vector<std::string>& words);
    /// Fills in, confirms and checks that the attempt took the answer.
    void fillInAndConfirm(const lessons::Question& question, const ScriptedAnswer& scripted);
    void openReviews();
    void answerReview(const std::string& questionId, const std::vector<std::string>& words);
    /// Clicks and types what makes the draft on screen equal `target`.
    void fillIn(const lessons::Question& question, const scoring::Response& target);
    void fail(const std::string& message);

    LearnerScript script_;
    std::string learnerId_;
    AppModel& model_;
    AppController& controller_;
    WidgetProbe& probe_;
    scoring::FakeClock& clock_;
    std::filesystem::path screenshotDir_;

    std::size_t nextCommand_ = 0;
    const ScriptCommand* command_ = nullptr;  ///< the one being played; null while signing in
    int line_ = 0;
    std::deque<Step> pending_;
    int stepFrames_ = 0;
    std::deque<Step> collecting_;
    bool collectingActive_ = false;
    // Mouse state to inject this frame.
    ImVec2 mouse_{-1, -1};
    bool mouseDown_ = false;
    std::string typing_;
    bool screenshotRequested_ = false;
    std::string screenshotLabel_;
    int screenshotCount_ = 0;
    ScriptFocus focus_;
    bool finished_ = false;
    bool failed_ = false;
};

} // namespace mamori::app
