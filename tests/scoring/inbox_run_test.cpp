// Working through an inbox exercise: what each action earns or costs, when a run finishes and
// passes, what is refused, and that each action is saved (and undone when it cannot be).

#include "inbox_fixture.hpp"
#include "mamori/lessons/loader.hpp"
#include "mamori/scoring/completion.hpp"
#include "mamori/scoring/inbox_run.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::lessons;
using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const Pack> inboxPack(const std::string& attributes = "pass-mark=\"70\"")
{
    const auto result = loadPackFromMemory(packXml(inboxXml(maliciousMessageXml(), attributes)), "inbox.xml", {});
    for (const auto& line : describe(result.diagnostics)) MESSAGE(line);
    REQUIRE(result.ok());
    return result.pack;
}

/// Decides every legitimate message by marking it safe.
void markLegitimateSafe(InboxRunRecord& run, const Inbox& inbox, Timestamp at)
{
    for (const MailMessage& m : inbox.messages) {
        if (m.verdict == Verdict::Legitimate) REQUIRE(actOnMessage(run, inbox, m.id, InboxAction::MarkSafe, "", at));
    }
}

} // namespace

TEST_CASE("reporting a malicious message and marking its clues earns its points; the five safe ones earn one each")
{
    const auto pack = inboxPack();
    const Inbox& inbox = *pack->inbox("inbox");
    InboxRunRecord run = startInboxRun(inbox, 1, kStart, pack->version);
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::Open, "", kStart));
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::MarkClue, "sender", kStart + 10s));
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::MarkClue, "link:l-pay", kStart + 20s));
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::MarkClue, "attachment:a-inv", kStart + 30s));
    auto reported = actOnMessage(run, inbox, "m-bad", InboxAction::Report, "", kStart + 40s);
    REQUIRE(reported);
    CHECK(reported.value().decided);
    CHECK_FALSE(reported.value().finished);
    const MessageGrade& g = reported.value().grade;
    CHECK(g.score == doctest::Approx(kReportPoints + 3 * kCluePoints));   // 2 + 3 of 4 clues
    CHECK(g.clueBonus == doctest::Approx(3));
    CHECK(g.maxScore == doctest::Approx(kReportPoints));                   // the bonus comes on top
    CHECK(g.cluesMissed == std::vector<MailPart>{{MailPartKind::Phrase, "p-today"}});
    CHECK_FALSE(run.isFinished());

    markLegitimateSafe(run, inbox, kStart + 1min);
    REQUIRE(run.isFinished());
    CHECK(run.score == doctest::Approx(10));    // 5 + 5 × 1
    CHECK(run.maxScore == doctest::Approx(7));  // 2 + 5 × 1
    CHECK(run.percent == doctest::Approx(100)); // capped
    CHECK(run.passed);
    CHECK(run.steps.size() == 10);
    CHECK(run.steps[1] == InboxStep{"m-bad", InboxAction::MarkClue, "sender", kStart + 10s});
}

TEST_CASE("opening a malicious message's link or attachment, or replying, costs points once each, and shows its consequence")
{
    const auto pack = inboxPack();
    const Inbox& inbox = *pack->inbox("inbox");
    InboxRunRecord run = startInboxRun(inbox, 1, kStart, pack->version);
    auto opened = actOnMessage(run, inbox, "m-bad", InboxAction::OpenAttachment, "a-inv", kStart);
    REQUIRE(opened);
    CHECK(opened.value().compromised);
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::OpenAttachment, "a-inv", kStart + 1s));   // again: recorded, no more cost
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::OpenLink, "l-pay", kStart + 2s));
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::Reply, "", kStart + 3s));
    auto reported = actOnMessage(run, inbox, "m-bad", InboxAction::Report, "", kStart + 4s);
    REQUIRE(reported);
    CHECK(reported.value().grade.compromised);
    CHECK(reported.value().grade.score == doctest::Approx(kReportPoints - 3 * kCompromisePoints));   // 2 − 6
    CHECK(run.steps.size() == 5);

    SUBCASE("a legitimate message's links are safe to open")
    {
        auto link = actOnMessage(run, inbox, "m-ok1", InboxAction::OpenLink, "m-ok1-l", kStart + 5s);
        REQUIRE(link);
        CHECK_FALSE(link.value().compromised);
    }
    SUBCASE("the run's score never goes below zero")
    {
        for (const MailMessage& m : inbox.messages) {
            if (m.verdict == Verdict::Legitimate) REQUIRE(actOnMessage(run, inbox, m.id, InboxAction::Report, "", kStart + 1min));
        }
        REQUIRE(run.isFinished());
        CHECK(run.score == 0);   // −4 and five false alarms
        CHECK_FALSE(run.passed);
    }
}

TEST_CASE("deciding every message rightly passes without marking a single clue")
{
    const auto pack = inboxPack("pass-mark=\"100\"");
    const Inbox& inbox = *pack->inbox("inbox");
    InboxRunRecord run = startInboxRun(inbox, 1, kStart, pack->version);
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::Report, "", kStart));
    markLegitimateSafe(run, inbox, kStart);
    CHECK(run.percent == doctest::Approx(100));
    CHECK(run.passed);
}

TEST_CASE("a false alarm costs a little; a part marked that is no clue takes a clue's bonus back")
{
    const auto pack = inboxPack();
    const Inbox& inbox = *pack->inbox("inbox");
    const MailMessage& bad = *inbox.message("m-bad");
    MessageState state;
    state.decision = InboxAction::Report;
    state.marked = {{MailPartKind::Sender, ""}, {MailPartKind::Phrase, "p-thanks"}, {MailPartKind::Subject, ""}};
    const MessageGrade g = gradeMessage(bad, state);
    CHECK(g.cluesFound.size() == 1);
    CHECK(g.wrongMarks.size() == 2);
    CHECK(g.score == doctest::Approx(kReportPoints));   // 1 found − 2 wrong: no bonus, never below it

    MessageState alarm;
    alarm.decision = InboxAction::Report;
    CHECK(gradeMessage(*inbox.message("m-ok1"), alarm).falseAlarm);
    CHECK(gradeMessage(*inbox.message("m-ok1"), alarm).score == doctest::Approx(-kFalseAlarmPoints));
    MessageState deleted;
    deleted.decision = InboxAction::Delete;
    CHECK(gradeMessage(*inbox.message("m-ok1"), deleted).score == doctest::Approx(kHandledPoints));
    CHECK(gradeMessage(bad, deleted).score == 0);   // escaped, but no one was warned
}

TEST_CASE("what an inbox run refuses, with the reason")
{
    const auto pack = inboxPack();
    const Inbox& inbox = *pack->inbox("inbox");
    InboxRunRecord run = startInboxRun(inbox, 1, kStart, pack->version);
    auto refusal = [&](const std::string& message, InboxAction action, const std::string& target) {
        auto done = actOnMessage(run, inbox, message, action, target, kStart);
        REQUIRE_FALSE(done);
        return done.refusal();
    };
    CHECK(refusal("m-nope", InboxAction::Report, "").code == RefusalCode::UnknownMessage);
    CHECK(refusal("m-bad", InboxAction::OpenLink, "l-other").message == "message 'm-bad' has no link 'l-other' (links: l-pay)");
    CHECK(refusal("m-bad", InboxAction::MarkClue, "phrase:p-none").code == RefusalCode::UnknownMailPart);
    CHECK(refusal("m-bad", InboxAction::UnmarkClue, "sender").message == "'sender' of message 'm-bad' is not marked");
    REQUIRE(actOnMessage(run, inbox, "m-bad", InboxAction::Delete, "", kStart));
    CHECK(refusal("m-bad", InboxAction::Report, "").message == "message 'm-bad' was already deleted");
    CHECK(run.steps.size() == 1);   // nothing refused was recorded
    auto again = actOnMessage(run, inbox, "m-bad", InboxAction::Open, "", kStart);   // reading it again is fine
    REQUIRE(again);
    markLegitimateSafe(run, inbox, kStart);
    CHECK(refusal("m-ok1", InboxAction::Open, "").code == RefusalCode::RunFinished);
}

TEST_CASE("the session saves each action, resumes a run, and undoes an action it cannot save")
{
    const auto pack = inboxPack();
    SavedRecords records;
    FakeClock clock(kStart);
    {
        auto session = openSession(records, clock);
        REQUIRE(session->startInbox(*pack, "inbox"));
        REQUIRE(session->actOnMessage(*pack, "inbox", "m-bad", InboxAction::Open));
        const int saves = records.saves();
        REQUIRE(session->actOnMessage(*pack, "inbox", "m-bad", InboxAction::Open));   // looking again writes nothing
        CHECK(records.saves() == saves);
        REQUIRE(session->actOnMessage(*pack, "inbox", "m-bad", InboxAction::MarkClue, "sender"));
        CHECK(records.saves() == saves + 1);
        records.failFrom(1);
        auto lost = session->actOnMessage(*pack, "inbox", "m-bad", InboxAction::Report);
        REQUIRE_FALSE(lost);
        CHECK(lost.refusal().code == RefusalCode::NotSaved);
        CHECK(session->openInboxRun("test", "inbox")->steps.size() == 2);   // the report is not in memory either
        records.failFrom(0);
    }
    auto session = openSession(records, clock);
    const InboxRunRecord* open = session->openInboxRun("test", "inbox");
    REQUIRE(open);
    CHECK(open->steps.size() == 2);
    auto resumed = session->startInbox(*pack, "inbox");
    REQUIRE(resumed);
    CHECK(resumed.value()->number == 1);
    REQUIRE(session->actOnMessage(*pack, "inbox", "m-bad", InboxAction::Report));
    for (int i = 1; i <= 5; ++i) REQUIRE(session->actOnMessage(*pack, "inbox", "m-ok" + std::to_string(i), InboxAction::MarkSafe));
    const InboxRunRecord* finished = session->lastFinishedInboxRun("test", "inbox");
    REQUIRE(finished);
    CHECK(finished->score == doctest::Approx(8));   // report 2 + sender 1 + five safe
    CHECK(finished->maxScore == doctest::Approx(7));
    CHECK(finished->passed);
    CHECK(inboxStatus(*pack->inbox("inbox"), *session->progress().findPack("test")) == ActivityStatus::Passed);
    REQUIRE(session->progress().findPack("test")->completion(Completion::Kind::Inbox, "inbox"));
    CHECK(session->progress().findPack("test")->completion(Completion::Kind::Pack, "test"));   // the inbox was the pack's only activity
    auto second = session->startInbox(*pack, "inbox");
    REQUIRE(second);
    CHECK(second.value()->number == 2);
}
