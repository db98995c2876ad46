// The records that fail verification, one line per person: whose, and why. Their records are
// never counted as completed; opening one shows the person's detail with the file's status.

#include "records_ui.hpp"
#include "widgets.hpp"

#include <set>

namespace mamori::app::ui {

void drawRecordsUnverified(RecordsUi& r)
{
    UiContext& ui = r.ui;
    const RecordsModel& m = r.model;
    wrappedText(ui, r.t("records.unverified.intro"), ui.fonts.body, ui.palette.mutedText);
    gap(ui, 6);
    if (!m.table) return;
    std::set<std::string> seen;
    int shown = 0;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (ImGui::BeginTable("unverified", 4, flags, ImVec2(0, std::max(ImGui::GetContentRegionAvail().y - (m.table->report().notOnRoster.empty() ? 0 : 5 * ImGui::GetFrameHeight()),
                          8 * ImGui::GetFrameHeight())))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(r.t("records.column.id"));
        ImGui::TableSetupColumn(r.t("records.column.name"));
        ImGui::TableSetupColumn(r.t("records.column.department"));
        ImGui::TableSetupColumn(r.t("records.unverified.why"));
        ImGui::TableHeadersRow();
        for (const records::StatusRow& row : m.table->report().rows) {
            if (row.fileStatus == "valid" || row.fileStatus == "none" || !seen.insert(row.personId).second) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(shown);
            if (ImGui::Selectable(row.personId.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) r.emit(records_action::OpenPerson{row.personId});
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.department.c_str());
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.wrong);
            const std::string key = "records.file." + row.fileStatus;
            ImGui::TextUnformatted(ui.strings.has(key, r.language()) ? r.t(key) : row.fileStatus.c_str());
            ImGui::PopStyleColor();
            ++shown;
        }
        ImGui::EndTable();
        ui.probe.track("unverified:table");
    }
    if (shown == 0) wrappedText(ui, r.t("records.unverified.none"), ui.fonts.body, ui.palette.right);
    const auto& strangers = m.table->report().notOnRoster;
    if (!strangers.empty()) {
        gap(ui, 8);
        wrappedText(ui, r.f("records.not-on-roster", {std::to_string(strangers.size())}), ui.fonts.bold, ui.palette.warning);
        std::string list;
        for (std::size_t i = 0; i < strangers.size() && i < 50; ++i) list += (i ? ", " : "") + strangers[i];
        if (strangers.size() > 50) list += ", …";
        wrappedText(ui, list, ui.fonts.small, ui.palette.mutedText);
    }
}

} // namespace mamori::app::ui
