#include "mamori/lessons/hotspot_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace mamori::lessons {
namespace {

double cross(PicturePoint o, PicturePoint a, PicturePoint b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/// True when segments ab and cd cross at a point inside both (touching ends do not count:
/// neighbouring edges share a corner).
bool segmentsCross(PicturePoint a, PicturePoint b, PicturePoint c, PicturePoint d)
{
    const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

} // namespace

PictureBox regionBounds(const HotspotRegion& region)
{
    if (region.points.empty()) return {};
    PictureBox box{region.points[0].x, region.points[0].y, region.points[0].x, region.points[0].y};
    for (const PicturePoint& p : region.points) {
        box.minX = std::min(box.minX, p.x);
        box.minY = std::min(box.minY, p.y);
        box.maxX = std::max(box.maxX, p.x);
        box.maxY = std::max(box.maxY, p.y);
    }
    return box;
}

double regionArea(const HotspotRegion& region)
{
    if (region.shape == RegionShape::Rect) {
        const PictureBox box = regionBounds(region);
        return box.width() * box.height();
    }
    double twice = 0;
    const std::size_t n = region.points.size();
    for (std::size_t i = 0; i < n; ++i) {
        const PicturePoint& a = region.points[i];
        const PicturePoint& b = region.points[(i + 1) % n];
        twice += a.x * b.y - b.x * a.y;
    }
    return std::abs(twice) / 2;
}

bool regionContains(const HotspotRegion& region, PicturePoint point)
{
    if (region.shape == RegionShape::Rect) {
        const PictureBox box = regionBounds(region);
        return point.x >= box.minX && point.x <= box.maxX && point.y >= box.minY && point.y <= box.maxY;
    }
    // Even-odd rule: a ray to the right crosses the edges an odd number of times from inside.
    bool inside = false;
    const std::size_t n = region.points.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const PicturePoint& a = region.points[i];
        const PicturePoint& b = region.points[j];
        if ((a.y > point.y) != (b.y > point.y) && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x) {
            inside = !inside;
        }
    }
    return inside;
}

bool polygonCrossesItself(const std::vector<PicturePoint>& corners)
{
    const std::size_t n = corners.size();
    if (n < 4) return false;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1) continue; // the closing edge shares corner 0 with the first
            if (segmentsCross(corners[i], corners[(i + 1) % n], corners[j], corners[(j + 1) % n])) return true;
        }
    }
    return false;
}

std::optional<std::size_t> regionAt(const std::vector<HotspotRegion>& regions, PicturePoint point)
{
    std::optional<std::size_t> best;
    double bestArea = 0;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        if (!regionContains(regions[i], point)) continue;
        const double area = regionArea(regions[i]);
        if (!best || area < bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

std::optional<PicturePoint> clickPoint(const std::vector<HotspotRegion>& regions, std::size_t index)
{
    if (index >= regions.size()) return std::nullopt;
    const PictureBox box = regionBounds(regions[index]);
    const PicturePoint middle{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2};
    if (regionAt(regions, middle) == index) return middle;
    // A grid over the bounds; of the points that choose this region, the one nearest the middle.
    constexpr int kSteps = 32;
    std::optional<PicturePoint> best;
    double bestDistance = 0;
    for (int row = 0; row < kSteps; ++row) {
        for (int column = 0; column < kSteps; ++column) {
            const PicturePoint p{box.minX + box.width() * (column + 0.5) / kSteps,
                                 box.minY + box.height() * (row + 0.5) / kSteps};
            if (regionAt(regions, p) != index) continue;
            const double distance = std::hypot(p.x - middle.x, p.y - middle.y);
            if (!best || distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
    }
    return best;
}

PicturePoint shownToPicture(PicturePoint shown, double shownWidth, double shownHeight, int pictureWidth,
                            int pictureHeight)
{
    if (shownWidth <= 0 || shownHeight <= 0) return {};
    return {shown.x * pictureWidth / shownWidth, shown.y * pictureHeight / shownHeight};
}

PicturePoint pictureToShown(PicturePoint picture, double shownWidth, double shownHeight, int pictureWidth,
                            int pictureHeight)
{
    if (pictureWidth <= 0 || pictureHeight <= 0) return {};
    return {picture.x * shownWidth / pictureWidth, picture.y * shownHeight / pictureHeight};
}

PicturePoint fittedPictureSize(int pictureWidth, int pictureHeight, double scale, double available)
{
    if (pictureWidth <= 0 || pictureHeight <= 0) return {};
    const double width = std::max(1.0, std::min(pictureWidth * scale, available));
    return {width, width * pictureHeight / pictureWidth};
}

} // namespace mamori::lessons
