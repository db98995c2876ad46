// The author mode's window: a header (the mode, the languages, a reload and when the packs were
// last read), a banner when a save broke a pack, the pack tree at the left, and at the right the
// selected item or the diagnostics.

#include "author_ui.hpp"
#include "scenario_map_widget.hpp"
#include "widgets.hpp"

#include <imgui_internal.h>

namespace mamori::app::ui {
namespace {

namespace aa = author_action;

void header(AuthorUi& a)
{
    UiContext& ui = a.ui;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.heading);
    ImGui::TextUnformatted(a.t("author.title"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ui.probe.track("header:title");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    ImGui::TextUnformatted(a.f("author.read-at", {a.model.reloadedAt, std::to_string(a.model.lastReload.packs)}).c_str());
    ImGui::PopStyleColor();
    ui.probe.track("author:read-at");
    for (lessons::Language language : lessons::kAllLanguages) {
        const std::string name(lessons::languageName(language));
        sameLineIfRoom(buttonWidth(ui, name.c_str()));
        const bool current = a.model.language == language;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(ui, "lang:" + std::string(lessons::languageCode(language)), name.c_str()) && !current) a.emit(aa::SetLanguage{language});
        if (current) ImGui::PopStyleColor();
    }
    sameLineIfRoom(buttonWidth(ui, a.t("author.reload")));
    if (button(ui, "author:reload", a.t("author.reload"))) a.emit(aa::Reload{});
}

void brokenBanner(AuthorUi& a)
{
    if (a.model.lastReload.broken == 0) return;
    box(a.ui, a.ui.palette.wrongBackground, a.ui.palette.wrong, [&] {
        wrappedText(a.ui, a.f("author.broken", {std::to_string(a.model.lastReload.broken)}), a.ui.fonts.bold, a.ui.palette.text);
    });
    a.ui.probe.track("author:broken");
}

const char* kindKey(AuthorItemKind kind)
{
    switch (kind) {
    case AuthorItemKind::Pack: return "author.kind.pack";
    case AuthorItemKind::Lesson: return "author.kind.lesson";
    case AuthorItemKind::Page: return "author.kind.page";
    case AuthorItemKind::Quiz: return "author.kind.quiz";
    case AuthorItemKind::Question: return "author.kind.question";
    case AuthorItemKind::Scenario: return "author.kind.scenario";
    case AuthorItemKind::Node: return "author.kind.node";
    case AuthorItemKind::Ending: return "author.kind.ending";
    case AuthorItemKind::Inbox: return "author.kind.inbox";
    case AuthorItemKind::Message: return "author.kind.message";
    }
    return "author.kind.pack";
}

/// The tree as an indented list of every item: one click (or Enter) on any page, question or
/// node shows it, without taking the course in order.
void tree(AuthorUi& a)
{
    UiContext& ui = a.ui;
    const float indent = 14 * ui.scale;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID shownKey = ImGui::GetID("##scrolled-to");
    for (const AuthorItem& item : a.workspace.items()) {
        const bool selected = item.key == a.model.selected;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent * static_cast<float>(item.depth));
        const std::string kind = a.t(kindKey(item.kind));
        std::string title = item.title.plain(a.language());
        // A message's verdict beside its id: the answer key at a glance down the inbox.
        if (item.message)
            title = std::string(a.t(item.message->verdict == lessons::Verdict::Malicious ? "author.verdict.malicious" : "author.verdict.legitimate")) +
                    " " + title;
        const float width = ImGui::GetContentRegionAvail().x;
        const std::string shown = fitText(kind + " " + item.id + "  " + title, width);
        ImGui::PushID(item.key.c_str());
        if (ImGui::Selectable(shown.c_str(), selected) && !selected) a.emit(aa::Select{item.key});
        // Scroll the selection into view once each time it changes (a diagnostic, a script).
        if (selected && storage->GetInt(shownKey) != static_cast<int>(ImHashStr(item.key.c_str()))) {
            ImGui::SetScrollHereY(0.3f);
            storage->SetInt(shownKey, static_cast<int>(ImHashStr(item.key.c_str())));
        }
        ImGui::PopID();
        ui.probe.track("tree:" + item.key);
    }
}

void diagnostics(AuthorUi& a)
{
    UiContext& ui = a.ui;
    const auto all = a.workspace.diagnostics();
    if (all.empty()) {
        wrappedText(ui, a.t("author.no-diagnostics"), ui.fonts.body, ui.palette.right);
        return;
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        const lessons::Diagnostic& d = all[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Text, d.severity == lessons::Severity::Error ? ui.palette.wrong : ui.palette.warning);
        ImGui::PushTextWrapPos(0);
        if (ImGui::Selectable(lessons::formatDiagnostic(d).c_str())) a.emit(aa::SelectDiagnostic{static_cast<int>(i)});
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

void tabs(AuthorUi& a)
{
    const int count = static_cast<int>(a.workspace.diagnostics().size());
    struct Tab {
        AuthorTab tab;
        std::string name, label;
    };
    std::vector<Tab> all = {{AuthorTab::Preview, "tab:preview", a.t("author.tab.preview")}};
    if (a.model.map) all.push_back({AuthorTab::Map, "tab:map", a.t("author.tab.map")});
    all.push_back({AuthorTab::Diagnostics, "tab:diagnostics", a.f("author.tab.diagnostics", {std::to_string(count)})});
    bool first = true;
    for (const Tab& t : all) {
        if (!first) sameLineIfRoom(buttonWidth(a.ui, t.label.c_str()));
        first = false;
        const bool current = a.model.tab == t.tab;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(a.ui, t.name, t.label.c_str()) && !current) a.emit(aa::ShowTab{t.tab});
        if (current) ImGui::PopStyleColor();
    }
}

/// The selected item's scenario as a graph; choosing a node or an ending selects it.
void scenarioMap(AuthorUi& a)
{
    const AuthorItem* item = a.workspace.find(a.model.selected);
    const std::string selectedId = item && (item->node || item->ending) ? item->id : std::string();
    if (auto chosen = drawScenarioMap(a.ui, *a.model.map, selectedId)) {
        const AuthorItem* scenario = a.workspace.find(a.model.mapScenarioKey);
        if (!scenario || !scenario->scenario) return;
        const bool isNode = scenario->scenario->node(*chosen) != nullptr;
        a.emit(aa::Select{a.model.mapScenarioKey + (isNode ? "/node:" : "/ending:") + *chosen});
    }
}

} // namespace

void drawAuthor(AuthorUi& a)
{
    UiContext& ui = a.ui;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("##author", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(ui.fonts.body);
    header(a);
    brokenBanner(a);
    gap(ui, 4);
    const float treeWidth = std::max(220 * ui.scale, ImGui::GetContentRegionAvail().x * 0.32f);
    ImGui::BeginChild("tree", ImVec2(treeWidth, 0), true);
    tree(a);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("detail", ImVec2(0, 0), false);
    tabs(a);
    gap(ui, 4);
    if (a.model.tab == AuthorTab::Map && a.model.map) {
        scenarioMap(a);
        ImGui::EndChild();
        ImGui::PopFont();
        ImGui::End();
        return;
    }
    ImGui::BeginChild("detail-body", ImVec2(0, 0), false);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize);
    if (a.model.tab == AuthorTab::Diagnostics) {
        diagnostics(a);
    } else if (const AuthorItem* item = a.workspace.find(a.model.selected)) {
        if (a.model.selectionLost) wrappedText(ui, a.t("author.selection-lost"), ui.fonts.small, ui.palette.warning);
        drawAuthorPreview(a, *item);
    } else {
        wrappedText(ui, a.t("author.nothing"), ui.fonts.body, ui.palette.mutedText);
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::EndChild();
    ImGui::PopFont();
    ImGui::End();
}

} // namespace mamori::app::ui
