// The window around every screen: the header with the learner and navigation, the notices,
// and the screen itself.

#include "screens.hpp"
#include "widgets.hpp"

#include <imgui_internal.h>

namespace mamori::app::ui {
namespace {

/// The language buttons, on the current line after whatever the caller placed.
void languageSwitch(UiContext& ui)
{
    bool first = true;
    for (lessons::Language language : lessons::kAllLanguages) {
        const bool current = ui.language() == language;
        const std::string name = "lang:" + std::string(lessons::languageCode(language));
        if (!first) ImGui::SameLine();
        first = false;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(ui, name, std::string(lessons::languageName(language)).c_str()) && !current) {
            ui.emit(action::SetLanguage{language});
        }
        if (current) ImGui::PopStyleColor();
    }
}

void header(UiContext& ui)
{
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetFrameHeight() + 16 * ui.scale;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(start.x - 16 * ui.scale, start.y - 12 * ui.scale),
                                              ImVec2(start.x + width + 16 * ui.scale, start.y + height), ui.palette.headerBackground);
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + 4 * ui.scale));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.heading);
    ImGui::TextUnformatted(ui.t("app.name"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (ui.model.screen == Screen::SignIn || !ui.model.views.header) {
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), width - 200 * ui.scale));
        languageSwitch(ui);
        ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + height + 8 * ui.scale));
        return;
    }
    const HeaderView& header = *ui.model.views.header;
    const std::string who = header.displayName.empty() ? header.learnerId
                                                       : ui.f("header.learner", {header.displayName, header.learnerId});
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6 * ui.scale);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    ImGui::TextUnformatted(who.c_str());
    ImGui::PopStyleColor();

    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 10, width - 560 * ui.scale));
    ImGui::SetCursorPosY(start.y - ImGui::GetWindowPos().y + 4 * ui.scale);
    if (button(ui, "nav:catalog", ui.t("nav.catalog"))) ui.emit(action::ShowCatalog{});
    ImGui::SameLine();
    if (button(ui, "nav:settings", ui.t("nav.settings"))) ui.emit(action::ShowSettings{});
    ImGui::SameLine();
    languageSwitch(ui);
    ImGui::SameLine();
    if (button(ui, "nav:signout", ui.t("nav.sign-out"))) ui.emit(action::SignOut{});
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + height + 8 * ui.scale));
}

void notices(UiContext& ui)
{
    for (std::size_t i = 0; i < ui.model.notices.size(); ++i) {
        const Notice& n = ui.model.notices[i];
        const Palette& p = ui.palette;
        ImU32 colour = p.tip, background = p.tipBackground;
        if (n.level == Notice::Level::Success) colour = p.right, background = p.rightBackground;
        if (n.level == Notice::Level::Warning) colour = p.warning, background = p.warningBackground;
        if (n.level == Notice::Level::Error) colour = p.wrong, background = p.wrongBackground;
        ImGui::PushID(static_cast<int>(i));
        const float closeWidth = 36 * ui.scale;
        const WidgetRect rect = box(ui, background, colour, [&] {
            ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + ImGui::GetContentRegionAvail().x - closeWidth -
                                   ImGui::GetStyle().ScrollbarSize);
            wrappedText(ui, ui.f(n.key, n.args), ui.fonts.bold, p.text);
            for (const std::string& detail : n.details) wrappedText(ui, detail, ui.fonts.small, p.mutedText);
            ImGui::PopTextWrapPos();
        });
        // The close button sits at the box's top right.
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(rect.max.x - closeWidth, rect.min.y + 4 * ui.scale));
        ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_Text, p.mutedText);
        if (ImGui::Button("×")) ui.emit(action::DismissNotice{static_cast<int>(i)});
        ImGui::PopStyleColor(2);
        ui.probe.track("notice:close:" + std::to_string(i));
        ImGui::SetCursorScreenPos(after);
        ImGui::PopID();
    }
    if (ui.model.japaneseFontMissing) {
        box(ui, ui.palette.warningBackground, ui.palette.warning,
            [&] { wrappedText(ui, ui.t("error.font-missing"), ui.fonts.body, ui.palette.text); });
    }
}

} // namespace

void screenFrame(UiContext& ui, const std::function<void()>& content, const std::function<void()>& footer)
{
    const float footerHeight = footer ? ImGui::GetFrameHeightWithSpacing() * 1.6f + 12 * ui.scale : 0;
    const float available = ImGui::GetContentRegionAvail().x;
    const float column = std::min(available, 880 * ui.scale);
    const float left = ImGui::GetCursorPosX() + (available - column) / 2;
    ImGui::SetCursorPosX(left);
    ImGui::PushID(ui.model.views.scrollKey.c_str());
    ImGui::BeginChild("content", ImVec2(column, -footerHeight), false, ImGuiWindowFlags_NoBackground);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize);
    notices(ui);
    content();
    ui::gap(ui, 12);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopID();
    if (!footer) return;
    ImGui::Separator();
    ImGui::SetCursorPosX(left);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(column, 2 * ui.scale));
    footer();
    ImGui::EndGroup();
}

void drawApp(UiContext& ui)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("##mamori", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(ui.fonts.body);
    header(ui);
    switch (ui.model.screen) {
    case Screen::SignIn: drawSignIn(ui); break;
    case Screen::Catalog: drawCatalog(ui); break;
    case Screen::Lesson: drawLesson(ui); break;
    case Screen::Quiz: drawQuiz(ui); break;
    case Screen::Results: drawResults(ui); break;
    case Screen::Scenario: drawScenario(ui); break;
    case Screen::Reviews: drawReviews(ui); break;
    case Screen::Settings: drawSettings(ui); break;
    }
    ImGui::PopFont();
    ImGui::End();
}

} // namespace mamori::app::ui
