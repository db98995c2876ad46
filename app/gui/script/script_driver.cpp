#include "script_driver.hpp"

#include "drafts.hpp"
#include "screenshot.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdlib>
#include <iostream>

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

namespace {

constexpr int kPatienceFrames = 300;   // a step that has not happened after this many frames failed

std::string fileLabel(const std::string& text)
{
    std::string out;
    for (char c : text) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        out += keep || (c >= 'A' && c <= 'Z') ? lower : '-';
    }
    return out.substr(0, 60);
}

} // namespace

ScriptDriver::ScriptDriver(LearnerScript script, std::string learnerId, AppModel& model, AppController& controller,
                           WidgetProbe& probe, FakeClock& clock, std::filesystem::path screenshotDir)
    : script_(std::move(script)), learnerId_(std::move(learnerId)), model_(model), controller_(controller), probe_(probe), clock_(clock), screenshotDir_(std::move(screenshotDir))
{
    if (!screenshotDir_.empty()) std::filesystem::create_directories(screenshotDir_);
    signInSteps();
}

void ScriptDriver::beforeNewFrame(ImGuiIO& io)
{
    io.MousePos = mouse_;
    io.MouseDown[0] = mouseDown_;
    if (!typing_.empty()) {
        io.AddInputCharactersUTF8(typing_.c_str());
        typing_.clear();
    }
}

void ScriptDriver::afterRender(int width, int height)
{
    if (screenshotRequested_) {
        screenshotRequested_ = false;
        char name[32];
        std::snprintf(name, sizeof name, "%03d-", ++screenshotCount_);
        if (!screenshotDir_.empty()) saveScreenshot(screenshotDir_ / (name + fileLabel(screenshotLabel_) + ".png"), width, height);
    }
    if (finished_) return;
    if (pending_.empty()) {
        if (nextCommand_ >= script_.commands.size()) {
            finished_ = true;
            return;
        }
        command_ = &script_.commands[nextCommand_++];
        line_ = command_->line;
        playScriptCommand(*this, *command_);
        return;
    }
    Step step = pending_.front();
    collectingActive_ = true;
    const Status status = step.run(stepFrames_++);
    collectingActive_ = false;
    if (failed_ && step.what != "stop") {  // fail() replaced the queue with its own last step
        collecting_.clear();
        return;
    }
    if (status == Status::Failed) return;
    if (status == Status::Again) {
        if (stepFrames_ > kPatienceFrames) fail("gave up waiting: " + step.what);
        collecting_.clear();
        return;
    }
    if (std::getenv("MAMORI_SCRIPT_TRACE")) std::cerr << "script: " << step.what << " (" << stepFrames_ << " frames)\n";
    pending_.pop_front();
    stepFrames_ = 0;
    insertFront(std::move(collecting_));
    collecting_.clear();
}

std::string ScriptDriver::currentStep() const
{
    if (finished_ || pending_.empty()) return {};
    const std::string what = " (" + pending_.front().what + ")";
    if (!command_) return script_.file + ": signing in as " + learnerId_ + what;
    return script_.file + ":" + std::to_string(command_->line) + ": " + scriptCommandText(*command_) + what;
}

void ScriptDriver::insertFront(std::deque<Step> steps)
{
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) pending_.push_front(std::move(*it));
}

void ScriptDriver::fail(const std::string& message)
{
    if (failed_) return;
    failed_ = true;
    std::cerr << scriptError(script_.file, line_, message) << '\n';
    for (const Notice& n : model_.notices) {
        for (const std::string& detail : n.details) std::cerr << "  notice: " << n.key << ": " << detail << '\n';
    }
    // One more frame, to save a screenshot of what was on screen.
    screenshotRequested_ = true;
    screenshotLabel_ = "failure";
    pending_.clear();
    pending_.push_back({"stop", [this](int) {
                            finished_ = true;
                            return Status::Done;
                        }});
}

ScriptDriver::Step ScriptDriver::click(const std::string& widget)
{
    auto phase = std::make_shared<int>(0);
    return {"click '" + widget + "'", [this, widget, phase](int) {
                switch (*phase) {
                case 0:  // find it, scrolling to it when it is off screen
                    if (auto rect = probe_.find(widget)) {
                        mouse_ = rect->centre();
                        mouseDown_ = false;
                        *phase = 1;
                    } else if (probe_.exists(widget)) {
                        probe_.requestScroll(widget);
                    }
                    return Status::Again;
                case 1:
                    if (auto rect = probe_.find(widget)) mouse_ = rect->centre();
                    mouseDown_ = true;
                    *phase = 2;
                    return Status::Again;
                case 2:
                    mouseDown_ = false;
                    *phase = 3;
                    return Status::Again;
                case 3:
                    *phase = 4;  // the click's action is applied after this frame
                    return Status::Again;
                default:
                    mouse_ = ImVec2(-FLT_MAX, -FLT_MAX);
                    return Status::Done;
                }
            }};
}

ScriptDriver::Step ScriptDriver::type(const std::string& text)
{
    auto phase = std::make_shared<int>(0);
    return {"type '" + text + "'", [this, text, phase](int) {
                if ((*phase)++ == 0) {
                    typing_ = text;
                    return Status::Again;
                }
                return *phase < 4 ? Status::Again : Status::Done;
            }};
}

ScriptDriver::Step ScriptDriver::waitFor(const std::string& what, std::function<bool()> condition)
{
    return {what, [condition](int) { return condition() ? Status::Done : Status::Again; }};
}

ScriptDriver::Step ScriptDriver::act(const std::string& what, std::function<void()> doIt)
{
    return {what, [doIt](int) {
                doIt();
                return Status::Done;
            }};
}

ScriptDriver::Step ScriptDriver::later(const std::string& what, std::function<void()> addSteps)
{
    return act(what, std::move(addSteps));
}

ScriptDriver::Step ScriptDriver::screenshot(const std::string& label)
{
    auto phase = std::make_shared<int>(0);
    return {"screenshot", [this, label, phase](int) {
                if ((*phase)++ < 2) return Status::Again;  // let the screen settle for two frames
                if (*phase == 3) {
                    screenshotRequested_ = true;
                    screenshotLabel_ = std::string(screenName(model_.screen)) + "-" + label;
                    return Status::Again;
                }
                return Status::Done;
            }};
}

void ScriptDriver::signInSteps()
{
    std::string name;  // as in mamori-tool play: no display name unless the script gives one
    for (const ScriptCommand& c : script_.commands) {
        if (c.verb == ScriptVerb::Name) {
            name = c.args[0];
            break;
        }
    }
    push(waitFor("the sign-in screen", [this] { return model_.screen == Screen::SignIn; }));
    push(later("sign in", [this, name] {
        const auto& known = model_.signIn.learners;
        const bool exists = std::any_of(known.begin(), known.end(), [&](const KnownLearner& l) { return l.id == learnerId_; });
        if (exists) {
            push(screenshot("choose"));
            push(click("signin:learner:" + learnerId_));
            return;
        }
        if (!model_.signIn.creating && !known.empty()) push(click("signin:new"));
        push(click("signin:id"));
        push(type(learnerId_));
        if (!name.empty()) {
            push(click("signin:name"));
            push(type(name));
        }
        push(screenshot("new-learner"));
        push(click("signin:create"));
    }));
    push(waitFor("the catalog after signing in", [this] { return model_.screen == Screen::Catalog && model_.session; }));
    push(screenshot("signed-in"));
}

void ScriptDriver::goToCatalog()
{
    push(later("go to the catalog", [this] {
        if (model_.screen == Screen::Catalog) return;
        push(click("nav:catalog"));
        push(waitFor("the catalog", [this] { return model_.screen == Screen::Catalog; }));
    }));
}

void ScriptDriver::fillIn(const Question& q, const Response& target)
{
    const Question* question = &q;
    const Draft* draft = model_.activeDraft();
    if (!draft) return fail("the question is not on screen");
    if (question->trueFalse()) {
        push(click("tf:" + target.choices.at(0)));
    } else if (question->ordering()) {
        // Move each step up until it is in place, as a learner would with the arrows.
        auto fix = std::make_shared<std::function<void()>>();
        *fix = [this, target, fix] {
            const Draft* d = model_.activeDraft();
            for (std::size_t i = 0; d && i < target.choices.size() && i < d->order.size(); ++i) {
                if (d->order[i] != target.choices[i]) {
                    push(click("step-up:" + target.choices[i]));
                    push(later("order the steps", *fix));
                    return;
                }
            }
        };
        push(later("order the steps", *fix));
    } else if (question->matching()) {
        for (const auto& [left, right] : target.matches) {
            auto it = draft->matches.find(left);
            if (it == draft->matches.end() || it->second != right) push(click("match:" + left + ":" + right));
        }
    } else if (question->shortText()) {
        push(click("answer-text"));
        push(type(target.text));
    } else if (question->hotspot()) {
        // Click each region that differs from the draft where it lies on the picture, as a
        // learner would (the widget tracks a spot inside each region that chooses it).
        for (const std::string& id : target.choices) {
            if (std::find(draft->selected.begin(), draft->selected.end(), id) == draft->selected.end())
                push(click("hotspot:" + id));
        }
        for (const std::string& id : draft->selected) {
            if (std::find(target.choices.begin(), target.choices.end(), id) == target.choices.end())
                push(click("hotspot:" + id));
        }
    } else {
        // Toggle what differs from the draft (a deferred answer may be changed).
        std::vector<std::string> toClick;
        for (const std::string& id : target.choices) {
            if (std::find(draft->selected.begin(), draft->selected.end(), id) == draft->selected.end()) toClick.push_back(id);
        }
        if (question->kind == QuestionKind::MultipleResponse) {
            for (const std::string& id : draft->selected) {
                if (std::find(target.choices.begin(), target.choices.end(), id) == target.choices.end()) toClick.push_back(id);
            }
        }
        for (const std::string& id : toClick) push(click("choice:" + id));
    }
}

} // namespace mamori::app
