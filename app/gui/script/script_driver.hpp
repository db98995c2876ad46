#pragma once
// The app's script mode: replays a learner script (the format `mamori-tool play` reads)
// through the real window. Each command becomes what a learner would do: the driver finds
// the widget by name, moves the mouse there, presses and releases it, types text; ImGui's
// own widgets react as they would to a person. It saves a screenshot of each screen it
// passes through, checks `expect` lines, and stops at the first failure.

#include "controller.hpp"
#include "learner_script.hpp"
#include "script_expectations.hpp"
#include "widget_probe.hpp"

#include "mamori/scoring/clock.hpp"

#include <imgui.h>

#include <deque>
#include <filesystem>
#include <functional>
#include <string>

namespace mamori::app {

class ScriptDriver {
public:
    ScriptDriver(LearnerScript script, std::string learnerId, AppModel& model, AppController& controller,
                 const lessons::PackLibrary& library, WidgetProbe& probe, scoring::FakeClock& clock,
                 std::filesystem::path screenshotDir);

    /// Injects this frame's mouse and keyboard input (between the backend's and ImGui's NewFrame).
    void beforeNewFrame(ImGuiIO& io);
    /// Moves the script on after a frame was drawn; takes screenshots of the back buffer.
    void afterRender(int width, int height);

    bool finished() const { return finished_; }
    int exitCode() const { return failed_ ? 1 : 0; }

private:
    enum class Status { Again, Done, Failed };
    struct Step {
        std::string what;                      ///< for failure messages
        std::function<Status(int frame)> run;  ///< called once per frame until Done or Failed
    };

    void expand(const ScriptCommand& command);
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
    void answerSteps(const ScriptCommand& command);
    /// Clicks and types what makes the draft on screen equal `target`.
    void fillIn(const lessons::Question& question, const scoring::Response& target);
    void fail(const std::string& message);

    LearnerScript script_;
    std::string learnerId_;
    AppModel& model_;
    AppController& controller_;
    const lessons::PackLibrary& library_;
    WidgetProbe& probe_;
    scoring::FakeClock& clock_;
    std::filesystem::path screenshotDir_;

    std::size_t nextCommand_ = 0;
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
