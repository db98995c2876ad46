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
                           const PackLibrary& library, WidgetProbe& probe, FakeClock& clock, std::filesystem::path screenshotDir)
    : script_(std::move(script)), learnerId_(std::move(learnerId)), model_(model), controller_(controller), library_(library),
      probe_(probe), clock_(clock), screenshotDir_(std::move(screenshotDir))
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
        const ScriptCommand& command = script_.commands[nextCommand_++];
        line_ = command.line;
        expand(command);
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
        if (c.verb == "name") {
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

void ScriptDriver::answerSteps(const ScriptCommand& c)
{
    const std::string questionId = c.args[0];
    const std::vector<std::string> words(c.args.begin() + 1, c.args.end());
    push(later("answer " + questionId, [this, questionId, words] {
        if (!model_.session || model_.screen != Screen::Quiz || !model_.quiz.pack) return fail("no quiz is open");
        const AttemptRecord* attempt = model_.session->openAttempt(model_.quiz.pack->id, model_.quiz.quiz->id);
        if (!attempt) return fail("no attempt in progress");
        auto planned = std::find_if(attempt->questions.begin(), attempt->questions.end(),
                                    [&](const PlannedQuestion& p) { return p.questionId == questionId; });
        if (planned == attempt->questions.end()) return;  // not drawn this time: skipped, as mamori-tool does
        const int index = static_cast<int>(planned - attempt->questions.begin());
        const Question* question = model_.quiz.pack->question(questionId);
        ScriptedAnswer scripted;
        std::string problem;
        if (!readScriptedAnswer(*question, words, scripted, problem)) return fail(problem);
        if (model_.quiz.index != index) {
            push(click("quiz:nav:" + std::to_string(index + 1)));
            push(waitFor("question " + std::to_string(index + 1), [this, index] { return model_.quiz.index == index; }));
        }
        push(later("fill in " + questionId, [this, question, scripted] {
            const Response& target = scripted.response;
            fillIn(*question, target);
            if (scripted.certainty) {
                static const char* names[] = {"", "low", "medium", "high"};
                push(click(std::string("certainty:") + names[static_cast<int>(*scripted.certainty)]));
            }
            const std::size_t noticesBefore = model_.notices.size();
            const std::size_t stepsBefore = model_.session->openAttempt(model_.quiz.pack->id, model_.quiz.quiz->id)->steps.size();
            push(screenshot("answering-" + question->id));  // the answer as composed on screen
            push(click("quiz:confirm"));
            push(act("check the answer was taken", [this, question, target, noticesBefore, stepsBefore] {
                const AttemptRecord* a = model_.quiz.pack ? model_.session->openAttempt(model_.quiz.pack->id, model_.quiz.quiz->id) : nullptr;
                const AttemptRecord* last = model_.quiz.pack ? model_.session->lastFinishedAttempt(model_.quiz.pack->id, model_.quiz.quiz->id) : nullptr;
                const AttemptRecord* attempt = a ? a : last;
                const bool taken = attempt && attempt->steps.size() > stepsBefore && attempt->steps.back().questionId == question->id &&
                                   attempt->steps.back().response == target;
                if (taken) return;
                std::string why = model_.notices.size() > noticesBefore && !model_.notices.back().details.empty()
                                      ? model_.notices.back().details.front()
                                      : "the answer on screen did not match the script";
                fail(why);
            }));
            if (model_.quiz.quiz->feedback == FeedbackMode::Immediate) push(screenshot("feedback-" + question->id));
        }));
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

void ScriptDriver::expand(const ScriptCommand& c)
{
    const std::string& verb = c.verb;
    auto qualified = [&](std::string& packId, std::string& id) { return splitQualifiedId(c.args[0], packId, id); };
    if (verb == "name") {
        return;  // given when the learner was created at sign-in
    } else if (verb == "language") {
        const std::string code = c.args[0];
        push(click("lang:" + code));
        push(waitFor("the language " + code, [this, code] { return lessons::languageCode(model_.language()) == code; }));
    } else if (verb == "open") {
        std::string packId, lessonId;
        qualified(packId, lessonId);
        goToCatalog();
        push(click("open:" + packId + "/" + lessonId));
        push(waitFor("the lesson " + lessonId, [this, lessonId] {
            return model_.screen == Screen::Lesson && model_.lesson.lesson && model_.lesson.lesson->id == lessonId;
        }));
        push(screenshot(lessonId));
    } else if (verb == "view") {
        const std::vector<std::string> pages = c.args;
        push(later("view pages", [this, pages] {
            if (model_.screen != Screen::Lesson || !model_.lesson.lesson) return fail("no lesson is open");
            std::vector<int> targets;
            const auto& all = model_.lesson.lesson->pages;
            for (std::size_t i = 0; i < all.size(); ++i) {
                const bool wanted = (pages.size() == 1 && pages[0] == "all") || std::find(pages.begin(), pages.end(), all[i].id) != pages.end();
                if (wanted) targets.push_back(static_cast<int>(i));
            }
            if (pages[0] != "all" && targets.size() != pages.size()) return fail("the lesson has no such page");
            for (int target : targets) {
                auto walk = std::make_shared<std::function<void()>>();
                *walk = [this, target, walk] {
                    const int page = model_.lesson.page;
                    if (model_.screen != Screen::Lesson) return fail("left the lesson");
                    if (page == target) {
                        push(screenshot(model_.lesson.lesson->id + "-" + model_.lesson.lesson->pages[static_cast<std::size_t>(page)].id));
                        return;
                    }
                    push(click(page < target ? "lesson:next" : "lesson:back"));
                    push(later("turn the page", *walk));
                };
                push(later("go to page " + std::to_string(target + 1), *walk));
            }
        }));
    } else if (verb == "start") {
        std::string packId, quizId;
        qualified(packId, quizId);
        goToCatalog();
        // The script's form was checked when it was read: a seed here is a number.
        if (const auto seed = c.args.size() == 3 ? parseScriptSeed(c.args[2]) : std::nullopt) {
            push(act("fix the seed", [this, seed] { model_.nextQuizSeed = *seed; }));
        }
        push(click("open:" + packId + "/" + quizId));
        push(waitFor("the quiz " + quizId, [this] { return model_.screen == Screen::Quiz; }));
        push(act("remember the quiz", [this, packId, quizId] {
            focus_.quizPack = library_.find(packId);
            focus_.quizId = quizId;
            focus_.subject = ScriptFocus::Subject::Quiz;
        }));
        push(screenshot(quizId));
    } else if (verb == "goto") {
        const auto parsed = parseScriptQuestionNumber(c.args[0]);
        if (!parsed) return fail("goto takes a question number");
        const int number = *parsed;
        push(click("quiz:nav:" + std::to_string(number)));
        push(waitFor("question " + c.args[0], [this, number] { return model_.quiz.index == number - 1; }));
    } else if (verb == "answer") {
        answerSteps(c);
    } else if (verb == "submit") {
        push(click("quiz:submit"));
        push(later("confirm", [this] {
            if (model_.quiz.askingToSubmit) push(click("quiz:submit-confirm"));
        }));
        push(waitFor("the results", [this] { return model_.screen == Screen::Results; }));
        push(act("remember", [this] { focus_.subject = ScriptFocus::Subject::Quiz; }));
        push(screenshot("submitted"));
    } else if (verb == "review") {
        std::string packId, questionId;
        qualified(packId, questionId);
        const std::vector<std::string> words(c.args.begin() + 1, c.args.end());
        push(later("open the reviews", [this] {
            // Stay when the review screen still has a question to come; else start afresh from the catalog.
            const int next = model_.reviews.index + (model_.reviews.feedback ? 1 : 0);
            if (model_.screen == Screen::Reviews && next < static_cast<int>(model_.reviews.queue.size())) return;
            goToCatalog();
            push(click("catalog:reviews"));
            push(waitFor("the reviews", [this] { return model_.screen == Screen::Reviews; }));
        }));
        push(later("review " + questionId, [this, questionId, words] {
            if (model_.reviews.feedback) {
                push(click("reviews:next"));
                push(waitFor("the next review", [this] { return !model_.reviews.feedback; }));
            }
            push(later("answer the review", [this, questionId, words] {
                const Question* question = model_.activeQuestion();
                if (!question) return fail("no question is due for review");
                if (question->id != questionId) return fail("the next review is '" + question->id + "', not '" + questionId + "'");
                ScriptedAnswer scripted;
                std::string problem;
                if (!readScriptedAnswer(*question, words, scripted, problem)) return fail(problem);
                fillIn(*question, scripted.response);
                push(click("quiz:confirm"));
                push(waitFor("the review's feedback", [this] { return model_.reviews.feedback.has_value(); }));
                push(screenshot("review-" + questionId));
            }));
        }));
    } else if (verb == "play") {
        std::string packId, scenarioId;
        qualified(packId, scenarioId);
        goToCatalog();
        push(click("open:" + packId + "/" + scenarioId));
        push(waitFor("the scenario " + scenarioId, [this] { return model_.screen == Screen::Scenario; }));
        push(act("remember the scenario", [this, packId, scenarioId] {
            focus_.scenarioPack = library_.find(packId);
            focus_.scenarioId = scenarioId;
            focus_.subject = ScriptFocus::Subject::Scenario;
        }));
        push(screenshot(scenarioId));
    } else if (verb == "choose") {
        const std::string option = c.args[0];
        push(later("dismiss the last consequence", [this] {
            if (model_.scenario.consequence) push(click("scenario:continue"));
        }));
        push(click("option:" + option));
        push(waitFor("the consequence of " + option, [this] { return model_.scenario.consequence.has_value(); }));
        push(screenshot("chose-" + option));
        push(later("see the ending", [this] {
            if (!model_.scenario.consequence || !model_.scenario.consequence->ended) return;
            push(click("scenario:continue"));
            push(waitFor("the ending", [this] { return !model_.scenario.consequence; }));
            push(screenshot("ending"));
        }));
    } else if (verb == "wait") {
        const auto duration = parseScriptDuration(c.args[0]);
        if (!duration) return fail("wait takes a duration such as 90s, 20m, 2h or 3d");
        push(act("let time pass", [this, duration] {
            clock_.advance(*duration);
            if (auto problem = scoring::nowProblem(clock_.now())) fail("after this wait, " + *problem);
        }));
        push(screenshot("waited"));
    } else if (verb == "expect") {
        const std::vector<std::string> args = c.args;
        push(act("expect", [this, args] {
            if (!model_.session) return fail("not signed in");
            const Expectation e = evaluateExpectation(args, library_, *model_.session, focus_);
            if (!e.problem.empty()) return fail(e.problem);
            if (!e.holds) fail("expected " + e.expected + ", got " + e.actual);
        }));
    } else if (verb == "quit") {
        nextCommand_ = script_.commands.size();
        push(act("quit", [this] { controller_.apply(action::Quit{}); }));
    }
}

} // namespace mamori::app
