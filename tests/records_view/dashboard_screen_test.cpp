// The records dashboard drawn headless with the real fonts: what HR sees and can do on it.
// Each pack's bar is there and drills down to the people in the state clicked (by mouse or
// keyboard); the records that fail verification are announced and lead to their tab; the
// loading and empty states say so; nothing overlaps or is cut off at the smallest and largest
// text sizes in both languages on a 1024×768 window.

#include "layout_check.hpp"
#include "records_charts.hpp"
#include "records_frames.hpp"

#include "mamori/records/people_table.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <cfloat>

using namespace mamori::app;
using namespace mamori::test;
using mamori::lessons::Language;
using mamori::records::AssignmentState;
using mamori::records::Date;
using mamori::records::StatusRow;

namespace {

const std::string kBasics = "secrets-basics";
// A pack the library does not know shows its id: a long one must still fit.
const std::string kLong = "information-security-annual-refresher-for-all-staff-2026";

StatusRow row(const std::string& person, const std::string& pack, AssignmentState state,
              std::optional<Date> completedOn = std::nullopt, std::optional<double> score = std::nullopt,
              const std::string& fileStatus = "valid")
{
    StatusRow r;
    r.personId = person;
    r.name = "社員 " + person;
    r.department = "営業部";
    r.manager = "佐藤";
    r.packId = pack;
    r.status.state = state;
    r.status.completedOn = completedOn;
    r.status.score = score;
    r.fileStatus = fileStatus;
    return r;
}

Date day(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

/// Two packs: one with every state and completions over 40 weeks (more than the chart shows),
/// one with a single completion; `unverified` people whose files do not verify.
RecordsModel dashboardModel(int unverified, Language language = Language::Japanese)
{
    auto report = std::make_shared<mamori::records::StatusReport>();
    const std::chrono::sys_days start(day(2025, 6, 2));
    for (int i = 0; i < 40; ++i) {
        const Date completed(start + std::chrono::days(7 * i + i % 5));
        report->rows.push_back(row("C" + std::to_string(i), kBasics, AssignmentState::Completed, completed, 40.0 + i * 1.5));
    }
    report->rows.push_back(row("P1", kBasics, AssignmentState::InProgress));
    report->rows.push_back(row("P2", kBasics, AssignmentState::InProgress));
    report->rows.push_back(row("N1", kBasics, AssignmentState::NotStarted));
    report->rows.push_back(row("O1", kBasics, AssignmentState::Overdue));
    report->rows.push_back(row("E1", kBasics, AssignmentState::Expired));
    report->rows.push_back(row("C0", kLong, AssignmentState::Completed, day(2026, 3, 4), 100.0));
    report->rows.push_back(row("N2", kLong, AssignmentState::NotStarted));
    for (int i = 0; i < unverified; ++i) {
        report->rows.push_back(row("T" + std::to_string(i), kLong, AssignmentState::NotStarted, std::nullopt, std::nullopt, "tampered"));
    }
    auto table = std::make_shared<const mamori::records::PeopleTable>(std::shared_ptr<const mamori::records::StatusReport>(report));
    RecordsModel model;
    model.language = language;
    model.table = table;
    model.dashboard = mamori::records::dashboardFigures(*table, model.query);
    return model;
}

/// The dashboard where drawRecords puts it: a full-window window, under a header, in the
/// tab's scrolling child.
void dashboardInWindow(RecordsUi& ui)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("##records", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushFont(ui.ui.fonts.body);
    ImGui::Dummy(ImVec2(1, 100 * ui.ui.scale));   // the header, tabs and filters
    ImGui::BeginChild("records-tab", ImVec2(0, 0), false, ImGuiWindowFlags_NoBackground);
    ui::drawRecordsDashboard(ui);
    ImGui::EndChild();
    ImGui::PopFont();
    ImGui::End();
}

std::string characters()
{
    return kBasics + kLong + "社員営業部佐藤0123456789";
}

const mamori::lessons::PackLibrary& emptyLibrary()
{
    static const mamori::lessons::PackLibrary library;
    return library;
}

/// Draws, then clicks the middle of `name` the way a user would (move, press, release).
std::vector<RecordsAction> click(RecordsFrames& frames, const RecordsModel& model, const std::string& name)
{
    frames.draw(model, 3, dashboardInWindow);
    const std::optional<WidgetRect> rect = frames.probe.find(name);
    REQUIRE_MESSAGE(rect.has_value(), name << " is not on screen");
    const ImVec2 at = rect->centre();
    auto actions = frames.draw(model, 4, dashboardInWindow, [&](int frame) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        io.MouseDown[0] = frame == 1;
    });
    ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    return actions;
}

void requireDrillDown(const std::vector<RecordsAction>& actions, const std::string& pack, AssignmentState state)
{
    REQUIRE(actions.size() == 3);
    const auto* setPack = std::get_if<records_action::SetPack>(&actions[0]);
    REQUIRE(setPack);
    CHECK(setPack->packId == pack);
    const auto* setState = std::get_if<records_action::SetState>(&actions[1]);
    REQUIRE(setState);
    CHECK(setState->state == state);
    const auto* show = std::get_if<records_action::ShowTab>(&actions[2]);
    REQUIRE(show);
    CHECK(show->tab == RecordsTab::People);
}

bool tooltipShown()
{
    const ImGuiWindow* tooltip = ImGui::FindWindowByName("##Tooltip_00");
    return tooltip && tooltip->Active;
}

} // namespace

TEST_CASE("records dashboard: each pack has a bar with a segment and a legend entry per state it has")
{
    RecordsFrames frames(characters(), emptyLibrary(), {ImVec2(1280, 800), 100, Theme::Light});
    const RecordsModel model = dashboardModel(0);
    CHECK(frames.draw(model, 3, dashboardInWindow).empty());   // drawing alone does nothing
    for (const char* state : {"completed", "in-progress", "not-started", "overdue", "expired"}) {
        CHECK_MESSAGE(frames.probe.exists("dashboard:bar:" + kBasics + ":" + state), state);
        CHECK_MESSAGE(frames.probe.exists("dashboard:legend:" + kBasics + ":" + state), state);
        CHECK_MESSAGE(frames.probe.exists("dashboard:legend:" + kLong + ":" + state), state);
    }
    // A state nobody of the pack is in has no segment (its legend entry says 0).
    CHECK(frames.probe.exists("dashboard:bar:" + kLong + ":completed"));
    CHECK(frames.probe.exists("dashboard:bar:" + kLong + ":not-started"));
    CHECK_FALSE(frames.probe.exists("dashboard:bar:" + kLong + ":overdue"));

    // The segments fill the bar in proportion: 40 of 45 completed takes most of it.
    const auto completed = frames.probe.find("dashboard:bar:" + kBasics + ":completed");
    const auto expired = frames.probe.find("dashboard:bar:" + kBasics + ":expired");
    REQUIRE(completed);
    REQUIRE(expired);
    const float completedWidth = completed->max.x - completed->min.x;
    const float expiredWidth = expired->max.x - expired->min.x;
    CHECK(completedWidth > 20 * expiredWidth);
    CHECK(expiredWidth >= 8);   // a small share stays clickable
    CHECK(expired->min.y == doctest::Approx(completed->min.y));

    CHECK(frames.probe.exists("dashboard:completions"));
    CHECK(frames.probe.exists("dashboard:scores:" + kBasics));
    CHECK(frames.probe.exists("dashboard:scores:" + kLong));
}

TEST_CASE("records dashboard: clicking a bar segment shows its tooltip, then drills down to those people")
{
    RecordsFrames frames(characters(), emptyLibrary(), {ImVec2(1024, 768), 100, Theme::Light});
    const RecordsModel model = dashboardModel(1);
    frames.draw(model, 3, dashboardInWindow);
    const auto overdue = frames.probe.find("dashboard:bar:" + kBasics + ":overdue");
    REQUIRE(overdue);
    // Hovering alone: a tooltip, no action.
    const auto hovered = frames.draw(model, 2, dashboardInWindow, [&](int) { ImGui::GetIO().MousePos = overdue->centre(); });
    CHECK(hovered.empty());
    CHECK(tooltipShown());
    ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);

    requireDrillDown(click(frames, model, "dashboard:bar:" + kBasics + ":overdue"), kBasics, AssignmentState::Overdue);
    requireDrillDown(click(frames, model, "dashboard:bar:" + kLong + ":not-started"), kLong, AssignmentState::NotStarted);
    requireDrillDown(click(frames, model, "dashboard:legend:" + kBasics + ":in-progress"), kBasics, AssignmentState::InProgress);
    // A legend entry with nobody in its state does nothing.
    CHECK(click(frames, model, "dashboard:legend:" + kLong + ":expired").empty());
}

TEST_CASE("records dashboard: the drill-down works from the keyboard")
{
    RecordsFrames frames(characters(), emptyLibrary(), {ImVec2(1024, 768), 100, Theme::Light});
    const RecordsModel model = dashboardModel(0);
    // Focus the pack's first legend entry, then move right with the arrow key and press Space.
    click(frames, model, "dashboard:legend:" + kBasics + ":completed");
    const auto press = [&](ImGuiKey key) {
        return frames.draw(model, 3, dashboardInWindow, [&](int frame) { ImGui::GetIO().KeysDown[key] = frame == 0; });
    };
    CHECK(press(ImGuiKey_RightArrow).empty());
    requireDrillDown(press(ImGuiKey_Space), kBasics, AssignmentState::InProgress);
}

TEST_CASE("records dashboard: records that fail verification are announced and lead to their tab")
{
    RecordsFrames frames(characters(), emptyLibrary(), {ImVec2(1024, 768), 100, Theme::Light});
    SUBCASE("none: no button")
    {
        const RecordsModel model = dashboardModel(0);
        CHECK(model.dashboard.unverified == 0);
        frames.draw(model, 3, dashboardInWindow);
        CHECK_FALSE(frames.probe.exists("dashboard:unverified"));
    }
    SUBCASE("some: a button to the unverified records")
    {
        const RecordsModel model = dashboardModel(2);
        CHECK(model.dashboard.unverified == 2);
        const auto actions = click(frames, model, "dashboard:unverified");
        REQUIRE(actions.size() == 1);
        const auto* show = std::get_if<records_action::ShowTab>(&actions[0]);
        REQUIRE(show);
        CHECK(show->tab == RecordsTab::Unverified);
    }
}

TEST_CASE("records dashboard: before the first load and with no packs it says so and draws no chart")
{
    RecordsFrames frames(characters(), emptyLibrary(), {ImVec2(1024, 768), 100, Theme::Dark});
    RecordsModel loading;
    CHECK(frames.draw(loading, 2, dashboardInWindow).empty());
    CHECK(frames.probe.widgets().empty());

    RecordsModel empty = dashboardModel(0);
    empty.dashboard = {};
    CHECK(frames.draw(empty, 2, dashboardInWindow).empty());
    CHECK(frames.probe.widgets().empty());
}

TEST_CASE("records dashboard: nothing overlaps or is cut off at 80 % and 160 % text, in Japanese and English, at 1024x768")
{
    for (int percent : {kMinTextPercent, kMaxTextPercent}) {
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            RecordsFrames frames(characters(), emptyLibrary(), {ImVec2(1024, 768), percent, theme});
            for (Language language : {Language::Japanese, Language::English}) {
                const RecordsModel model = dashboardModel(3, language);
                // Scroll through the whole dashboard: the checker looks at what is in view.
                for (float scroll : {0.0f, 400.0f, 800.0f, 1200.0f, 1600.0f, 100000.0f}) {
                    frames.draw(model, 3, [&](RecordsUi& ui) {
                        dashboardInWindow(ui);
                        if (ImGuiWindow* child = ImGui::FindWindowByName("##records")) {
                            for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
                                if (window->ParentWindow == child) ImGui::SetScrollY(window, scroll);
                            }
                        }
                    });
                    INFO(percent, "% ", mamori::lessons::languageCode(language), " scrolled ", scroll,
                         theme == Theme::Dark ? " dark" : " light");
                    CHECK(frames.probe.exists("dashboard:unverified"));
                    // The bottom of the dashboard scrolls into view: the check covers all of it.
                    if (scroll > 10000) CHECK(frames.probe.find("dashboard:scores:" + kBasics).has_value());
                    for (const std::string& problem : findLayoutProblems(frames.probe)) FAIL_CHECK(problem);
                }
            }
        }
    }
}

TEST_CASE("records dashboard: count axes step by 1, 2 or 5 times a power of ten")
{
    using ui::charts::niceStep;
    CHECK(niceStep(0) == 1);
    CHECK(niceStep(2) == 1);
    CHECK(niceStep(8) == 2);
    CHECK(niceStep(45) == 20);
    CHECK(niceStep(1000) == 500);
    CHECK(niceStep(100000) == 50000);
}
