#include "script_expectations.hpp"

#include "learner_script.hpp"
#include "mamori/scoring/completion.hpp"

#include <algorithm>
#include <cmath>

namespace mamori::app {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;

std::string percentText(double percent)
{
    return std::to_string(std::lround(percent)) + "%";
}

Expectation result(bool holds, std::string expected, std::string actual)
{
    return {holds, std::move(expected), std::move(actual), {}};
}

Expectation problem(std::string text)
{
    return {false, {}, {}, std::move(text)};
}

Expectation expectStatus(const std::string& qualified, const std::string& expected, const PackLibrary& library,
                         const LearnerSession& session)
{
    std::string packId, id;
    if (!splitQualifiedId(qualified, packId, id)) return problem("expected PACK/ID, found '" + qualified + "'");
    const Pack* pack = library.find(packId);
    if (!pack) return problem("no pack '" + packId + "' is loaded");
    static const PackProgress kNothing;
    const PackProgress* records = session.progress().findPack(pack->id);
    const PackProgress& r = records ? *records : kNothing;
    std::optional<ActivityStatus> status;
    if (const Lesson* lesson = pack->lesson(id)) status = lessonSummary(*lesson, r).status;
    else if (const Quiz* quiz = pack->quiz(id)) status = quizStatus(*quiz, r);
    else if (const Scenario* scenario = pack->scenario(id)) status = scenarioStatus(*scenario, r);
    else if (const Inbox* inbox = pack->inbox(id)) status = inboxStatus(*inbox, r);
    if (!status) return problem("pack '" + pack->id + "' has no lesson, quiz, scenario or inbox exercise '" + id + "'");
    std::string actual(activityStatusName(*status));
    std::replace(actual.begin(), actual.end(), ' ', '-');
    return result(actual == expected, "status " + expected, actual);
}

Expectation expectComplete(const std::string& target, const LearnerSession& session)
{
    std::string packId = target, id;
    if (target.find('/') != std::string::npos && !splitQualifiedId(target, packId, id)) {
        return problem("expected PACK or PACK/ID, found '" + target + "'");
    }
    const PackProgress* records = session.progress().findPack(packId);
    bool complete = false;
    if (records) {
        for (const Completion& c : records->completions) {
            complete = complete || (id.empty() ? c.kind == Completion::Kind::Pack : c.id == id);
        }
    }
    return result(complete, "complete " + target, "not complete");
}

} // namespace

Expectation evaluateExpectation(const std::vector<std::string>& args, const PackLibrary& library,
                                const LearnerSession& session, const ScriptFocus& focus)
{
    if (args.empty()) return problem("expect what?");
    const std::string& what = args[0];
    const AttemptRecord* attempt = focus.quizPack ? session.lastFinishedAttempt(focus.quizPack->id, focus.quizId) : nullptr;
    const ScenarioRunRecord* run =
        focus.scenarioPack ? session.lastFinishedRun(focus.scenarioPack->id, focus.scenarioId) : nullptr;
    const InboxRunRecord* inboxRun = focus.inboxPack ? session.lastFinishedInboxRun(focus.inboxPack->id, focus.inboxId) : nullptr;
    const bool onQuiz = focus.subject == ScriptFocus::Subject::Quiz && attempt;
    const bool onScenario = focus.subject == ScriptFocus::Subject::Scenario && run;
    const bool onInbox = focus.subject == ScriptFocus::Subject::Inbox && inboxRun;

    if ((what == "passed" || what == "failed") && args.size() == 1) {
        if (!onQuiz && !onScenario && !onInbox) return problem("nothing has been finished to be " + what);
        const bool passed = onQuiz ? attempt->passed : onInbox ? inboxRun->passed : run->passed;
        return result(passed == (what == "passed"), what, passed ? "passed" : "failed");
    }
    if (what == "score" && args.size() == 2) {
        if (onQuiz) return result(percentText(attempt->percent) == args[1] + "%", "score " + args[1] + "%", percentText(attempt->percent));
        if (onInbox) {
            // An inbox run scores points out of what its messages can earn: "score 21/25".
            const std::string actual = std::to_string(std::lround(inboxRun->score)) + "/" + std::to_string(std::lround(inboxRun->maxScore));
            return result(actual == args[1], "score " + args[1], actual);
        }
        if (onScenario) return result(std::to_string(run->score) == args[1], "score " + args[1], std::to_string(run->score));
        return problem("nothing has been finished to have a score");
    }
    if ((what == "ending" || what == "outcome") && args.size() == 2) {
        if (!run) return problem("no scenario run has ended");
        const std::string& actual = what == "ending" ? run->endingId : run->outcome;
        return result(actual == args[1], what + " " + args[1], actual);
    }
    if (what == "attempts-left" && args.size() == 2) {
        if (!focus.quizPack) return problem("no quiz is open");
        const PackProgress* records = session.progress().findPack(focus.quizPack->id);
        const auto standing = quizStanding(*focus.quizPack->quiz(focus.quizId),
                                           records ? records->attemptsFor(focus.quizId) : std::vector<const AttemptRecord*>{});
        const std::string actual = standing.attemptsLeft ? std::to_string(*standing.attemptsLeft) : "unlimited";
        return result(actual == args[1], "attempts-left " + args[1], actual);
    }
    if (what == "reviews-due" && args.size() == 2) {
        const std::string actual = std::to_string(session.dueReviews(library, session.clock().now()).size());
        return result(actual == args[1], "reviews-due " + args[1], actual);
    }
    if (what == "status" && args.size() == 3) return expectStatus(args[1], args[2], library, session);
    if (what == "complete" && args.size() == 2) return expectComplete(args[1], session);
    return problem("unknown expectation; see tests/scripts/README.md");
}

} // namespace mamori::app
