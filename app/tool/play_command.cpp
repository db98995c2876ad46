// mamori-tool play: replays a learner script against the real engine, writing real progress.

#include "command.hpp"

#include "data_paths.hpp"
#include "settings_options.hpp"
#include "learner_script.hpp"
#include "learner_script_options.hpp"
#include "script_expectations.hpp"
#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/review_deck.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/clock.hpp"
#include "session_opener.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <sstream>

namespace mamori::tool {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;
using app::ScriptCommand;

constexpr std::string_view kUsage =
    "usage: mamori-tool play --user ID [--data-dir DIR] [--packs DIR] [--key-file FILE] [--now TIME] SCRIPT\n"
    "  Replays a learner script (see tests/scripts/README.md) and writes the learner's progress.\n"
    "  --data-dir DIR   where progress is kept (default: the data-dir setting, $XDG_DATA_HOME/mamori)\n"
    "  --packs DIR      the lesson packs (default: the bundled packs)\n"
    "  --key-file FILE  the organisation key (default: the key-file setting; see mamori-tool config show)\n"
    "  --now TIME       start the script's clock at TIME, in UTC (2026-04-01T09:00:00Z); default: now\n"
    "Exit status: 0 the script ran to the end, 1 it failed (SCRIPT:LINE: error: ...), 2 the command line\n"
    "was wrong (an unknown option, a missing value, an invalid --user or --now).\n";

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

/// Runs the commands of one script in order, stopping at the first failure.
class ScriptRunner {
public:
    ScriptRunner(LearnerSession& session, const PackLibrary& library, FakeClock& clock, const std::string& file, Streams streams)
        : session_(session), library_(library), clock_(clock), file_(file), streams_(streams)
    {
    }

    /// False after printing the failure.
    bool run(const ScriptCommand& c)
    {
        line_ = c.line;
        const std::string& v = c.verb;
        if (v == "name") return name(c);
        if (v == "language") return true;  // the app's display language; nothing to record
        if (v == "open") return open(c);
        if (v == "view") return view(c);
        if (v == "start") return start(c);
        if (v == "goto") return goTo(c);
        if (v == "answer") return answer(c);
        if (v == "submit") return submit();
        if (v == "review") return review(c);
        if (v == "play") return play(c);
        if (v == "choose") return choose(c);
        if (v == "wait") return wait(c);
        if (v == "expect") return expect(c);
        return true;  // quit is handled by the caller
    }

private:
    bool fail(const std::string& message)
    {
        streams_.out.flush();
        streams_.err << app::scriptError(file_, line_, message) << '\n';
        return false;
    }

    /// Prints an acknowledgement. It comes only after the action was saved, so a reader of
    /// this output (the crash test) knows the action is on disk.
    void said(const std::string& text, bool afterAction = true)
    {
        streams_.out << text << '\n';
        for (const Completion& c : afterAction ? session_.newCompletions() : std::vector<Completion>{}) {
            streams_.out << "completed " << completionKindName(c.kind) << " " << c.id << '\n';
        }
        streams_.out.flush();
    }

    const Pack* pack(const std::string& qualified, std::string& id)
    {
        std::string packId;
        app::splitQualifiedId(qualified, packId, id);
        const Pack* found = library_.find(packId);
        if (!found) fail("no pack '" + packId + "' is loaded");
        return found;
    }

    bool name(const ScriptCommand& c)
    {
        if (auto done = session_.setDisplayName(c.args[0]); !done) return fail(done.refusal().message);
        said("name set to " + c.args[0]);
        return true;
    }

    bool open(const ScriptCommand& c)
    {
        std::string lessonId;
        const Pack* p = pack(c.args[0], lessonId);
        if (!p) return false;
        if (auto done = session_.openLesson(*p, lessonId); !done) return fail(done.refusal().message);
        lessonPack_ = p;
        lessonId_ = lessonId;
        said("opened lesson " + lessonId);
        return true;
    }

    bool view(const ScriptCommand& c)
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
        return true;
    }

    bool start(const ScriptCommand& c)
    {
        std::string quizId;
        const Pack* p = pack(c.args[0], quizId);
        if (!p) return false;
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
        return true;
    }

    bool goTo(const ScriptCommand& c)
    {
        if (!quizPack_) return fail("no quiz is open (use: start PACK/QUIZ)");
        const auto position = app::parseScriptQuestionNumber(c.args[0]);
        if (!position) return fail("goto takes a question number");
        if (auto done = session_.showQuestion(*quizPack_, quizId_, *position - 1); !done) return fail(done.refusal().message);
        said("showing question " + std::to_string(*position));
        return true;
    }

    bool answer(const ScriptCommand& c)
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
        if (!drawn) {
            said("skipped " + questionId + " (not drawn in this attempt)");
            return true;
        }
        app::ScriptedAnswer scripted;
        std::string problem;
        if (!app::readScriptedAnswer(*question, {c.args.begin() + 1, c.args.end()}, scripted, problem)) return fail(problem);
        const int number = attempt->number;
        auto feedback = session_.answer(*quizPack_, quizId_, questionId, scripted.response, scripted.certainty);
        if (!feedback) return fail(feedback.refusal().message);
        const AnswerFeedback& f = feedback.value();
        said("answered " + questionId + " in attempt " + std::to_string(number) + ": " +
             (f.immediate ? std::string(correctnessName(f.grade.correctness)) + " (" + points(f.score) + "/" + points(f.maxScore) + ")"
                          : std::string("saved; graded at the end")));
        return true;
    }

    bool submit()
    {
        if (!quizPack_) return fail("no quiz is open (use: start PACK/QUIZ)");
        auto submitted = session_.submitQuiz(*quizPack_, quizId_);
        if (!submitted) return fail(submitted.refusal().message);
        const AttemptRecord& a = *submitted.value();
        subject_ = app::ScriptFocus::Subject::Quiz;
        said("submitted attempt " + std::to_string(a.number) + " of " + quizId_ + ": " + percentText(a.percent) + " (" +
             points(a.score) + "/" + points(a.maxScore) + "), " + (a.passed ? "passed" : "failed") + "; pass mark " +
             std::to_string(quizPack_->quiz(quizId_)->passMark) + "%");
        return true;
    }

    bool review(const ScriptCommand& c)
    {
        std::string questionId;
        const Pack* p = pack(c.args[0], questionId);
        if (!p) return false;
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
        return true;
    }

    bool play(const ScriptCommand& c)
    {
        std::string scenarioId;
        const Pack* p = pack(c.args[0], scenarioId);
        if (!p) return false;
        const bool resuming = session_.openRun(p->id, scenarioId) != nullptr;
        auto started = session_.startScenario(*p, scenarioId);
        if (!started) return fail(started.refusal().message);
        scenarioPack_ = p;
        scenarioId_ = scenarioId;
        subject_ = app::ScriptFocus::Subject::Scenario;
        const RunPosition position = runPosition(*p->scenario(scenarioId), *started.value());
        said(std::string(resuming ? "resumed" : "started") + " run " + std::to_string(started.value()->number) + " of " +
             scenarioId + " at node " + position.currentId);
        return true;
    }

    bool choose(const ScriptCommand& c)
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
        return true;
    }

    bool wait(const ScriptCommand& c)
    {
        const auto duration = app::parseScriptDuration(c.args[0]);
        if (!duration) return fail("wait takes a duration such as 90s, 20m, 2h or 3d");
        clock_.advance(*duration);
        if (auto problem = nowProblem(clock_.now())) return fail("after this wait, " + *problem);
        streams_.out << "waited " << c.args[0] << '\n';
        return true;
    }

    bool expect(const ScriptCommand& c)
    {
        app::ScriptFocus focus{quizPack_, quizId_, scenarioPack_, scenarioId_, subject_};
        const app::Expectation e = app::evaluateExpectation(c.args, library_, session_, focus);
        if (!e.problem.empty()) return fail(e.problem);
        if (!e.holds) return fail("expected " + e.expected + ", got " + e.actual);
        said("ok: " + e.expected, false);
        return true;
    }

    LearnerSession& session_;
    const PackLibrary& library_;
    FakeClock& clock_;
    std::string file_;
    Streams streams_;
    int line_ = 0;
    const Pack* lessonPack_ = nullptr;
    std::string lessonId_;
    const Pack* quizPack_ = nullptr;
    std::string quizId_;
    const Pack* scenarioPack_ = nullptr;
    std::string scenarioId_;
    app::ScriptFocus::Subject subject_ = app::ScriptFocus::Subject::None;
};

} // namespace

int runPlay(std::span<const std::string_view> args, Streams streams)
{
    std::string user, scriptPath;
    bool userGiven = false;
    std::filesystem::path packsDir = app::defaultPacksDir();
    std::optional<Timestamp> now;
    app::Config settings = loadSettings("play", streams);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (auto taken = takeSettingOption(settings, args, i, "play", streams)) {
            if (!*taken) return kExitUsage;
            continue;
        }
        auto value = [&](std::string_view option) -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                streams.err << "mamori-tool play: " << option << " needs a value\n" << kUsage;
                return std::nullopt;
            }
            return std::string(args[++i]);
        };
        if (arg == "--help" || arg == "-h") {
            streams.out << kUsage;
            return kExitOk;
        } else if (arg == "--user" || arg == "--packs" || arg == "--now") {
            const auto v = value(arg);
            if (!v) return kExitUsage;
            if (arg == "--user") {
                user = *v;
                userGiven = true;
            } else if (arg == "--packs") {
                packsDir = *v;
            } else {
                std::string problem;
                if (!(now = app::readNowOption(*v, problem))) {
                    streams.err << "mamori-tool play: " << problem << '\n';
                    return kExitUsage;
                }
            }
        } else if (arg.starts_with("-")) {
            streams.err << "mamori-tool play: unknown option '" << arg << "'\n" << kUsage;
            return kExitUsage;
        } else if (scriptPath.empty()) {
            scriptPath = arg;
        } else {
            streams.err << "mamori-tool play: one script at a time\n" << kUsage;
            return kExitUsage;
        }
    }
    if (!userGiven || scriptPath.empty()) {
        streams.err << "mamori-tool play: --user and a SCRIPT are required\n" << kUsage;
        return kExitUsage;
    }
    if (auto problem = app::userOptionProblem(user)) {
        streams.err << "mamori-tool play: " << *problem << '\n';
        return kExitUsage;
    }
    const app::ScriptParse parsed = app::loadLearnerScript(scriptPath);
    if (!parsed.ok()) {
        for (const std::string& e : parsed.errors) streams.err << e << '\n';
        return kExitProblems;
    }

    const PackLibrary library = loadPackLibrary(packsDir);
    for (const LoadResult& failure : library.failures) {
        for (const Diagnostic& d : failure.diagnostics) {
            if (d.severity == Severity::Error) streams.err << formatDiagnostic(d) << '\n';
        }
    }
    FakeClock clock(now.value_or(SystemClock().now()));
    records::PosixStorage storage(settings.progressFileMode());
    auto opened = app::openLearnerSession(settings.dataDir(), user, settings.key(), storage, clock);
    if (!opened) {
        streams.err << "mamori-tool play: error: " << opened.refusal().message << '\n';
        return kExitProblems;
    }
    for (const std::string& warning : opened.value().warnings) streams.err << "mamori-tool play: warning: " << warning << '\n';
    for (const std::string& notice : opened.value().keyNotices) streams.out << "notice: " << notice << '\n';
    for (const std::string& notice : opened.value().notices) streams.out << "notice: " << notice << '\n';
    ScriptRunner runner(*opened.value().session, library, clock, scriptPath, streams);
    for (const ScriptCommand& command : parsed.script.commands) {
        if (command.verb == "quit") {
            streams.out << "quit\n";
            break;
        }
        if (!runner.run(command)) return kExitProblems;
    }
    return kExitOk;
}

} // namespace mamori::tool
