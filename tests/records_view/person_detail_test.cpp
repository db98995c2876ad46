// HR's person detail: the builder over a hand-made learner's records and the shipped packs
// (answers in the words the learner saw, right answers, times in the organisation's zone,
// questions and packs the library no longer has, files that do not verify), and the screen
// drawn headless with the real fonts (certificates, the trainer's role, layout at the smallest
// and largest text sizes in both languages on a 1024×768 window).

#include "layout_check.hpp"
#include "person_detail.hpp"
#include "records_frames.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/clock.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <cfloat>
#include <set>

using namespace mamori::app;
using namespace mamori::test;
using mamori::lessons::Language;
using mamori::records::AssignmentState;
using mamori::records::Date;
using mamori::records::IndexedAnswer;
using mamori::records::IndexedAttempt;
using mamori::records::IndexedLearner;
using mamori::records::StatusRow;
using mamori::records::TimeZone;
using mamori::records::TrustFlag;
using mamori::scoring::Timestamp;

namespace {

const mamori::lessons::PackLibrary& shippedLibrary()
{
    static const mamori::lessons::PackLibrary library = mamori::lessons::loadPackLibrary(shippedPacksDir());
    return library;
}

const TimeZone& tokyo()
{
    static const TimeZone zone = std::move(TimeZone::named("Asia/Tokyo").value());
    return zone;
}

Timestamp at(const std::string& text)
{
    const auto parsed = mamori::scoring::parseTimestamp(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

Date day(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

IndexedAnswer answer(int step, const std::string& question, std::vector<std::string> choices, double fraction,
                     const std::string& when, std::int64_t seconds)
{
    IndexedAnswer a;
    a.step = step;
    a.questionId = question;
    a.choices = std::move(choices);
    a.fraction = fraction;
    a.score = fraction;
    a.maxScore = 1;
    a.at = at(when);
    a.seconds = seconds;
    return a;
}

/// One learner with a finished attempt of the basics final test (one answer of each kind, one
/// question the pack no longer has, one left unanswered), a scenario run, and completions.
IndexedLearner learner()
{
    IndexedAttempt attempt;
    attempt.quizId = "basics-final";
    attempt.packVersion = "1.1.0";
    attempt.number = 1;
    attempt.questions = {"b-send-customer-list", "b-copy-for-new-job", "b-disclosure-steps", "b-first-moves",
                         "b-nda-term",           "b-retired-question", "b-whistle-retaliation"};
    attempt.started = at("2026-03-31T15:00:00Z");
    attempt.finished = at("2026-03-31T15:20:00Z");
    attempt.ending = "submitted";
    attempt.score = 2.75;
    attempt.maxScore = 7;
    attempt.percent = 39.3;
    attempt.passed = false;
    attempt.answers.push_back(answer(0, "b-send-customer-list", {"check"}, 1, "2026-03-31T15:01:30Z", 90));
    attempt.answers.push_back(answer(1, "b-copy-for-new-job", {"false"}, 0, "2026-03-31T15:02:00Z", 30));
    attempt.answers.push_back(answer(2, "b-disclosure-steps", {"agree", "classify", "prepare", "send"}, 0.5, "2026-03-31T15:04:05Z", 125));
    IndexedAnswer matching = answer(3, "b-first-moves", {}, 0.25, "2026-03-31T15:06:00Z", 115);
    matching.matches = {"lost=lost", "newhire=look-first"};
    attempt.answers.push_back(matching);
    IndexedAnswer typed = answer(4, "b-nda-term", {}, 1, "2026-03-31T15:07:00Z", 60);
    typed.typed = "秘密保持契約";
    attempt.answers.push_back(typed);
    attempt.answers.push_back(answer(5, "b-retired-question", {"x"}, 0, "2026-03-31T15:08:00Z", 20));

    mamori::records::IndexedRun run;
    run.scenarioId = "basics-week";
    run.packVersion = "1.1.0";
    run.started = at("2026-03-30T01:00:00Z");
    run.finished = at("2026-03-30T01:10:00Z");
    run.endingId = "end-good";
    run.outcome = "good";
    run.score = 12;
    run.passed = true;
    run.path = {"n-list>check", "n-rules>explain", "n-gone>somewhere"};

    mamori::records::IndexedPack pack;
    pack.packId = "basics";
    pack.lastVersion = "1.1.0";
    pack.attempts = {attempt};
    pack.runs = {run};
    using Kind = mamori::scoring::Completion::Kind;
    pack.completions = {{Kind::Lesson, "what-is", at("2026-03-29T14:00:00Z"), "1.1.0"},
                        {Kind::Quiz, "an-old-quiz", at("2026-03-31T16:00:00Z"), "1.0.0"},
                        {Kind::Pack, "basics", at("2026-04-01T16:30:00Z"), "1.1.0"}};
    IndexedLearner learner;
    learner.learnerId = "E1001";
    learner.displayName = "やまだ";
    learner.packs = {pack};
    return learner;
}

std::vector<StatusRow> rows(const std::string& fileStatus = "valid")
{
    StatusRow basics;
    basics.personId = "E1001";
    basics.name = "山田 花子";
    basics.department = "営業部 第一課";
    basics.manager = "佐藤 一郎";
    basics.packId = "basics";
    basics.status.state = AssignmentState::Completed;
    basics.status.due = day(2026, 4, 30);
    basics.status.completedOn = day(2026, 4, 2);
    basics.status.version = "1.1.0";
    basics.status.score = 85;
    basics.status.expiresOn = day(2027, 4, 1);
    basics.fileStatus = fileStatus;
    StatusRow telework = basics;
    telework.packId = "telework";
    telework.status = {};
    telework.status.state = AssignmentState::Overdue;
    telework.status.due = day(2026, 3, 1);
    return {basics, telework};
}

PersonDetail verifiedDetail()
{
    std::vector<TrustFlag> flags{{TrustFlag::Kind::Implausible, "10 answers in 12 seconds", at("2026-03-31T15:08:00Z"), false}};
    return buildPersonDetail("E1001", rows(), learner(), "valid", flags, shippedLibrary(), tokyo());
}

const mamori::lessons::Pack& basics()
{
    const mamori::lessons::Pack* pack = shippedLibrary().find("basics");
    REQUIRE(pack);
    return *pack;
}

std::string stepText(const std::string& question, const std::string& step, Language language)
{
    for (const auto& s : basics().question(question)->ordering()->steps) {
        if (s.id == step) return s.text.plain(language);
    }
    FAIL("no step " << step);
    return {};
}

const PersonAnswerLine& line(const PersonDetail& detail, const std::string& question)
{
    REQUIRE(detail.attempts.size() == 1);
    for (const PersonAnswerLine& l : detail.attempts.front().answers) {
        if (l.questionId == question) return l;
    }
    FAIL("no answer to " << question);
    return detail.attempts.front().answers.front();
}

// ---------------------------------------------------------------- the screen

/// The person detail where drawRecords puts it: a full-window window, under a header, in the
/// tab's scrolling child; `scroll` scrolls the child.
std::function<void(RecordsUi&)> personInWindow(const float* scroll = nullptr, float* scrollMax = nullptr)
{
    return [scroll, scrollMax](RecordsUi& ui) {
        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(viewport->WorkPos);
        ImGui::SetNextWindowSize(viewport->WorkSize);
        ImGui::Begin("##records", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
        ImGui::PushFont(ui.ui.fonts.body);
        ImGui::Dummy(ImVec2(1, 100 * ui.ui.scale));   // the header, tabs and filters
        ImGui::BeginChild("records-tab", ImVec2(0, 0), false, ImGuiWindowFlags_NoBackground);
        if (scroll && ImGui::GetScrollY() != *scroll) ImGui::SetScrollY(*scroll);
        ui::drawRecordsPerson(ui);
        if (scrollMax) *scrollMax = ImGui::GetScrollMaxY();
        ImGui::EndChild();
        ImGui::PopFont();
        ImGui::End();
    };
}

std::string characters()
{
    return "山田花子営業部第一課佐藤一郎やまだE10010123456789-:. /%「」";
}

RecordsModel personModel(PersonDetail detail, Language language = Language::Japanese, RecordsRole role = RecordsRole::Hr)
{
    RecordsModel model;
    model.language = language;
    model.access.role = role;
    model.tab = RecordsTab::Person;
    model.person = std::move(detail);
    return model;
}

std::vector<RecordsAction> click(RecordsFrames& frames, const RecordsModel& model, const std::string& name)
{
    frames.draw(model, 3, personInWindow());
    const std::optional<WidgetRect> rect = frames.probe.find(name);
    REQUIRE_MESSAGE(rect.has_value(), name << " is not on screen");
    const ImVec2 centre = rect->centre();
    auto actions = frames.draw(model, 4, personInWindow(), [&](int frame) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = centre;
        io.MouseDown[0] = frame == 1;
    });
    ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    return actions;
}

} // namespace

TEST_CASE("person detail: each answer reads as the learner saw it, with the right answer, in the organisation's time zone")
{
    const PersonDetail detail = verifiedDetail();
    CHECK(detail.name == "山田 花子");
    CHECK(detail.department == "営業部 第一課");
    CHECK(detail.manager == "佐藤 一郎");
    CHECK(detail.verified);
    REQUIRE(detail.attempts.size() == 1);
    const PersonAttempt& attempt = detail.attempts.front();
    CHECK(attempt.quizTitle.plain(Language::Japanese) == "修了テスト：営業秘密の基本");
    CHECK(attempt.quizTitle.plain(Language::English) == "Final test: trade-secret basics");
    CHECK(attempt.started == "2026-04-01 00:00");   // 15:00 UTC the day before
    CHECK(attempt.finished == "2026-04-01 00:20");
    CHECK(attempt.ending == "submitted");
    CHECK(attempt.passed == false);
    REQUIRE(attempt.answers.size() == 6);

    const PersonAnswerLine& single = line(detail, "b-send-customer-list");
    CHECK(single.response.plain(Language::Japanese) == "規程で扱いを確かめ、社外に出すには承認と秘密保持契約が要ると先輩に伝える");
    CHECK(single.response.plain(Language::English) == "Check the rules, and tell him that sending it outside needs approval and an NDA");
    CHECK(single.rightAnswer == single.response);
    CHECK(single.prompt == basics().question("b-send-customer-list")->prompt);
    CHECK(single.fraction == 1.0);
    CHECK(single.points == 1.0);
    CHECK(single.maxPoints == 1.0);
    CHECK(single.seconds == 90);
    CHECK(single.at == "2026-04-01 00:01");

    // True/false: the app's own words, by key, for the screen to show in its language.
    const PersonAnswerLine& trueFalse = line(detail, "b-copy-for-new-job");
    CHECK(trueFalse.responseKey == "quiz.false");
    CHECK(trueFalse.rightAnswerKey == "quiz.true");
    CHECK(trueFalse.response.empty());

    const PersonAnswerLine& ordering = line(detail, "b-disclosure-steps");
    for (Language language : {Language::Japanese, Language::English}) {
        CHECK(ordering.response.plain(language) == "1. " + stepText("b-disclosure-steps", "agree", language) + "\n2. " +
                                                        stepText("b-disclosure-steps", "classify", language) + "\n3. " +
                                                        stepText("b-disclosure-steps", "prepare", language) + "\n4. " +
                                                        stepText("b-disclosure-steps", "send", language));
        CHECK(ordering.rightAnswer.plain(language).starts_with("1. " + stepText("b-disclosure-steps", "classify", language) + "\n2. " +
                                                               stepText("b-disclosure-steps", "agree", language)));
    }
    CHECK(ordering.at == "2026-04-01 00:04");
    CHECK(ordering.seconds == 125);

    const PersonAnswerLine& matching = line(detail, "b-first-moves");
    const auto* key = basics().question("b-first-moves")->matching();
    REQUIRE(key);
    const std::string ja = matching.response.plain(Language::Japanese);
    CHECK(ja == key->pairs[0].left.plain(Language::Japanese) + " → " + key->pairs[0].right.plain(Language::Japanese) + "\n" +
                    key->pairs[1].left.plain(Language::Japanese) + " → " + key->rightText("look-first")->plain(Language::Japanese));
    CHECK(matching.rightAnswer.plain(Language::English).find(key->pairs[3].right.plain(Language::English)) != std::string::npos);

    const PersonAnswerLine& typed = line(detail, "b-nda-term");
    CHECK(typed.response.plain(Language::Japanese) == "「秘密保持契約」");
    CHECK(typed.response.plain(Language::English) == "「秘密保持契約」");
    CHECK(typed.rightAnswer.plain(Language::Japanese).starts_with("「秘密保持契約」\n"));
}

TEST_CASE("person detail: a question, quiz or option the pack no longer has shows by its id")
{
    const PersonDetail detail = verifiedDetail();
    const PersonAnswerLine& gone = line(detail, "b-retired-question");
    CHECK(gone.prompt.empty());
    CHECK(gone.rightAnswer.empty());
    CHECK(gone.response.plain(Language::Japanese) == "x");
    CHECK(gone.response.plain(Language::English) == "x");
    CHECK(gone.at == "2026-04-01 00:08");

    REQUIRE(detail.runs.size() == 1);
    const PersonRun& run = detail.runs.front();
    REQUIRE(run.path.size() == 3);
    CHECK(run.path[2].nodeId == "n-gone");
    CHECK(run.path[2].optionId == "somewhere");
    CHECK(run.path[2].optionText.empty());

    // A pack the library does not have at all: every text by its id, nothing dropped.
    IndexedLearner unknown = learner();
    unknown.packs.front().packId = "retired-pack";
    const PersonDetail old = buildPersonDetail("E1001", {}, unknown, "valid", {}, shippedLibrary(), tokyo());
    CHECK(old.name == "やまだ");   // not on the roster: the file's display name
    REQUIRE(old.attempts.size() == 1);
    CHECK(old.attempts.front().quizTitle.plain(Language::Japanese) == "basics-final");
    REQUIRE(old.attempts.front().answers.size() == 6);
    CHECK(old.attempts.front().answers[0].prompt.empty());
    CHECK(old.attempts.front().answers[0].response.plain(Language::English) == "check");
    CHECK(old.attempts.front().answers[3].response.plain(Language::English) == "lost=lost\nnewhire=look-first");
    CHECK(old.runs.front().scenarioTitle.plain(Language::English) == "basics-week");
    CHECK(old.completions.size() == 3);
    CHECK(old.reviewDeck.empty());   // no question of it can be asked again
}

TEST_CASE("person detail: scenario paths, completions by time, trust flags and the review deck")
{
    const PersonDetail detail = verifiedDetail();
    const mamori::lessons::Scenario* scenario = basics().scenario("basics-week");
    REQUIRE(scenario);
    const PersonRun& run = detail.runs.front();
    CHECK(run.scenarioTitle == scenario->title);
    CHECK(run.started == "2026-03-30 10:00");
    CHECK(run.outcome == "good");
    CHECK(run.endingId == "end-good");
    CHECK(run.score == 12);
    CHECK(run.path[0].nodeId == "n-list");
    CHECK(run.path[0].optionId == "check");
    CHECK(run.path[0].optionText == scenario->node("n-list")->options[2].text);
    CHECK(run.path[1].optionText.plain(Language::Japanese) == scenario->node("n-rules")->options[1].text.plain(Language::Japanese));

    REQUIRE(detail.completions.size() == 3);
    CHECK(detail.completions[0].kind == "lesson");
    CHECK(detail.completions[0].itemTitle.plain(Language::English) == "What is a trade secret?");
    CHECK(detail.completions[0].at == "2026-03-29 23:00");
    CHECK(detail.completions[1].kind == "quiz");
    CHECK(detail.completions[1].itemTitle.plain(Language::English) == "an-old-quiz");
    CHECK(detail.completions[1].packVersion == "1.0.0");
    CHECK(detail.completions[2].kind == "pack");
    CHECK(detail.completions[2].itemTitle == basics().title);
    CHECK(detail.completions[2].at == "2026-04-02 01:30");

    REQUIRE(detail.flags.size() == 1);
    REQUIRE(detail.flagTimes.size() == 1);
    CHECK(detail.flagTimes[0] == "2026-04-01 00:08");

    // Everything the finished attempt asked and did not get fully right, unanswered included;
    // not the question the pack no longer has.
    std::vector<std::string> deck;
    for (const PersonReviewCard& card : detail.reviewDeck) deck.push_back(card.questionId);
    CHECK(deck == std::vector<std::string>{"b-copy-for-new-job", "b-disclosure-steps", "b-first-moves", "b-whistle-retaliation"});
    CHECK(detail.reviewDeck.front().prompt == basics().question("b-copy-for-new-job")->prompt);
    CHECK(detail.reviewDeck.front().missedAt == "2026-04-01 00:20");

    // An unfinished attempt puts nothing in the deck.
    IndexedLearner unfinished = learner();
    unfinished.packs.front().attempts.front().finished.reset();
    CHECK(buildPersonDetail("E1001", rows(), unfinished, "valid", {}, shippedLibrary(), tokyo()).reviewDeck.empty());
}

TEST_CASE("person detail: a file that does not verify counts no records")
{
    for (const std::string status : {"tampered", "other-key", "none", ""}) {
        CAPTURE(status);
        const PersonDetail detail = buildPersonDetail("E1001", rows(status), learner(), status, {}, shippedLibrary(), tokyo());
        CHECK_FALSE(detail.verified);
        CHECK(detail.fileStatus == (status.empty() ? "none" : status));
        CHECK(detail.name == "山田 花子");
        CHECK(detail.assignments.size() == 2);
        CHECK(detail.attempts.empty());
        CHECK(detail.runs.empty());
        CHECK(detail.completions.empty());
        CHECK(detail.reviewDeck.empty());
    }
    const PersonDetail none = buildPersonDetail("E1001", rows("none"), std::nullopt, "none", {}, shippedLibrary(), tokyo());
    CHECK_FALSE(none.verified);
    CHECK(none.attempts.empty());
}

TEST_CASE("person screen: a completed assignment of a verified file has a certificate button that saves it")
{
    RecordsFrames frames(characters(), shippedLibrary(), FrameSetting{ImVec2(1280, 900), 100, Theme::Light});
    const RecordsModel model = personModel(verifiedDetail());
    const auto actions = click(frames, model, "person:certificate:basics");
    REQUIRE(actions.size() == 1);
    const auto* save = std::get_if<records_action::SaveCertificate>(&actions[0]);
    REQUIRE(save);
    CHECK(save->personId == "E1001");
    CHECK(save->packId == "basics");
    CHECK_FALSE(frames.probe.exists("person:certificate:telework"));   // overdue: nothing to certify
    CHECK(frames.probe.exists("person:header"));
    CHECK(frames.probe.exists("person:attempt:basics/basics-final/1:answers"));
}

TEST_CASE("person screen: no certificate for a file that does not verify")
{
    RecordsFrames frames(characters(), shippedLibrary(), FrameSetting{ImVec2(1280, 900), 100, Theme::Light});
    const RecordsModel model =
        personModel(buildPersonDetail("E1001", rows("tampered"), std::nullopt, "tampered", {}, shippedLibrary(), tokyo()));
    const auto actions = frames.draw(model, 2, personInWindow());
    CHECK(actions.empty());
    CHECK(frames.probe.exists("person:file"));
    CHECK(frames.probe.exists("person:header"));
    CHECK_FALSE(frames.probe.exists("person:certificate:basics"));
}

TEST_CASE("person screen: a trainer sees no name, and an empty detail a hint")
{
    RecordsFrames frames(characters(), shippedLibrary(), FrameSetting{ImVec2(1024, 768), 100, Theme::Light});
    const auto actions = frames.draw(personModel(verifiedDetail(), Language::Japanese, RecordsRole::Trainer), 2, personInWindow());
    CHECK(actions.empty());
    CHECK(frames.probe.exists("person:not-for-role"));
    CHECK_FALSE(frames.probe.exists("person:header"));
    CHECK_FALSE(frames.probe.exists("person:certificate:basics"));
    for (const TrackedWidget& widget : frames.probe.widgets()) CHECK(widget.name == "person:not-for-role");

    RecordsModel empty = personModel(verifiedDetail());
    empty.person.reset();
    frames.draw(empty, 2, personInWindow());
    CHECK(frames.probe.exists("person:hint"));
    CHECK_FALSE(frames.probe.exists("person:header"));
}

TEST_CASE("person screen: the words exist in both languages")
{
    RecordsFrames frames(characters(), shippedLibrary(), FrameSetting{ImVec2(1024, 768), 100, Theme::Light});
    std::size_t count = 0;
    for (const std::string& key : frames.strings().keys(Language::Japanese)) {
        if (!key.starts_with("records.person.")) continue;
        ++count;
        CAPTURE(key);
        CHECK(frames.strings().has(key, Language::English));
    }
    CHECK(count > 50);
}

TEST_CASE("person screen: nothing overlaps or is cut off at 80 % and 160 %, in Japanese and English, 1024x768")
{
    for (int percent : {80, 160}) {
        RecordsFrames frames(characters(), shippedLibrary(), FrameSetting{ImVec2(1024, 768), percent, Theme::Light});
        for (Language language : {Language::Japanese, Language::English}) {
            CAPTURE(percent);
            CAPTURE(static_cast<int>(language));
            const RecordsModel model = personModel(verifiedDetail(), language);
            // Scroll down the page a screen at a time, checking what each screen shows.
            float scroll = 0, scrollMax = 0;
            int screens = 0;
            std::set<std::string> seen;
            do {
                frames.draw(model, 3, personInWindow(&scroll, &scrollMax));
                for (const std::string& problem : findLayoutProblems(frames.probe)) {
                    CAPTURE(scroll);
                    FAIL_CHECK(problem);
                }
                for (const TrackedWidget& widget : frames.probe.widgets()) {
                    if (widget.visible) seen.insert(widget.name);
                }
                scroll += 768 * 0.5f;
            } while (scroll <= scrollMax + 768 * 0.5f && ++screens < 40);
            for (const char* name : {"person:header", "person:file", "person:flags", "person:certificate:basics",
                                     "person:attempt:basics/basics-final/1", "person:attempt:basics/basics-final/1:answers",
                                     "person:run:basics/basics-week/1", "person:completions", "person:deck"}) {
                CAPTURE(name);
                CHECK(seen.count(name) == 1);
            }
        }
    }
}

