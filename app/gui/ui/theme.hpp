#pragma once
// Colours: ImGui's style for the light and dark themes, and the palette the screens use for
// meaning (right, wrong, callouts).

#include "settings.hpp"

#include <imgui.h>

namespace mamori::app {

struct Palette {
    ImU32 text, mutedText, accent, strong, heading;
    ImU32 right, rightBackground, wrong, wrongBackground, partly, partlyBackground;
    ImU32 tip, tipBackground, warning, warningBackground, rule, ruleBackground;
    ImU32 cardBackground, cardBorder, selection, headerBackground;
};

/// Applies the theme to ImGui's style (sizes scaled by `scale`) and returns its palette.
Palette applyTheme(Theme theme, float scale);

} // namespace mamori::app
