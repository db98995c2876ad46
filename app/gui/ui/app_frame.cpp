// The window around every screen: the header with the learner and navigation, the notices,
// and the screen itself.

#include "screens.hpp"
#include "widgets.hpp"

#include <imgui_internal.h>

namespace mamori::app::ui {
namespace {

/// The header's buttons, right to left as drawn: where each leads and its label.
struct NavButton {
    std::string name;
    std::string label;
};

std::vector<NavButton> navButtons(const UiContext& ui, bool signedIn)
{
    std::vector<NavButton> buttons;
    if (signedIn) {
        buttons.push_back({"nav:catalog", ui.t("nav.catalog")});
        buttons.push_back({"nav:settings", ui.t("nav.settings")});
    }
    for (lessons::Language language : lessons::kAllLanguages) {
        if (ui.model.languageLocked) break;
        buttons.push_back({"lang:" + std::string(lessons::languageCode(language)), std::string(lessons::languageName(language))});
    }
    if (signedIn) buttons.push_back({"nav:signout", ui.t("nav.sign-out")});
    return buttons;
}

float rowWidth(UiContext& ui, const std::vector<NavButton>& buttons)
{
    float width = 0;
    for (const NavButton& b : buttons) width += buttonWidth(ui, b.label.c_str()) + ImGui::GetStyle().ItemSpacing.x;
    return width - ImGui::GetStyle().ItemSpacing.x;
}

void drawNavButtons(UiContext& ui, const std::vector<NavButton>& buttons)
{
    bool first = true;
    for (const NavButton& b : buttons) {
        if (!first) ImGui::SameLine();
        first = false;
        const bool isLanguage = b.name.rfind("lang:", 0) == 0;
        const bool current = isLanguage && b.name == "lang:" + std::string(lessons::languageCode(ui.language()));
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(ui, b.name, b.label.c_str()) && !current) {
            if (isLanguage) {
                for (lessons::Language language : lessons::kAllLanguages) {
                    if (b.name == "lang:" + std::string(lessons::languageCode(language))) ui.emit(action::SetLanguage{language});
                }
            } else if (b.name == "nav:catalog") {
                ui.emit(action::ShowCatalog{});
            } else if (b.name == "nav:settings") {
                ui.emit(action::ShowSettings{});
            } else if (b.name == "nav:signout") {
                ui.emit(action::SignOut{});
            }
        }
        if (current) ImGui::PopStyleColor();
    }
}

/// The band at the top: the app's name, who is signed in, and the navigation at the right.
/// Widths are measured before drawing, so that at any text size and window width the learner's
/// name gets the room left between them (shortened with "…" when it is longer, the whole name
/// in a tooltip), and the buttons move to a second row when not even a short name would fit.
void header(UiContext& ui)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = 16 * ui.scale;
    const bool signedIn = ui.model.screen != Screen::SignIn && ui.model.views.header;
    const std::vector<NavButton> buttons = navButtons(ui, signedIn);
    const float navWidth = rowWidth(ui, buttons);

    ImGui::PushFont(ui.fonts.heading);
    const float titleWidth = ImGui::CalcTextSize(ui.t("app.name")).x;
    const float titleHeight = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    std::string who;
    if (signedIn) {
        const HeaderView& view = *ui.model.views.header;
        who = view.displayName.empty() ? view.learnerId : ui.f("header.learner", {view.displayName, view.learnerId});
    }
    const float roomInRow = width - titleWidth - navWidth - 2 * gap;
    const bool twoRows = signedIn && roomInRow < 10 * ImGui::GetFontSize();
    const float rowHeight = std::max(titleHeight, ImGui::GetFrameHeight());
    const float height = rowHeight * (twoRows ? 2 : 1) + (twoRows ? style.ItemSpacing.y : 0) + 16 * ui.scale;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(start.x - gap, start.y - 12 * ui.scale),
                                              ImVec2(start.x + width + gap, start.y + height), ui.palette.headerBackground);

    const float top = start.y + 4 * ui.scale;
    ImGui::SetCursorScreenPos(ImVec2(start.x, top + (rowHeight - titleHeight) / 2));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.heading);
    ImGui::TextUnformatted(ui.t("app.name"));
    ui.probe.track("header:title");
    ImGui::PopStyleColor();
    ImGui::PopFont();

    if (signedIn) {
        const float room = twoRows ? width - titleWidth - gap : roomInRow;
        const std::string shown = fitText(who, room);
        ImGui::SetCursorScreenPos(ImVec2(start.x + titleWidth + gap, top + (rowHeight - ImGui::GetTextLineHeight()) / 2));
        ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
        ImGui::TextUnformatted(shown.c_str());
        ImGui::PopStyleColor();
        ui.probe.track("header:learner");
        if (shown != who && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", who.c_str());
    }

    const float navTop = twoRows ? top + rowHeight + style.ItemSpacing.y : top + (rowHeight - ImGui::GetFrameHeight()) / 2;
    ImGui::SetCursorScreenPos(ImVec2(start.x + std::max(0.0f, width - navWidth), navTop));
    drawNavButtons(ui, buttons);
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

void screenFrame(UiContext& ui, const std::function<void()>& content, const std::function<void()>& footer, float columnWidth)
{
    // The footer's height as last drawn (its buttons wrap to a second row at large text sizes);
    // one row until it has been measured.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID footerKey = ImGui::GetID(("footer-height:" + std::string(screenName(ui.model.screen))).c_str());
    const float oneRow = ImGui::GetFrameHeightWithSpacing() * 1.6f;
    const float footerHeight = footer ? std::max(oneRow, storage->GetFloat(footerKey, 0)) + 12 * ui.scale : 0;
    const float available = ImGui::GetContentRegionAvail().x;
    const float column = std::min(available, columnWidth * ui.scale);
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
    storage->SetFloat(footerKey, ImGui::GetItemRectSize().y + ImGui::GetStyle().ItemSpacing.y * 2);
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
    case Screen::Inbox: drawInbox(ui); break;
    case Screen::Reviews: drawReviews(ui); break;
    case Screen::Settings: drawSettings(ui); break;
    }
    ImGui::PopFont();
    ImGui::End();
}

} // namespace mamori::app::ui
