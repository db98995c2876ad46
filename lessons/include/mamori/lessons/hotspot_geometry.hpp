#pragma once
/// \file
/// Where a hotspot question's regions lie in its picture: which region a click chooses, where a
/// click would choose a given region, and how a picture drawn at another size maps back to its
/// own pixels. Plain arithmetic, shared by the validator, the widget and the script driver, so
/// that what the validator promises (every region can be clicked) is what the widget does.

#include "mamori/lessons/model.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace mamori::lessons {

/// A rectangle in picture pixels.
struct PictureBox {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

/// The smallest box around a region.
PictureBox regionBounds(const HotspotRegion& region);

/// The region's area in square pixels (a polygon's by the shoelace formula).
double regionArea(const HotspotRegion& region);

/// True when `point` lies in the region (on its edge counts as inside for a rectangle; a
/// polygon uses the even-odd rule).
bool regionContains(const HotspotRegion& region, PicturePoint point);

/// True when two edges of a polygon that do not share a corner cross each other.
bool polygonCrossesItself(const std::vector<PicturePoint>& corners);

/// The region a click at `point` chooses: of those containing it, the smallest (so a sticky
/// note on a monitor can be chosen although the monitor holds it); of equal ones, the first
/// written. Nullopt when the click hits no region.
std::optional<std::size_t> regionAt(const std::vector<HotspotRegion>& regions, PicturePoint point);

/// A point where a click chooses `regions[index]`, as near the middle of its bounds as the
/// regions allow; nullopt when smaller regions cover all of it (it cannot be clicked).
std::optional<PicturePoint> clickPoint(const std::vector<HotspotRegion>& regions, std::size_t index);

/// A place in the picture as drawn (`shown` from its top-left corner, drawn `shownWidth` ×
/// `shownHeight`) in the picture's own pixels.
PicturePoint shownToPicture(PicturePoint shown, double shownWidth, double shownHeight, int pictureWidth,
                            int pictureHeight);

/// The inverse of shownToPicture: where a picture pixel is drawn.
PicturePoint pictureToShown(PicturePoint picture, double shownWidth, double shownHeight, int pictureWidth,
                            int pictureHeight);

/// The size to draw a `pictureWidth` × `pictureHeight` picture at: its own width times
/// `scale` (the text size), no wider than `available`, with its proportions kept.
PicturePoint fittedPictureSize(int pictureWidth, int pictureHeight, double scale, double available);

} // namespace mamori::lessons
