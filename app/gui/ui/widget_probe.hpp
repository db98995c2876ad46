#pragma once
// Where each interactive widget was drawn, by a stable name ("choice:b", "quiz:confirm"), so
// that the script mode can click the real widgets the way a learner would, and scroll to
// ones that are off screen.

#include <imgui.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct WidgetRect {
    ImVec2 min;
    ImVec2 max;
    ImVec2 centre() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
};

/// A widget as the frame drew it: where, and the part of the screen its window shows.
struct TrackedWidget {
    std::string name;
    WidgetRect rect;
    WidgetRect clip;      ///< its window's clip rectangle: what lies outside it is cut off
    bool visible = false;
    /// A place inside another widget (a region on a hotspot picture), for the script mode to
    /// click; lying over that widget is its nature, not a layout problem.
    bool spot = false;
};

class WidgetProbe {
public:
    /// Records the last submitted item under `name`; honours a pending scroll request for it.
    void track(const std::string& name);
    /// Records `rect`, a place inside the last submitted item, under `name` (TrackedWidget::spot).
    void trackSpot(const std::string& name, const WidgetRect& rect);

    /// Where `name` was drawn in the frame just drawn, when visible in its window; nullopt
    /// when it was not drawn or not visible.
    std::optional<WidgetRect> find(const std::string& name) const;
    /// True when `name` was drawn in the frame just drawn, visible or not.
    bool exists(const std::string& name) const;

    /// Every widget the frame just drawn tracked, by name.
    std::vector<TrackedWidget> widgets() const;

    /// Asks the frame that draws `name` to scroll it into view.
    void requestScroll(const std::string& name) { scrollTo_ = name; }

    /// True while a widget asked for (find) has not been found: screens then draw everything,
    /// also what is off screen and would otherwise be skipped (widgets.hpp, whenVisible).
    bool searching() const { return !wanted_.empty(); }

    /// Starts a frame.
    void beginFrame();

private:
    struct Seen {
        WidgetRect rect;
        WidgetRect clip;
        bool visible = false;
        bool spot = false;
    };
    std::map<std::string, Seen> current_;
    std::string scrollTo_;
    mutable std::string wanted_;   // asked for and not found yet
};

} // namespace mamori::app
