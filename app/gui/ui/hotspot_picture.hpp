#pragma once
// A hotspot question's picture on screen, with its regions outlined: shared by the learner's
// widget (kinds/hotspot_widget.cpp) and the author mode's preview. Which region lies where is
// lessons' hotspot_geometry.hpp; this only draws.

#include "ui_context.hpp"

#include "mamori/lessons/model.hpp"

#include <optional>

namespace mamori::app::ui {

/// Colours of the marks on a picture. Pictures are light whatever the theme, so these are fixed
/// and dark enough to read on them (a dark theme's pale accents would not be).
namespace pictureMark {
inline constexpr ImU32 kChosen = IM_COL32(31, 58, 110, 255);
inline constexpr ImU32 kFocused = IM_COL32(211, 84, 0, 255);
inline constexpr ImU32 kRight = IM_COL32(30, 123, 60, 255);
inline constexpr ImU32 kWrong = IM_COL32(192, 57, 43, 255);
} // namespace pictureMark

/// Where the picture was drawn and how its own pixels map to the screen.
struct ShownPicture {
    ImVec2 origin;
    ImVec2 size;
    int width = 0;   ///< the picture's own size
    int height = 0;

    ImVec2 toScreen(lessons::PicturePoint p) const;
    /// A point on screen in the picture's own pixels.
    lessons::PicturePoint toPicture(ImVec2 screen) const;
};

/// Draws the picture at its own width times the text size, no wider than there is room for,
/// as an item the mouse can click (not reached by Tab: lists are the keyboard's way); its alt
/// text shows on hover. Nullopt, after a box saying so with the alt text, when it cannot be shown.
std::optional<ShownPicture> drawHotspotPicture(UiContext& ui, const lessons::HotspotPicture& picture, bool& clicked);

/// Outlines a region of a drawn picture.
void outlineRegion(const ShownPicture& picture, const lessons::HotspotRegion& region, ImU32 colour, float thickness);

/// A number in a disc at `at` (a region's number in its list).
void numberBadge(UiContext& ui, ImVec2 at, int number, ImU32 colour);

} // namespace mamori::app::ui
