#include "script_runner.hpp"

#include "learner_script.hpp"
#include "mail_command.hpp"
#include "mamori/scoring/review_deck.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <sstream>

namespace mamori::tool {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;

std::string percentText(double percent)
{
    return std::to_string(std::lround(percent)) + "%";
}

std::string_view correctnessName(Correctness c)
{
    switch (c) {
    case Correctness::Right: return "right";
    case Correctness::PartlyRight: return "partly right";
    case Correctness::Wrong: return "wrong";
    case Correctness::Unanswered: return "unanswered";
    }
    return "?";
}

std::string points(double value)
{
    std::ostringstream out;
    out << std::round(value * 100) / 100;
    return out.str();
}

} // namespace

using app::ScriptCommand;

ScriptRunner::ScriptRunner(LearnerSession& session, const PackLibrary& library, FakeClock& clock, std::string file,
                           Streams streams)
    : session_(session), library_(library), clock_(clock), file_(std::move(file)), streams_(streams)
{
}

bool ScriptRunner::run(const ScriptCommand& command)
{
    line_ = command.line;
    app::playScriptCommand(*this, command);
    return !failed_;
}

void ScriptRunner::fail(const std::string& message)
{
    failed_ = true;
    streams_.out.flush();
    streams_.err << app::scriptError(file_, line_, message) << '\n';
}

/// Prints an acknowledgement. It comes only after the action was saved, so a reader of this
/// output (the crash test) knows the action is on disk.
void ScriptRunner::said(const std::string& text, bool afterAction)
{
    streams_.out << text << '\n';
    for (const Completion& c : afterAction ? session_.newCompletions() : std::vector<Completion>{}) {
        streams_.out << "completed " << completionKindName(c.kind) << " " << c.id << '\n';
    }
    streams_.out.flush();
}

const Pack* ScriptRunner::pack(const std::string& qualified, std::string& id)
{
    std::string packId;
    app::splitQualifiedId(qualified, packId, id);
    const Pack* found = library_.find(packId);
    if (!found) fail("no pack '" + packId + "' is loaded");
    return found;
}

void ScriptRunner::name(const ScriptCommand& c)
{
    if (auto done = session_.setDisplayName(c.args[0]); !done) return fail(done.refusal().message);
    said("name set to " + c.args[0]);
}

void ScriptRunner::language(const ScriptCommand&)
{
    // The app's display language: nothing to record.
}

void ScriptRunner::open(const ScriptCommand& c)
{
    std::string lessonId;
    const Pack* p = pack(c.args[0], lessonId);
    if (!p) return;
    if (auto done = session_.openLesson(*p, lessonId); !done) return fail(done.refusal().message);
    lessonPack_ = p;
    lessonId_ = lessonId;
    said("opened lesson " + lessonId);
}

void ScriptRunner::view(const ScriptCommand& c)
{
    if (!lessonPack_) return fail("no lesson is open (use: open PACK/LESSON)");
    std::vector<std::string> pages = c.args;
    if (pages.size() == 1 && pages[0] == "all") {
        pages.clear();
        for (const Page& page : lessonPack_->lesson(lessonId_)->pages) pages.push_back(page.id);
    }
    for (const std::string& pageId : pages) {
        if (auto done = session_.viewPage(*lessonPack_, lessonId_, pageId); !done) return fail(done.refusal().message);
        said("viewed page " + pageId);
    }
}

void ScriptRunner::start(const ScriptCommand& c)
{
    std::string quizId;
    const Pack* p = pack(c.args[0], quizId);
    if (!p) return;
    // The script's form was checked when it was read: a seed here is a number.
    const std::optional<std::uint64_t> seed = c.args.size() == 3 ? app::parseScriptSeed(c.args[2]) : std::nullopt;
    const AttemptRecord* open = session_.openAttempt(p->id, quizId);
    const int openNumber = open ? open->number : 0;  // it may have run out of time meanwhile
    auto started = session_.startQuiz(*p, quizId, seed);
    if (!started) return fail(started.refusal().message);
    quizPack_ = p;
    quizId_ = quizId;
    subject_ = app::ScriptFocus::Subject::Quiz;
    const AttemptRecord& a = *started.value();
    const bool resuming = a.number == openNumber;
    std::string drawn;
    for (const PlannedQuestion& q : a.questions) drawn += " " + q.questionId;
    said(std::string(resuming ? "resumed" : "started") + " attempt " + std::to_string(a.number) + " of " + quizId + " (" +
         std::to_string(a.questions.size()) + " questions:" + drawn + ")");
}

void ScriptRunner::goTo(const ScriptCommand& c)
{
    if (!quizPack_) return fail("no quiz is open (use: start PACK/QUIZ)");
    const auto position = app::parseScriptQuestionNumber(c.args[0]);
    if (!position) return fail("goto takes a question number");
    if (auto done = session_.showQuestion(*quizPack_, quizId_, *position - 1); !done) return fail(done.refusal().message);
    said("showing question " + std::to_string(*position));
}

void ScriptRunner::answer(const ScriptCommand& c)
{
    if (!quizPack_) return fail("no quiz is open (use: start PACK/QUIZ)");
    const std::string& questionId = c.args[0];
    const auto& pool = quizPack_->quiz(quizId_)->pool;
    const auto inPool = std::find_if(pool.begin(), pool.end(), [&](const Question& q) { return q.id == questionId; });
    const Question* question = inPool == pool.end() ? nullptr : &*inPool;
    if (!question) return fail("quiz '" + quizId_ + "' has no question '" + questionId + "'");
    const AttemptRecord* attempt = session_.openAttempt(quizPack_->id, quizId_);
    if (!attempt) return fail("quiz '" + quizId_ + "' has no attempt in progress");
    const bool drawn = std::any_of(attempt->questions.begin(), attempt->questions.end(),
                                   [&](const PlannedQuestion& q) { return q.questionId == questionId; });
    if (!drawn) return said("skipped " + questionId + " (not drawn in this attempt)");
    app::ScriptedAnswer scripted;
    std::string problem;
    if (!app::readScriptedAnswer(*question, {c.args.begin() + 1, c.args.end()}, scripted, problem)) return fail(problem);
    const int number = attempt->number;
    auto feedback = session_.answer(*quizPack_, quizId_, questionId, scripted.response, scripted.certainty);
    if (!feedback) return fail(feedback.refusal().message);
    if (feedback.value().timeUp) return fail("the time limit has passed; the attempt was graded with the answers given");
    const AnswerFeedback& f = feedback.value();
    said("answered " + questionId + " in attempt " + std::to_string(number) + ": " +
         (f.immediate ? std::string(correctnessName(f.grade.correctness)) + " (" + points(f.score) + "/" + points(f.maxScore) + ")"
                      : std::string("saved; graded at the end")));
}

void ScriptRunner::submit(const ScriptCommand&)
{
    if (!quizPack_) return fail("no quiz is open (use: start PACK/QUIZ)");
    auto submitted = session_.submitQuiz(*quizPack_, quizId_);
    if (!submitted) return fail(submitted.refusal().message);
    const AttemptRecord& a = *submitted.value();
    subject_ = app::ScriptFocus::Subject::Quiz;
    said("submitted attempt " + std::to_string(a.number) + " of " + quizId_ + ": " + percentText(a.percent) + " (" +
         points(a.score) + "/" + points(a.maxScore) + "), " + (a.passed ? "passed" : "failed") + "; pass mark " +
         std::to_string(quizPack_->quiz(quizId_)->passMark) + "%");
}

void ScriptRunner::review(const ScriptCommand& c)
{
    std::string questionId;
    const Pack* p = pack(c.args[0], questionId);
    if (!p) return;
    const Question* question = p->question(questionId);
    if (!question) return fail("pack '" + p->id + "' has no question '" + questionId + "'");
    app::ScriptedAnswer scripted;
    std::string problem;
    if (!app::readScriptedAnswer(*question, {c.args.begin() + 1, c.args.end()}, scripted, problem)) return fail(problem);
    auto reviewed = session_.answerReview(*p, questionId, scripted.response);
    if (!reviewed) return fail(reviewed.refusal().message);
    const ReviewOutcome& outcome = reviewed.value().outcome;
    said("reviewed " + questionId + ": " + std::string(correctnessName(reviewed.value().grade.correctness)) + "; " +
         (outcome.graduated() ? std::string("graduated") : "next review " + formatTimestamp(*outcome.due)));
}

void ScriptRunner::play(const ScriptCommand& c)
{
    std::string scenarioId;
    const Pack* p = pack(c.args[0], scenarioId);
    if (!p) return;
    if (p->inbox(scenarioId)) {
        const bool resumingInbox = session_.openInboxRun(p->id, scenarioId) != nullptr;
        auto started = session_.startInbox(*p, scenarioId);
        if (!started) return fail(started.refusal().message);
        inboxPack_ = p;
        inboxId_ = scenarioId;
        subject_ = app::ScriptFocus::Subject::Inbox;
        said(std::string(resumingInbox ? "resumed" : "started") + " run " + std::to_string(started.value()->number) + " of inbox " +
             scenarioId + " (" + std::to_string(p->inbox(scenarioId)->messages.size()) + " messages)");
        return;
    }
    const bool resuming = session_.openRun(p->id, scenarioId) != nullptr;
    auto started = session_.startScenario(*p, scenarioId);
    if (!started) return fail(started.refusal().message);
    scenarioPack_ = p;
    scenarioId_ = scenarioId;
    subject_ = app::ScriptFocus::Subject::Scenario;
    const RunPosition position = runPosition(*p->scenario(scenarioId), *started.value());
    said(std::string(resuming ? "resumed" : "started") + " run " + std::to_string(started.value()->number) + " of " +
         scenarioId + " at node " + position.currentId);
}

void ScriptRunner::choose(const ScriptCommand& c)
{
    if (!scenarioPack_) return fail("no scenario is being played (use: play PACK/SCENARIO)");
    auto chosen = session_.choose(*scenarioPack_, scenarioId_, c.args[0]);
    if (!chosen) return fail(chosen.refusal().message);
    const ChoiceOutcome& outcome = chosen.value();
    std::string text = "chose " + c.args[0] + " -> " + outcome.destination;
    if (outcome.option->scoreChange != 0) {
        text += " (" + std::string(outcome.option->scoreChange > 0 ? "+" : "") + std::to_string(outcome.option->scoreChange) + ")";
    }
    if (outcome.ended) {
        const ScenarioRunRecord* run = session_.lastFinishedRun(scenarioPack_->id, scenarioId_);
        text += "; ending " + run->endingId + " (" + run->outcome + "), score " + std::to_string(run->score) + ", " +
                (run->passed ? "passed" : "failed");
    }
    said(text);
}

void ScriptRunner::mail(const ScriptCommand& c)
{
    if (!inboxPack_) return fail("no inbox exercise is being worked through (use: play PACK/INBOX)");
    std::string problem;
    const auto command = app::readMailCommand(c.args, problem);
    if (!command) return fail(problem);
    // A learner reads a message before acting on it, as the window records it.
    if (command->action != InboxAction::Open) {
        auto opened = session_.actOnMessage(*inboxPack_, inboxId_, command->messageId, InboxAction::Open);
        if (!opened) return fail(opened.refusal().message);
    }
    auto acted = session_.actOnMessage(*inboxPack_, inboxId_, command->messageId, command->action, command->target);
    if (!acted) return fail(acted.refusal().message);
    const InboxOutcome& outcome = acted.value();
    std::string text = std::string(inboxActionName(command->action)) + " " + command->messageId +
                       (command->target.empty() ? "" : " " + command->target);
    if (!outcome.recorded) text += " (already open)";
    if (outcome.compromised) text += "; compromised (-" + points(kCompromisePoints) + ")";
    if (outcome.decided) {
        const MailMessage* message = inboxPack_->inbox(inboxId_)->message(command->messageId);
        const MessageGrade& g = outcome.grade;
        text += "; it was " + std::string(verdictName(message->verdict)) + ", " + points(g.score - g.clueBonus) + " of " +
                points(g.maxScore) + " points" + (g.clueBonus > 0 ? " + " + points(g.clueBonus) + " clue bonus" : "");
        if (message->verdict == Verdict::Malicious) {
            text += ", clues " + std::to_string(outcome.grade.cluesFound.size()) + " of " + std::to_string(message->clues.size());
        }
    }
    if (outcome.finished) {
        const InboxRunRecord* run = session_.lastFinishedInboxRun(inboxPack_->id, inboxId_);
        text += "; inbox finished: " + points(run->score) + " of " + points(run->maxScore) + " points (" + percentText(run->percent) +
                "), " + (run->passed ? "passed" : "failed");
    }
    said(text);
}

void ScriptRunner::wait(const ScriptCommand& c)
{
    const auto duration = app::parseScriptDuration(c.args[0]);
    if (!duration) return fail("wait takes a duration such as 90s, 20m, 2h or 3d");
    clock_.advance(*duration);
    if (auto problem = nowProblem(clock_.now())) return fail("after this wait, " + *problem);
    streams_.out << "waited " << c.args[0] << '\n';
}

void ScriptRunner::expect(const ScriptCommand& c)
{
    const app::ScriptFocus focus{quizPack_, quizId_, scenarioPack_, scenarioId_, subject_, inboxPack_, inboxId_};
    const app::Expectation e = app::evaluateExpectation(c.args, library_, session_, focus);
    if (!e.problem.empty()) return fail(e.problem);
    if (!e.holds) return fail("expected " + e.expected + ", got " + e.actual);
    said("ok: " + e.expected, false);
}

void ScriptRunner::quit(const ScriptCommand&)
{
    streams_.out << "quit\n";
    quitting_ = true;
}

} // namespace mamori::tool
