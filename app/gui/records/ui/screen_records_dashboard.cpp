// The records dashboard: per pack, who has completed, is under way, has not started, is
// overdue or expired (a stacked bar that drills down to those people); completions per week;
// each pack's score distribution; and the records that fail verification, up front. It draws
// model.dashboard, which the controller computes once per change of the filters.

#include "records_charts.hpp"
#include "records_ui.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <optional>

namespace mamori::app::ui {
namespace {

using records::AssignmentState;

// Done first, then under way, then not begun, then the two that need action, so the completed
// share reads from the left and the problems sit together at the right end of each bar.
constexpr std::array<AssignmentState, 5> kStateOrder{AssignmentState::Completed, AssignmentState::InProgress,
                                                     AssignmentState::NotStarted, AssignmentState::Overdue,
                                                     AssignmentState::Expired};

constexpr int kWeeksShown = 26;

struct StateLook {
    ImU32 colour;
    charts::Hatch hatch;
};

/// Colours from the theme's palette, so each theme has its own readable shade: green done,
/// blue under way, grey not begun, red overdue, amber expired. The two states that need
/// action are hatched as well, so they stand apart without colour (and red from green for
/// colour-blind readers); the legend names every state with its count.
StateLook stateLook(const Palette& palette, AssignmentState state)
{
    switch (state) {
    case AssignmentState::Completed: return {palette.right, charts::Hatch::None};
    case AssignmentState::InProgress: return {palette.tip, charts::Hatch::None};
    case AssignmentState::NotStarted: return {palette.mutedText, charts::Hatch::None};
    case AssignmentState::Overdue: return {palette.wrong, charts::Hatch::Diagonal};
    case AssignmentState::Expired: return {palette.warning, charts::Hatch::Cross};
    }
    return {palette.mutedText, charts::Hatch::None};
}

std::string stateKey(AssignmentState state)
{
    return "records.state." + std::string(records::assignmentStateName(state));
}

/// A whole percent; "<1%" and ">99%" rather than a 0 % or 100 % that hides a few people.
std::string percentText(int count, int total)
{
    if (total <= 0 || count <= 0) return "0%";
    if (count >= total) return "100%";
    const double percent = 100.0 * count / total;
    if (percent < 1) return "<1%";
    if (percent > 99) return ">99%";
    return std::to_string(static_cast<int>(std::lround(percent))) + "%";
}

std::string monthDay(records::Date date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%02u/%02u", static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

int assigned(const records::PackFigures& pack)
{
    int total = 0;
    for (const auto& [state, count] : pack.states) total += count;
    return total;
}

int stateCount(const records::PackFigures& pack, AssignmentState state)
{
    const auto it = pack.states.find(state);
    return it == pack.states.end() ? 0 : it->second;
}

/// To the people table, filtered to this pack and state.
void drillDown(RecordsUi& ui, const std::string& packId, AssignmentState state)
{
    ui.emit(records_action::SetPack{packId});
    ui.emit(records_action::SetState{state});
    ui.emit(records_action::ShowTab{RecordsTab::People});
}

void heading(RecordsUi& ui, const std::string& text)
{
    wrappedText(ui.ui, text, ui.ui.fonts.heading, ui.ui.palette.heading);
}

void note(RecordsUi& ui, const std::string& text)
{
    wrappedText(ui.ui, text, ui.ui.fonts.small, ui.ui.palette.mutedText);
}

/// One line in `font`, cut with "…" when it does not fit the width left.
void fittedLine(const std::string& text, ImFont* font, ImU32 colour)
{
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(fitText(text, ImGui::GetContentRegionAvail().x).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

/// The people counted, and the records that fail verification: these are never counted as
/// completed, so HR must see them before reading the bars.
void drawSummary(RecordsUi& ui)
{
    const records::DashboardFigures& figures = ui.model.dashboard;
    int assignments = 0;
    for (const records::PackFigures& pack : figures.packs) assignments += assigned(pack);
    wrappedText(ui.ui, ui.f("records.dashboard.people", {std::to_string(figures.people), std::to_string(assignments)}),
                ui.ui.fonts.bold, ui.ui.palette.text);
    if (figures.unverified <= 0) {
        wrappedText(ui.ui, ui.t("records.dashboard.all-verified"), ui.ui.fonts.body, ui.ui.palette.right);
        return;
    }
    gap(ui.ui, 4);
    box(ui.ui, ui.ui.palette.wrongBackground, ui.ui.palette.wrong, [&] {
        wrappedText(ui.ui, ui.f("records.dashboard.unverified-count", {std::to_string(figures.unverified)}),
                    ui.ui.fonts.heading, ui.ui.palette.wrong);
        wrappedText(ui.ui, ui.t("records.dashboard.unverified-note"), ui.ui.fonts.body, ui.ui.palette.text);
        if (button(ui.ui, "dashboard:unverified", ui.t("records.dashboard.unverified-button"))) {
            ui.emit(records_action::ShowTab{RecordsTab::Unverified});
        }
    });
}

/// A pack's title and counts, its stacked bar and the legend under it. Both the bar's
/// segments and the legend's entries drill down; the entries are the larger target and name
/// the state, for keyboard and screen-reading users alike.
void drawPackStatus(RecordsUi& ui, const records::PackFigures& pack)
{
    const Palette& palette = ui.ui.palette;
    const int total = assigned(pack);
    const int completed = stateCount(pack, AssignmentState::Completed);
    ImGui::PushID(pack.packId.c_str());
    fittedLine(ui.packTitle(pack.packId), ui.ui.fonts.bold, palette.text);
    const std::string counts = ui.f("records.dashboard.pack-counts", {std::to_string(total), percentText(completed, total)});
    ImGui::PushStyleColor(ImGuiCol_Text, palette.mutedText);
    ImGui::TextUnformatted(counts.c_str());
    ImGui::PopStyleColor();
    if (pack.unverified > 0) {
        const std::string unverified = ui.f("records.dashboard.pack-unverified", {std::to_string(pack.unverified)});
        sameLineIfRoom(ImGui::CalcTextSize(unverified.c_str()).x);
        ImGui::PushStyleColor(ImGuiCol_Text, palette.wrong);
        ImGui::TextUnformatted(unverified.c_str());
        ImGui::PopStyleColor();
    }

    const std::string prefix = pack.packId + ":";
    const std::string hint = ui.t("records.dashboard.drill-hint");
    std::vector<charts::BarSegment> segments;
    for (AssignmentState state : kStateOrder) {
        const int count = stateCount(pack, state);
        const StateLook look = stateLook(palette, state);
        const std::string tip = ui.f("records.dashboard.segment-tip", {ui.t(stateKey(state)), std::to_string(count),
                                                                       percentText(count, total)});
        segments.push_back({"dashboard:bar:" + prefix + std::string(records::assignmentStateName(state)), count,
                            look.colour, look.hatch, tip + "\n" + hint});
    }
    const int clicked = charts::stackedBar(ui.ui, segments, 24 * ui.ui.scale);
    if (clicked >= 0) drillDown(ui, pack.packId, kStateOrder[static_cast<std::size_t>(clicked)]);

    for (std::size_t i = 0; i < kStateOrder.size(); ++i) {
        const AssignmentState state = kStateOrder[i];
        const int count = stateCount(pack, state);
        const StateLook look = stateLook(palette, state);
        const std::string label =
            ui.f("records.dashboard.legend", {ui.t(stateKey(state)), std::to_string(count), percentText(count, total)});
        if (i > 0) sameLineIfRoom(charts::legendEntryWidth(ui.ui, label));
        // A state nobody is in has nothing to drill down to: shown, not clickable.
        if (charts::legendEntry(ui.ui, "dashboard:legend:" + prefix + std::string(records::assignmentStateName(state)),
                                look.colour, look.hatch, label, count > 0, hint)) {
            drillDown(ui, pack.packId, state);
        }
    }
    ImGui::PopID();
}

/// Completions per week, summed over the packs shown. Summed rather than stacked per pack: with
/// more than a few packs a stack needs a colour per pack and becomes hard to read, and the
/// pack filter above already narrows the chart to one pack.
void drawCompletions(RecordsUi& ui)
{
    const records::DashboardFigures& figures = ui.model.dashboard;
    std::optional<records::Date> first, latest;
    for (const records::PackFigures& pack : figures.packs) {
        if (pack.completionsPerWeek.empty()) continue;
        const records::Date packFirst = pack.completionsPerWeek.begin()->first;
        const records::Date packLatest = pack.completionsPerWeek.rbegin()->first;
        if (!first || packFirst < *first) first = packFirst;
        if (!latest || packLatest > *latest) latest = packLatest;
    }
    if (!latest) {
        heading(ui, ui.f("records.dashboard.completions", {"0"}));
        note(ui, ui.t("records.dashboard.no-completions"));
        return;
    }
    // The last 26 weeks ending at the latest week with a completion, or from the first one.
    using std::chrono::days;
    using std::chrono::sys_days;
    const int span = static_cast<int>((sys_days(*latest) - sys_days(*first)).count() / 7) + 1;
    const int weeks = std::clamp(span, 1, kWeeksShown);
    const sys_days start = sys_days(*latest) - days(7 * (weeks - 1));
    std::vector<int> values(static_cast<std::size_t>(weeks), 0);
    std::vector<std::string> labels, tips;
    for (int i = 0; i < weeks; ++i) {
        const records::Date monday(start + days(7 * i));
        for (const records::PackFigures& pack : figures.packs) {
            const auto it = pack.completionsPerWeek.find(monday);
            if (it != pack.completionsPerWeek.end()) values[static_cast<std::size_t>(i)] += it->second;
        }
        labels.push_back(monthDay(monday));
        tips.push_back(ui.f("records.dashboard.week-tip",
                            {records::formatDate(monday), std::to_string(values[static_cast<std::size_t>(i)])}));
    }
    heading(ui, ui.f("records.dashboard.completions", {std::to_string(weeks)}));
    note(ui, ui.t("records.dashboard.completions-note"));
    charts::columnChart(ui.ui, "dashboard:completions", values, labels, tips, ui.ui.palette.right, 150 * ui.ui.scale);
}

/// Each pack's histogram of completed people's best scores, two to a row when they are still
/// wide enough to read.
void drawScores(RecordsUi& ui)
{
    const records::DashboardFigures& figures = ui.model.dashboard;
    heading(ui, ui.t("records.dashboard.scores"));
    note(ui, ui.t("records.dashboard.scores-note"));
    std::vector<std::string> labels;
    for (int bin = 0; bin < 10; ++bin) {
        labels.push_back(std::to_string(bin * 10) + "-" + std::to_string(bin == 9 ? 100 : bin * 10 + 9));
    }
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float minimumWidth = 360 * ui.ui.scale;
    const int columns = std::clamp(static_cast<int>((ImGui::GetContentRegionAvail().x + spacing) / (minimumWidth + spacing)), 1,
                                   std::min(2, static_cast<int>(figures.packs.size())));
    if (!ImGui::BeginTable("dashboard-scores", columns, ImGuiTableFlags_SizingStretchSame)) return;
    for (const records::PackFigures& pack : figures.packs) {
        ImGui::TableNextColumn();
        ImGui::PushID(pack.packId.c_str());
        fittedLine(ui.packTitle(pack.packId), ui.ui.fonts.bold, ui.ui.palette.text);
        const int scored = std::accumulate(pack.scores.begin(), pack.scores.end(), 0);
        if (scored == 0) {
            note(ui, ui.t("records.dashboard.no-scores"));
        } else {
            fittedLine(ui.f("records.dashboard.scored-count", {std::to_string(scored)}), ui.ui.fonts.small,
                       ui.ui.palette.mutedText);
            const std::vector<int> bins(pack.scores.begin(), pack.scores.end());
            std::vector<std::string> tips;
            for (std::size_t bin = 0; bin < bins.size(); ++bin) {
                tips.push_back(ui.f("records.dashboard.bin-tip", {labels[bin], std::to_string(bins[bin])}));
            }
            // A gutter between two charts side by side, so their columns do not run together.
            const float gutter = columns > 1 ? 16 * ui.ui.scale : 0;
            charts::histogram(ui.ui, "dashboard:scores:" + pack.packId, bins, labels, tips, ui.ui.palette.tip,
                              110 * ui.ui.scale, ImGui::GetContentRegionAvail().x - gutter);
        }
        gap(ui.ui, 8);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace

void drawRecordsDashboard(RecordsUi& ui)
{
    const RecordsModel& model = ui.model;
    if (!model.table) {
        wrappedText(ui.ui, ui.t("records.dashboard.loading"), ui.ui.fonts.body, ui.ui.palette.mutedText);
        return;
    }
    // drawRecords puts this in its scrolling tab region: no child window of our own.
    if (model.dashboard.packs.empty()) {
        wrappedText(ui.ui, ui.t("records.dashboard.no-packs"), ui.ui.fonts.body, ui.ui.palette.mutedText);
        return;
    }
    drawSummary(ui);
    gap(ui.ui, 12);
    heading(ui, ui.t("records.dashboard.status"));
    for (const records::PackFigures& pack : model.dashboard.packs) {
        drawPackStatus(ui, pack);
        gap(ui.ui, 10);
    }
    gap(ui.ui, 6);
    drawCompletions(ui);
    gap(ui.ui, 16);
    drawScores(ui);
}

} // namespace mamori::app::ui
