// Inbox exercise runs in HR's records view: the person detail lists each run message by
// message (decision, clues marked and missed, what was opened, time, points), graded over the
// pack or shown from the actions when the library no longer has it; the item analysis lists
// each message's statistics. Both screens drawn headless.

#include "inbox_analysis_view.hpp"
#include "inbox_fixture.hpp"
#include "person_detail.hpp"
#include "records_frames.hpp"
#include "test_support.hpp"

#include "mamori/lessons/loader.hpp"

#include <doctest/doctest.h>

using namespace mamori::app;
using namespace mamori::test;
using mamori::lessons::Language;
using mamori::records::IndexedInboxAction;
using mamori::records::IndexedInboxRun;
using mamori::records::IndexedLearner;
using mamori::records::IndexedPack;
using mamori::records::TimeZone;
using mamori::scoring::InboxAction;
using mamori::scoring::Timestamp;
using namespace std::chrono_literals;

namespace {

const mamori::lessons::PackLibrary& inboxLibrary()
{
    static const mamori::lessons::PackLibrary library = [] {
        const auto result = mamori::lessons::loadPackFromMemory(packXml(inboxXml()), "inbox.xml", {});
        REQUIRE(result.ok());
        mamori::lessons::PackLibrary l;
        l.packs = {result.pack};
        return l;
    }();
    return library;
}

const TimeZone& tokyo()
{
    static const TimeZone zone = std::move(TimeZone::named("Asia/Tokyo").value());
    return zone;
}

const Timestamp kAt = Timestamp(1780000000s); // 2026-05-28 20:26:40 UTC, 05:26:40 the next day in Tokyo

/// A finished run: the attack opened (its link), its sender marked, then reported; m-ok1
/// reported (a false alarm); m-ok2 marked safe after a minute and a half.
IndexedLearner learner()
{
    IndexedInboxRun run;
    run.inboxId = "inbox";
    run.packVersion = "1.0";
    run.started = kAt;
    run.finished = kAt + 200s;
    run.score = 4;
    run.maxScore = 11;
    run.percent = 36.4;
    run.passed = false;
    run.actions = {
        {"m-bad", InboxAction::Open, "", kAt + 10s},           {"m-bad", InboxAction::OpenLink, "l-pay", kAt + 20s},
        {"m-bad", InboxAction::MarkClue, "sender", kAt + 30s}, {"m-bad", InboxAction::Report, "", kAt + 40s},
        {"m-ok2", InboxAction::Open, "", kAt + 50s},           {"m-ok1", InboxAction::Report, "", kAt + 60s},
        {"m-ok2", InboxAction::MarkSafe, "", kAt + 140s}};
    IndexedPack pack;
    pack.packId = "test";
    pack.lastVersion = "1.0";
    pack.inboxRuns = {run};
    return IndexedLearner{"E1", std::string("山田 花子"), {pack}, std::nullopt};
}

PersonDetail detailWith(const mamori::lessons::PackLibrary& library)
{
    return buildPersonDetail("E1", {}, learner(), "valid", {}, library, tokyo());
}

} // namespace

TEST_CASE("person detail: an inbox run's messages, each with its decision, marks, openings, time and points")
{
    const PersonDetail detail = detailWith(inboxLibrary());
    REQUIRE(detail.inboxRuns.size() == 1);
    const PersonInboxRun& run = detail.inboxRuns[0];
    CHECK(run.inboxTitle.plain(Language::English) == "Inbox");
    CHECK(run.started == "2026-05-29 05:26");
    CHECK(run.finished == "2026-05-29 05:30");
    CHECK(run.score == 4.0);
    CHECK(run.passed == false);
    REQUIRE(run.messages.size() == 3); // in the exercise's order, those the run touched

    const PersonInboxMessage& bad = run.messages[0];
    CHECK(bad.messageId == "m-bad");
    CHECK(bad.subject.plain(Language::English) == "Please check the invoice");
    CHECK(bad.verdict == "malicious");
    CHECK(bad.decision == "report");
    CHECK(bad.marked == std::vector<std::string>{"sender"});
    CHECK(bad.cluesMissed == std::vector<std::string>{"link:l-pay", "attachment:a-inv", "phrase:p-today"});
    CHECK(bad.openings == std::vector<std::string>{"link:l-pay"});
    CHECK(bad.compromised);
    CHECK_FALSE(bad.falseAlarm);
    CHECK(bad.points == 1.0); // reported 2 + a clue 1 − the link opened 2
    CHECK(bad.maxPoints == 2.0);   // what reporting it earns; clues are a bonus on top
    CHECK(bad.seconds == 30);
    CHECK(bad.decidedAt == "2026-05-29 05:27");

    const PersonInboxMessage& ok1 = run.messages[1];
    CHECK(ok1.messageId == "m-ok1");
    CHECK(ok1.falseAlarm);
    CHECK(ok1.points == -1.0);
    CHECK(ok1.seconds == 0);

    const PersonInboxMessage& ok2 = run.messages[2];
    CHECK(ok2.decision == "mark-safe");
    CHECK(ok2.seconds == 90); // opened at +50 s, marked safe at +140 s
    CHECK(ok2.points == 1.0);
}

TEST_CASE("person detail: without the pack, an inbox run is shown from its actions, by id, ungraded")
{
    const mamori::lessons::PackLibrary none;
    const PersonDetail detail = detailWith(none);
    REQUIRE(detail.inboxRuns.size() == 1);
    const PersonInboxRun& run = detail.inboxRuns[0];
    CHECK(run.inboxTitle.plain(Language::Japanese) == "inbox");
    REQUIRE(run.messages.size() == 3); // as first touched
    CHECK(run.messages[0].messageId == "m-bad");
    CHECK(run.messages[1].messageId == "m-ok2");
    CHECK(run.messages[2].messageId == "m-ok1");
    CHECK(run.messages[0].subject.plain(Language::English) == "m-bad");
    CHECK(run.messages[0].verdict.empty());
    CHECK(run.messages[0].decision == "report");
    CHECK(run.messages[0].marked == std::vector<std::string>{"sender"});
    CHECK(run.messages[0].openings == std::vector<std::string>{"link:l-pay"});
    CHECK_FALSE(run.messages[0].points);
    CHECK_FALSE(run.messages[0].compromised);
}

TEST_CASE("person screen: the inbox run is drawn with its messages, in both languages")
{
    RecordsFrames frames("山田花子", inboxLibrary(), FrameSetting{ImVec2(1280, 900), 100, Theme::Light});
    for (Language language : {Language::Japanese, Language::English}) {
        RecordsModel model;
        model.language = language;
        model.access.role = RecordsRole::Hr;
        model.tab = RecordsTab::Person;
        model.person = detailWith(inboxLibrary());
        frames.draw(model, 2, [](RecordsUi& r) {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("##records", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
            ImGui::PushFont(r.ui.fonts.body);
            ui::drawRecordsPerson(r);
            ImGui::PopFont();
            ImGui::End();
        });
        CHECK(frames.probe.exists("person:inbox-run:test/inbox/1:summary"));
    }
}

TEST_CASE("item analysis: the pack's inbox messages, worded from the pack, flagged when most get them wrong")
{
    mamori::records::MessageStatistics bad;
    bad.messageId = "m-bad";
    bad.verdict = mamori::lessons::Verdict::Malicious;
    bad.runs = 3;
    bad.reported = 2.0 / 3;
    bad.compromised = 2.0 / 3;
    bad.wrong = 2.0 / 3;
    bad.facility = 0.4;
    bad.mostlyWrong = true;
    bad.clues = {{"sender", 1.0}, {"link:l-pay", 1.0 / 3}};
    mamori::records::MessageStatistics gone;
    gone.messageId = "m-gone";
    gone.runs = 1;
    const auto rows = buildInboxMessageRows({{"inbox", {bad}}, {"old-inbox", {gone}}}, inboxLibrary().find("test"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].inboxTitle.plain(Language::Japanese) == "受信箱");
    CHECK(rows[0].subject.plain(Language::Japanese) == "請求書のご確認");
    CHECK(rows[1].inboxId == "old-inbox"); // an exercise the pack no longer has comes last, by id
    CHECK(rows[1].subject.plain(Language::English) == "m-gone");

    RecordsFrames frames("", inboxLibrary(), FrameSetting{ImVec2(1280, 800), 100});
    RecordsModel model;
    model.access.role = RecordsRole::Trainer;
    model.tab = RecordsTab::Items;
    model.language = Language::Japanese;
    model.choices.packs = {"test"};
    ItemAnalysisView view;
    view.packId = "test";
    view.messages = rows;
    model.items = view;
    frames.draw(model, 2, [](RecordsUi& r) {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("##records", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        ImGui::PushFont(r.ui.fonts.body);
        ui::drawRecordsItems(r);
        ImGui::PopFont();
        ImGui::End();
    });
    CHECK(frames.probe.exists("items:inbox:inbox/m-bad"));
    CHECK(frames.probe.exists("items:inbox:old-inbox/m-gone"));
}
