#include "layout_check.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace mamori::app {
namespace {

/// The part of `rect` inside `clip` (empty when they do not meet).
WidgetRect shownPart(const WidgetRect& rect, const WidgetRect& clip)
{
    return {ImVec2(std::max(rect.min.x, clip.min.x), std::max(rect.min.y, clip.min.y)),
            ImVec2(std::min(rect.max.x, clip.max.x), std::min(rect.max.y, clip.max.y))};
}

/// Drawn within the rows its window shows: a widget scrolled out of view is not a problem,
/// one pushed out at the side is.
bool inViewVertically(const TrackedWidget& w)
{
    const float middle = (w.rect.min.y + w.rect.max.y) / 2;
    return middle >= w.clip.min.y && middle <= w.clip.max.y;
}

float overlapArea(const WidgetRect& a, const WidgetRect& b)
{
    const float width = std::min(a.max.x, b.max.x) - std::max(a.min.x, b.min.x);
    const float height = std::min(a.max.y, b.max.y) - std::max(a.min.y, b.min.y);
    return width > 0 && height > 0 ? width * height : 0;
}

std::string pixels(float value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", value);
    return text;
}

} // namespace

std::vector<std::string> findLayoutProblems(const WidgetProbe& probe)
{
    // A pixel of slack: ImGui rounds positions, and framed widgets touch their neighbours.
    constexpr float kSlack = 1.5f;
    std::vector<std::string> problems;
    const std::vector<TrackedWidget> widgets = probe.widgets();
    for (const TrackedWidget& w : widgets) {
        if (!inViewVertically(w)) continue;
        if (w.rect.max.x > w.clip.max.x + kSlack) {
            problems.push_back(w.name + " is cut off at the right by " + pixels(w.rect.max.x - w.clip.max.x) + " px");
        }
        if (w.rect.min.x < w.clip.min.x - kSlack) {
            problems.push_back(w.name + " is cut off at the left by " + pixels(w.clip.min.x - w.rect.min.x) + " px");
        }
    }
    for (std::size_t i = 0; i < widgets.size(); ++i) {
        if (!inViewVertically(widgets[i]) || widgets[i].spot) continue;
        const WidgetRect a = shownPart(widgets[i].rect, widgets[i].clip);
        for (std::size_t j = i + 1; j < widgets.size(); ++j) {
            if (!inViewVertically(widgets[j]) || widgets[j].spot) continue;
            const WidgetRect b = shownPart(widgets[j].rect, widgets[j].clip);
            const WidgetRect inner{ImVec2(b.min.x + kSlack, b.min.y + kSlack), ImVec2(b.max.x - kSlack, b.max.y - kSlack)};
            if (overlapArea(a, inner) > 0) problems.push_back(widgets[i].name + " overlaps " + widgets[j].name);
        }
    }
    return problems;
}

void LayoutWatch::check(const WidgetProbe& probe, std::string_view screen)
{
    std::set<std::string> now;
    for (const std::string& problem : findLayoutProblems(probe)) now.insert(std::string(screen) + ": " + problem);
    for (const std::string& problem : now) {
        if (lastFrame_.count(problem) && reported_.insert(problem).second) out_ << "mamori: layout: " << problem << '\n';
    }
    lastFrame_ = std::move(now);
}

} // namespace mamori::app
