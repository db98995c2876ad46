#include "theme.hpp"

namespace mamori::app {
namespace {

ImU32 rgb(int r, int g, int b, int a = 255)
{
    return IM_COL32(r, g, b, a);
}

ImVec4 colour(int r, int g, int b, int a = 255)
{
    return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a / 255.0f);
}

} // namespace

Palette applyTheme(Theme theme, float scale)
{
    ImGuiStyle style;
    const bool dark = theme == Theme::Dark;
    if (dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.ChildRounding = 6;
    style.FrameRounding = 6;
    style.PopupRounding = 6;
    style.GrabRounding = 6;
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.WindowPadding = ImVec2(16, 12);
    style.ScrollbarSize = 16;
    ImVec4* c = style.Colors;
    if (dark) {
        c[ImGuiCol_WindowBg] = colour(28, 31, 36);
        c[ImGuiCol_ChildBg] = colour(28, 31, 36);
        c[ImGuiCol_Text] = colour(232, 234, 237);
        c[ImGuiCol_Button] = colour(52, 86, 140);
        c[ImGuiCol_ButtonHovered] = colour(66, 108, 176);
        c[ImGuiCol_ButtonActive] = colour(44, 74, 122);
        c[ImGuiCol_FrameBg] = colour(44, 48, 56);
    } else {
        c[ImGuiCol_WindowBg] = colour(247, 248, 250);
        c[ImGuiCol_ChildBg] = colour(247, 248, 250);
        c[ImGuiCol_Text] = colour(29, 43, 58);
        c[ImGuiCol_Button] = colour(59, 111, 182);
        c[ImGuiCol_ButtonHovered] = colour(75, 130, 205);
        c[ImGuiCol_ButtonActive] = colour(45, 92, 156);
        c[ImGuiCol_FrameBg] = colour(255, 255, 255);
        c[ImGuiCol_Border] = colour(205, 212, 222);
        c[ImGuiCol_PopupBg] = colour(255, 255, 255);
        c[ImGuiCol_Header] = colour(220, 232, 248);
        c[ImGuiCol_HeaderHovered] = colour(200, 220, 244);
        c[ImGuiCol_CheckMark] = colour(45, 92, 156);
        c[ImGuiCol_PlotHistogram] = colour(46, 139, 71);
    }
    // Button text stays white on the blue buttons in both themes.
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;

    if (dark) {
        return Palette{rgb(232, 234, 237), rgb(160, 168, 180), rgb(255, 179, 71),  rgb(255, 255, 255), rgb(200, 220, 255),
                       rgb(120, 210, 140), rgb(30, 70, 45),    rgb(255, 130, 120), rgb(80, 35, 35),    rgb(240, 200, 90),
                       rgb(75, 62, 25),    rgb(120, 190, 255), rgb(30, 50, 75),    rgb(255, 190, 90),  rgb(75, 55, 25),
                       rgb(255, 140, 140), rgb(80, 35, 40),    rgb(38, 42, 50),    rgb(70, 76, 88),    rgb(60, 90, 140),
                       rgb(22, 25, 30)};
    }
    return Palette{rgb(29, 43, 58),   rgb(96, 108, 122),  rgb(196, 78, 0),    rgb(15, 25, 40),    rgb(30, 60, 110),
                   rgb(30, 120, 60),  rgb(226, 244, 230), rgb(190, 40, 40),   rgb(252, 232, 232), rgb(160, 110, 0),
                   rgb(252, 243, 215), rgb(30, 100, 170), rgb(228, 240, 252), rgb(170, 100, 0),   rgb(253, 240, 220),
                   rgb(180, 30, 50),  rgb(252, 230, 234), rgb(255, 255, 255), rgb(214, 220, 228), rgb(220, 232, 248),
                   rgb(236, 240, 245)};
}

} // namespace mamori::app
