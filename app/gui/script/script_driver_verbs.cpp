// The script driver's verbs: each queues the steps a learner would take in the window for one
// script command (clicks, typing, waiting for a screen, screenshots), in the order they run.

#include "script_driver.hpp"

#include "mail_command.hpp"

#include <algorithm>
#include <memory>

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

void ScriptDriver::name(const ScriptCommand&)
{
    // Given when the learner was created at sign-in (signInSteps).
}

void ScriptDriver::language(const ScriptCommand& c)
{
    const std::string code = c.args[0];
    push(click("lang:" + code));
    push(waitFor("the language " + code, [this, code] { return lessons::languageCode(model_.language()) == code; }));
}

void ScriptDriver::open(const ScriptCommand& c)
{
    std::string packId, lessonId;
    splitQualifiedId(c.args[0], packId, lessonId);
    goToCatalog();
    push(click("open:" + packId + "/" + lessonId));
    push(waitFor("the lesson " + lessonId, [this, lessonId] {
        return model_.screen == Screen::Lesson && model_.lesson.lesson && model_.lesson.lesson->id == lessonId;
    }));
    push(screenshot(lessonId));
}

void ScriptDriver::view(const ScriptCommand& c)
{
    const std::vector<std::string> pages = c.args;
    push(later("view pages", [this, pages] {
        if (model_.screen != Screen::Lesson || !model_.lesson.lesson) return fail("no lesson is open");
        std::vector<int> targets;
        const auto& all = model_.lesson.lesson->pages;
        for (std::size_t i = 0; i < all.size(); ++i) {
            const bool wanted =
                (pages.size() == 1 && pages[0] == "all") || std::find(pages.begin(), pages.end(), all[i].id) != pages.end();
            if (wanted) targets.push_back(static_cast<int>(i));
        }
        if (pages[0] != "all" && targets.size() != pages.size()) return fail("the lesson has no such page");
        for (int target : targets) turnToPage(target);
    }));
}

void ScriptDriver::turnToPage(int target)
{
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

void ScriptDriver::start(const ScriptCommand& c)
{
    std::string packId, quizId;
    splitQualifiedId(c.args[0], packId, quizId);
    goToCatalog();
    // The script's form was checked when it was read: a seed here is a number.
    if (const auto seed = c.args.size() == 3 ? parseScriptSeed(c.args[2]) : std::nullopt) {
        push(act("fix the seed", [this, seed] { model_.nextQuizSeed = *seed; }));
    }
    push(click("open:" + packId + "/" + quizId));
    push(waitFor("the quiz " + quizId, [this] { return model_.screen == Screen::Quiz; }));
    push(act("remember the quiz", [this, packId, quizId] {
        focus_.quizPack = controller_.library().find(packId);
        focus_.quizId = quizId;
        focus_.subject = ScriptFocus::Subject::Quiz;
    }));
    push(screenshot(quizId));
}

void ScriptDriver::goTo(const ScriptCommand& c)
{
    const auto parsed = parseScriptQuestionNumber(c.args[0]);
    if (!parsed) return fail("goto takes a question number");
    const int number = *parsed;
    push(click("quiz:nav:" + std::to_string(number)));
    push(waitFor("question " + c.args[0], [this, number] { return model_.quiz.index == number - 1; }));
}

void ScriptDriver::answer(const ScriptCommand& c)
{
    const std::string questionId = c.args[0];
    const std::vector<std::string> words(c.args.begin() + 1, c.args.end());
    push(later("answer " + questionId, [this, questionId, words] { answerOnScreen(questionId, words); }));
}

void ScriptDriver::answerOnScreen(const std::string& questionId, const std::vector<std::string>& words)
{
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
    push(later("fill in " + questionId, [this, question, scripted] { fillInAndConfirm(*question, scripted); }));
}

void ScriptDriver::fillInAndConfirm(const Question& question, const ScriptedAnswer& scripted)
{
    const Response& target = scripted.response;
    fillIn(question, target);
    if (scripted.certainty) {
        static const char* names[] = {"", "low", "medium", "high"};
        push(click(std::string("certainty:") + names[static_cast<int>(*scripted.certainty)]));
    }
    const std::size_t noticesBefore = model_.notices.size();
    const std::size_t stepsBefore = model_.session->openAttempt(model_.quiz.pack->id, model_.quiz.quiz->id)->steps.size();
    push(screenshot("answering-" + question.id));  // the answer as composed on screen
    push(click("quiz:confirm"));
    const Question* asked = &question;
    push(act("check the answer was taken", [this, asked, target, noticesBefore, stepsBefore] {
        const auto& pack = model_.quiz.pack;
        const AttemptRecord* open = pack ? model_.session->openAttempt(pack->id, model_.quiz.quiz->id) : nullptr;
        const AttemptRecord* last = pack ? model_.session->lastFinishedAttempt(pack->id, model_.quiz.quiz->id) : nullptr;
        const AttemptRecord* attempt = open ? open : last;
        const bool taken = attempt && attempt->steps.size() > stepsBefore && attempt->steps.back().questionId == asked->id &&
                           attempt->steps.back().response == target;
        if (taken) return;
        std::string why = model_.notices.size() > noticesBefore && !model_.notices.back().details.empty()
                              ? model_.notices.back().details.front()
                              : "the answer on screen did not match the script";
        fail(why);
    }));
    if (model_.quiz.quiz->feedback == FeedbackMode::Immediate) push(screenshot("feedback-" + question.id));
}

void ScriptDriver::submit(const ScriptCommand&)
{
    push(click("quiz:submit"));
    push(later("confirm", [this] {
        if (model_.quiz.askingToSubmit) push(click("quiz:submit-confirm"));
    }));
    push(waitFor("the results", [this] { return model_.screen == Screen::Results; }));
    push(act("remember", [this] { focus_.subject = ScriptFocus::Subject::Quiz; }));
    push(screenshot("submitted"));
}

void ScriptDriver::review(const ScriptCommand& c)
{
    std::string packId, questionId;
    splitQualifiedId(c.args[0], packId, questionId);
    const std::vector<std::string> words(c.args.begin() + 1, c.args.end());
    push(later("open the reviews", [this] { openReviews(); }));
    push(later("review " + questionId, [this, questionId, words] {
        if (model_.reviews.feedback) {
            push(click("reviews:next"));
            push(waitFor("the next review", [this] { return !model_.reviews.feedback; }));
        }
        push(later("answer the review", [this, questionId, words] { answerReview(questionId, words); }));
    }));
}

void ScriptDriver::openReviews()
{
    // Stay when the review screen still has a question to come; else start afresh from the catalog.
    const int next = model_.reviews.index + (model_.reviews.feedback ? 1 : 0);
    if (model_.screen == Screen::Reviews && next < static_cast<int>(model_.reviews.queue.size())) return;
    goToCatalog();
    push(click("catalog:reviews"));
    push(waitFor("the reviews", [this] { return model_.screen == Screen::Reviews; }));
}

void ScriptDriver::answerReview(const std::string& questionId, const std::vector<std::string>& words)
{
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
}

void ScriptDriver::play(const ScriptCommand& c)
{
    std::string packId, scenarioId;
    splitQualifiedId(c.args[0], packId, scenarioId);
    goToCatalog();
    const lessons::Pack* pack = controller_.library().find(packId);
    if (pack && pack->inbox(scenarioId)) {
        push(click("open:" + packId + "/" + scenarioId));
        push(waitFor("the inbox " + scenarioId, [this] { return model_.screen == Screen::Inbox; }));
        push(act("remember the inbox", [this, packId, scenarioId] {
            focus_.inboxPack = controller_.library().find(packId);
            focus_.inboxId = scenarioId;
            focus_.subject = ScriptFocus::Subject::Inbox;
        }));
        push(screenshot(scenarioId));
        return;
    }
    push(click("open:" + packId + "/" + scenarioId));
    push(waitFor("the scenario " + scenarioId, [this] { return model_.screen == Screen::Scenario; }));
    push(act("remember the scenario", [this, packId, scenarioId] {
        focus_.scenarioPack = controller_.library().find(packId);
        focus_.scenarioId = scenarioId;
        focus_.subject = ScriptFocus::Subject::Scenario;
    }));
    push(screenshot(scenarioId));
}

void ScriptDriver::choose(const ScriptCommand& c)
{
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
}

void ScriptDriver::mail(const ScriptCommand& c)
{
    std::string problem;
    const auto command = readMailCommand(c.args, problem);
    if (!command) return fail(problem);
    const std::string messageId = command->messageId;
    // The steps the run holds before this line, to see the action recorded.
    auto recordedSteps = [this] {
        const InboxState& s = model_.inbox;
        if (!s.pack || !model_.session) return std::size_t{0};
        const scoring::InboxRunRecord* run = model_.session->openInboxRun(s.pack->id, s.inbox->id);
        if (!run) run = model_.session->lastFinishedInboxRun(s.pack->id, s.inbox->id);
        return run ? run->steps.size() : std::size_t{0};
    };
    push(later("dismiss the last consequence", [this] {
        if (model_.inbox.consequence) push(click("inbox:continue"));
    }));
    push(later("show the message " + messageId, [this, messageId] {
        if (model_.inbox.showSummary) push(click("inbox:review"));
        if (model_.inbox.selected != messageId) {
            push(click("inbox:message:" + messageId));
            push(waitFor("the message " + messageId, [this, messageId] { return model_.inbox.selected == messageId; }));
        }
    }));
    if (command->action == scoring::InboxAction::Open) {
        push(screenshot("mail-" + messageId));
        return;
    }
    const MailCommand mail = *command;
    push(later("act on " + messageId, [this, mail, recordedSteps] {
        using scoring::InboxAction;
        const bool marking = mail.action == InboxAction::MarkClue || mail.action == InboxAction::UnmarkClue;
        if (marking != model_.inbox.marking) push(click("inbox:marking"));
        std::string widget;
        switch (mail.action) {
        case InboxAction::OpenLink: widget = "inbox:link:" + mail.target; break;
        case InboxAction::OpenAttachment: widget = "inbox:attachment:" + mail.target; break;
        case InboxAction::Reply: widget = "inbox:reply"; break;
        case InboxAction::Report: widget = "inbox:report"; break;
        case InboxAction::Delete: widget = "inbox:delete"; break;
        case InboxAction::MarkSafe: widget = "inbox:mark-safe"; break;
        case InboxAction::MarkClue:
        case InboxAction::UnmarkClue: {
            const auto part = lessons::parseMailPart(mail.target);
            if (!part) return fail("'" + mail.target + "' is not a part of a message (sender, link:ID, phrase:ID…)");
            if (part->kind == lessons::MailPartKind::Header && !model_.inbox.showHeaders) push(click("inbox:headers"));
            widget = part->kind == lessons::MailPartKind::Link         ? "inbox:link:" + part->ref
                     : part->kind == lessons::MailPartKind::Attachment ? "inbox:attachment:" + part->ref
                                                                       : "inbox:part:" + mail.target;
            break;
        }
        case InboxAction::Open: break;
        }
        const std::size_t before = recordedSteps();
        push(click(widget));
        push(waitFor(std::string(scoring::inboxActionName(mail.action)) + " recorded",
                     [recordedSteps, before] { return recordedSteps() > before; }));
        push(screenshot(std::string(scoring::inboxActionName(mail.action)) + "-" + mail.messageId));
    }));
}

void ScriptDriver::wait(const ScriptCommand& c)
{
    const auto duration = parseScriptDuration(c.args[0]);
    if (!duration) return fail("wait takes a duration such as 90s, 20m, 2h or 3d");
    push(act("let time pass", [this, duration] {
        clock_.advance(*duration);
        if (auto problem = scoring::nowProblem(clock_.now())) fail("after this wait, " + *problem);
    }));
    push(screenshot("waited"));
}

void ScriptDriver::expect(const ScriptCommand& c)
{
    const std::vector<std::string> args = c.args;
    push(act("expect", [this, args] {
        if (!model_.session) return fail("not signed in");
        const Expectation e = evaluateExpectation(args, controller_.library(), *model_.session, focus_);
        if (!e.problem.empty()) return fail(e.problem);
        if (!e.holds) fail("expected " + e.expected + ", got " + e.actual);
    }));
}

void ScriptDriver::quit(const ScriptCommand&)
{
    nextCommand_ = script_.commands.size();
    push(act("quit", [this] { controller_.apply(action::Quit{}); }));
}

} // namespace mamori::app
