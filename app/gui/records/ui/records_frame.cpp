// The records view's window: a header with the view's name, its tabs, the language and a
// refresh; the background work's progress; notices; the filters that apply to the dashboard
// and the people table alike; then the tab's screen.

#include "records_ui.hpp"
#include "widgets.hpp"

#include <cstdio>

namespace mamori::app::ui {
namespace {

namespace ra = records_action;

struct TabButton {
    RecordsTab tab;
    const char* key;
};

constexpr TabButton kTabs[] = {{RecordsTab::Dashboard, "records.tab.dashboard"}, {RecordsTab::People, "records.tab.people"},
                               {RecordsTab::Person, "records.tab.person"},       {RecordsTab::Items, "records.tab.items"},
                               {RecordsTab::Unverified, "records.tab.unverified"}};

bool tabShown(const RecordsUi& ui, RecordsTab tab)
{
    if (tab == RecordsTab::Items) return ui.model.access.seesItems();
    if (tab == RecordsTab::Dashboard) return true;
    return ui.model.access.seesNames();
}

/// The header: the view's name and role at the left, then the tabs, the languages and a
/// refresh, flowing onto a second row when the window is narrow or the text large.
void header(RecordsUi& r)
{
    UiContext& ui = r.ui;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = 16 * ui.scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.heading);
    ImGui::TextUnformatted(r.t("records.title"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ui.probe.track("header:title");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    const std::string role = r.f("records.role." + std::string(recordsRoleName(r.model.access.role)), {r.model.access.manager});
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(role.c_str());
    ImGui::PopStyleColor();
    ui.probe.track("header:role");

    bool first = true;
    auto next = [&](const char* label) {
        if (!first) sameLineIfRoom(buttonWidth(ui, label));
        first = false;
    };
    for (const TabButton& b : kTabs) {
        if (!tabShown(r, b.tab)) continue;
        next(r.t(b.key));
        const bool current = r.model.tab == b.tab;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(ui, "tab:" + std::string(recordsTabName(b.tab)), r.t(b.key)) && !current) r.emit(ra::ShowTab{b.tab});
        if (current) ImGui::PopStyleColor();
    }
    for (lessons::Language language : lessons::kAllLanguages) {
        const std::string label(lessons::languageName(language));
        next(label.c_str());
        const bool current = r.model.language == language;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(ui, "lang:" + std::string(lessons::languageCode(language)), label.c_str()) && !current) {
            r.emit(ra::SetLanguage{language});
        }
        if (current) ImGui::PopStyleColor();
    }
    next(r.t("records.refresh"));
    if (button(ui, "records:refresh", r.t("records.refresh"), !r.model.progress.busy)) r.emit(ra::Refresh{});
    ImGui::EndGroup();
    draw->ChannelsSetCurrent(0);
    const float bottom = ImGui::GetItemRectMax().y + 8 * ui.scale;
    draw->AddRectFilled(ImVec2(start.x - pad, start.y - 12 * ui.scale), ImVec2(start.x + width + pad, bottom), ui.palette.headerBackground);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + 8 * ui.scale));
}

/// What the worker is doing, with a bar; or when the records were last read.
void status(RecordsUi& r)
{
    UiContext& ui = r.ui;
    const RecordsProgress& p = r.model.progress;
    if (p.busy || !r.model.table) {
        std::string label = r.t(p.phase.empty() ? "records.phase.open" : p.phase.c_str());
        float fraction = 0;
        if (p.total > 0) {
            fraction = static_cast<float>(p.done) / static_cast<float>(p.total);
            label += "  " + std::to_string(p.done) + " / " + std::to_string(p.total);
        } else {
            // Unknown length: a bar that moves, so the view is visibly alive.
            fraction = static_cast<float>(ImGui::GetTime() * 0.5 - static_cast<long>(ImGui::GetTime() * 0.5));
        }
        progressBar(ui, fraction, label, ImGui::GetContentRegionAvail().x);
        ui.probe.track("records:progress");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    ImGui::TextUnformatted(r.f("records.read-at", {r.model.refreshedAt, r.model.timeZone}).c_str());
    ImGui::PopStyleColor();
    ui.probe.track("records:read-at");
}

void notices(RecordsUi& r)
{
    UiContext& ui = r.ui;
    for (std::size_t i = 0; i < r.model.notices.size(); ++i) {
        const RecordsNotice& n = r.model.notices[i];
        ImGui::PushID(static_cast<int>(i));
        const float closeWidth = 36 * ui.scale;
        const WidgetRect rect = box(ui, n.error ? ui.palette.wrongBackground : ui.palette.rightBackground,
                                    n.error ? ui.palette.wrong : ui.palette.right, [&] {
                                        ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + ImGui::GetContentRegionAvail().x - closeWidth);
                                        wrappedText(ui, r.f(n.key, n.args), ui.fonts.body, ui.palette.text);
                                        if (!n.detail.empty()) wrappedText(ui, n.detail, ui.fonts.small, ui.palette.mutedText);
                                        ImGui::PopTextWrapPos();
                                    });
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(rect.max.x - closeWidth, rect.min.y + 4 * ui.scale));
        ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
        if (ImGui::Button("×")) r.emit(ra::DismissNotice{static_cast<int>(i)});
        ImGui::PopStyleColor();
        ui.probe.track("notice:close:" + std::to_string(i));
        ImGui::SetCursorScreenPos(after);
        ImGui::PopID();
    }
}

/// A combo of `choices` with "all" first, its name inside its preview ("部署：営業部"), so that
/// a row of them lines up at any text size; emits `choose` with the new value.
template <class Choose>
void filterCombo(RecordsUi& r, const char* id, const char* labelKey, const std::optional<std::string>& current,
                 const std::vector<std::string>& choices, const std::function<std::string(const std::string&)>& shown, Choose choose,
                 float width)
{
    UiContext& ui = r.ui;
    const std::string value = current ? shown(*current) : std::string(r.t("records.filter.all"));
    const std::string preview = r.f("records.filter.preview", {r.t(labelKey), value});
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(id, fitText(preview, width - ImGui::GetFrameHeight() * 1.5f).c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(r.t("records.filter.all"), !current)) choose(std::nullopt);
        for (const std::string& choice : choices) {
            if (ImGui::Selectable(shown(choice).c_str(), current == choice)) choose(std::optional(choice));
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(preview.c_str()).x > width - ImGui::GetFrameHeight() * 1.5f) {
        ImGui::SetTooltip("%s", preview.c_str());
    }
    ui.probe.track(std::string("filter:") + (id + 2));
}

void filters(RecordsUi& r)
{
    UiContext& ui = r.ui;
    const RecordsModel& m = r.model;
    const float width = std::min(260 * ui.scale, ImGui::GetContentRegionAvail().x / 3.2f);
    auto plain = [](const std::string& s) { return s; };
    bool first = true;
    auto next = [&] {
        if (!first) sameLineIfRoom(width);
        first = false;
    };
    next();
    filterCombo(r, "##department", "records.filter.department", m.query.department, m.choices.departments, plain,
                [&](auto v) { r.emit(ra::SetDepartment{v}); }, width);
    if (m.access.role != RecordsRole::Manager) {
        next();
        filterCombo(r, "##manager", "records.filter.manager", m.query.manager, m.choices.managers, plain,
                    [&](auto v) { r.emit(ra::SetManager{v}); }, width);
    }
    next();
    filterCombo(r, "##pack", "records.filter.pack", m.query.packId, m.choices.packs, [&](const std::string& id) { return r.packTitle(id); },
                [&](auto v) { r.emit(ra::SetPack{v}); }, width);
    if (m.tab != RecordsTab::People) return;
    std::vector<std::string> states;
    for (auto s : {records::AssignmentState::Completed, records::AssignmentState::InProgress, records::AssignmentState::NotStarted,
                   records::AssignmentState::Overdue, records::AssignmentState::Expired}) {
        states.emplace_back(records::assignmentStateName(s));
    }
    const std::optional<std::string> state =
        m.query.state ? std::optional(std::string(records::assignmentStateName(*m.query.state))) : std::nullopt;
    next();
    filterCombo(r, "##state", "records.filter.state", state, states,
                [&](const std::string& name) { return std::string(r.t(("records.state." + name).c_str())); },
                [&](const std::optional<std::string>& v) {
                    std::optional<records::AssignmentState> chosen;
                    for (auto s : {records::AssignmentState::Completed, records::AssignmentState::InProgress,
                                   records::AssignmentState::NotStarted, records::AssignmentState::Overdue,
                                   records::AssignmentState::Expired}) {
                        if (v && *v == records::assignmentStateName(s)) chosen = s;
                    }
                    r.emit(ra::SetState{chosen});
                },
                width);
}

} // namespace

void drawRecords(RecordsUi& r)
{
    UiContext& ui = r.ui;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("##records", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(ui.fonts.body);
    header(r);
    status(r);
    notices(r);
    if (r.model.tab == RecordsTab::Dashboard || r.model.tab == RecordsTab::People) filters(r);
    gap(ui, 6);
    ImGui::BeginChild("records-tab", ImVec2(0, 0), false, ImGuiWindowFlags_NoBackground);
    switch (r.model.tab) {
    case RecordsTab::Dashboard: drawRecordsDashboard(r); break;
    case RecordsTab::People: drawRecordsPeople(r); break;
    case RecordsTab::Person: drawRecordsPerson(r); break;
    case RecordsTab::Items: drawRecordsItems(r); break;
    case RecordsTab::Unverified: drawRecordsUnverified(r); break;
    }
    ImGui::EndChild();
    ImGui::PopFont();
    ImGui::End();
}

} // namespace mamori::app::ui
