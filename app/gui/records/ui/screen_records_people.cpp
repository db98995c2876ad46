// HR's people table: people × assignments, 100,000 rows and more. Only the rows in view are
// drawn (ImGuiListClipper) and formatted; the filtering and sorting were done once by the
// worker, never per frame. The table's header sorts, a row opens the person.

#include "records_ui.hpp"
#include "widgets.hpp"

#include <imgui_internal.h>

#include <cmath>
#include <cstdio>

namespace mamori::app::ui {
namespace {

namespace ra = records_action;
using records::PeopleColumn;

struct ColumnSpec {
    PeopleColumn column;
    const char* key;
    float width;   ///< in ems at 100 %
};

constexpr ColumnSpec kColumns[] = {
    {PeopleColumn::Id, "records.column.id", 6},           {PeopleColumn::Name, "records.column.name", 8},
    {PeopleColumn::Department, "records.column.department", 9}, {PeopleColumn::Manager, "records.column.manager", 7},
    {PeopleColumn::Pack, "records.column.pack", 11},      {PeopleColumn::Status, "records.column.status", 6},
    {PeopleColumn::Due, "records.column.due", 6},         {PeopleColumn::Completed, "records.column.completed", 6},
    {PeopleColumn::Score, "records.column.score", 4},     {PeopleColumn::Attempts, "records.column.attempts", 4},
    {PeopleColumn::Time, "records.column.time", 5},       {PeopleColumn::Flags, "records.column.flags", 6},
};

std::string dateText(const std::optional<records::Date>& date)
{
    return date ? records::formatDate(*date) : std::string();
}

/// "1:05" hours and minutes, "0:12" under an hour: short and sortable by eye.
std::string durationText(std::int64_t seconds)
{
    if (seconds <= 0) return "";
    const std::int64_t minutes = (seconds + 59) / 60;
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(minutes / 60), static_cast<long long>(minutes % 60));
    return text;
}

ImU32 stateColour(const UiContext& ui, records::AssignmentState state)
{
    switch (state) {
    case records::AssignmentState::Completed: return ui.palette.right;
    case records::AssignmentState::Overdue:
    case records::AssignmentState::Expired: return ui.palette.wrong;
    case records::AssignmentState::InProgress: return ui.palette.accent;
    case records::AssignmentState::NotStarted: return ui.palette.mutedText;
    }
    return ui.palette.text;
}

/// Keeps ImGui's sort arrow on the model's sort when something else (a script, a drill-down)
/// changed it; emits the user's own change of sort as an action.
void syncSort(RecordsUi& r)
{
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs) return;
    const records::PeopleQuery& q = r.model.query;
    if (specs->SpecsDirty && specs->SpecsCount > 0) {
        const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
        const auto column = static_cast<PeopleColumn>(s.ColumnUserID);
        const bool descending = s.SortDirection == ImGuiSortDirection_Descending;
        if (column != q.sortBy || descending != q.descending) r.emit(ra::SortPeople{column, descending});
        specs->SpecsDirty = false;
        return;
    }
    const bool matches = specs->SpecsCount > 0 && static_cast<PeopleColumn>(specs->Specs[0].ColumnUserID) == q.sortBy &&
                         (specs->Specs[0].SortDirection == ImGuiSortDirection_Descending) == q.descending;
    if (matches) return;
    for (int i = 0; i < static_cast<int>(std::size(kColumns)); ++i) {
        if (kColumns[i].column == q.sortBy) {
            ImGui::TableSetColumnSortDirection(i, q.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending, false);
        }
    }
    specs->SpecsDirty = false;
}

void cell(const std::string& text)
{
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text.c_str());
}

void row(RecordsUi& r, std::uint32_t index, int shownIndex)
{
    const UiContext& ui = r.ui;
    const records::StatusRow& row = r.model.table->report().rows[index];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(shownIndex);
    // The whole row is one selectable: clicked or activated from the keyboard, it opens the person.
    if (ImGui::Selectable(row.personId.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
        r.emit(ra::OpenPerson{row.personId});
    }
    ImGui::PopID();
    cell(row.name + (row.left ? std::string(" ") + r.t("records.left-mark") : ""));
    cell(row.department);
    cell(row.manager);
    cell(r.packTitle(row.packId));
    ImGui::TableNextColumn();
    const bool notCounted = row.fileStatus != "valid" && row.fileStatus != "none";
    ImGui::PushStyleColor(ImGuiCol_Text, notCounted ? ui.palette.wrong : stateColour(ui, row.status.state));
    ImGui::TextUnformatted(notCounted ? r.t("records.not-verified")
                                      : r.t(("records.state." + std::string(records::assignmentStateName(row.status.state))).c_str()));
    ImGui::PopStyleColor();
    cell(dateText(row.status.due));
    cell(dateText(row.status.completedOn));
    cell(row.status.score ? std::to_string(static_cast<int>(std::lround(*row.status.score))) + "%" : "");
    cell(row.attempts > 0 ? std::to_string(row.attempts) : "");
    cell(durationText(row.secondsSpent));
    cell(row.flags > 0 ? std::to_string(row.flags) : "");
}

} // namespace

void drawRecordsPeople(RecordsUi& r)
{
    UiContext& ui = r.ui;
    const RecordsModel& m = r.model;
    // The search and the count of rows, with the exports of what is shown.
    const float searchWidth = std::min(360 * ui.scale, ImGui::GetContentRegionAvail().x * 0.45f);
    char search[256];
    std::snprintf(search, sizeof search, "%s", m.query.search.c_str());
    ImGui::SetNextItemWidth(searchWidth);
    if (ImGui::InputTextWithHint("##search", r.t("records.search-hint"), search, sizeof search)) r.emit(ra::SetSearch{search});
    ui.probe.track("people:search");
    const std::string count = m.shown ? r.f("records.rows", {std::to_string(m.shown->size())}) : std::string();
    sameLineIfRoom(ImGui::CalcTextSize(count.c_str()).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count.c_str());
    if (m.queryPending()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
        ImGui::TextUnformatted(r.t("records.updating"));
        ImGui::PopStyleColor();
    }
    sameLineIfRoom(buttonWidth(ui, r.t("records.export-csv")));
    if (button(ui, "people:export-csv", r.t("records.export-csv"), m.shown && !m.shown->empty())) r.emit(ra::ExportShown{ExportFormat::Csv});
    sameLineIfRoom(buttonWidth(ui, r.t("records.export-xlsx")));
    if (button(ui, "people:export-xlsx", r.t("records.export-xlsx"), m.shown && !m.shown->empty())) {
        r.emit(ra::ExportShown{ExportFormat::Xlsx});
    }
    if (!m.table || !m.shown) return;
    if (m.shown->empty()) {
        ImGui::TextUnformatted(r.t("records.no-rows"));
        return;
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("people", static_cast<int>(std::size(kColumns)), flags, ImGui::GetContentRegionAvail())) return;
    ImGui::TableSetupScrollFreeze(2, 1);
    const float em = ImGui::GetFontSize();
    for (const ColumnSpec& c : kColumns) {
        ImGuiTableColumnFlags columnFlags = ImGuiTableColumnFlags_WidthFixed;
        if (c.column == m.query.sortBy) {
            columnFlags |= ImGuiTableColumnFlags_DefaultSort |
                           (m.query.descending ? ImGuiTableColumnFlags_PreferSortDescending : ImGuiTableColumnFlags_PreferSortAscending);
        }
        ImGui::TableSetupColumn(r.t(c.key), columnFlags, c.width * em, static_cast<ImGuiID>(c.column));
    }
    ImGui::TableHeadersRow();
    syncSort(r);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m.shown->size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(r, (*m.shown)[static_cast<std::size_t>(i)], i);
    }
    ImGui::EndTable();
    // The table as a whole: its rows span all columns, and a table's cells cannot overlap.
    ui.probe.track("people:table");
}

} // namespace mamori::app::ui
