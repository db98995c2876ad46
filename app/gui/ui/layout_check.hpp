#pragma once
// Finds what a learner would see as broken layout in the frame just drawn: two widgets drawn
// over each other, or a widget cut off at the side of its window. Tests run it over every
// screen at every text size, language and window width; the script mode can run it on each
// frame it draws.

#include "widget_probe.hpp"

#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace mamori::app {

/// Each problem in plain words, naming the widgets ("header:learner overlaps nav:catalog").
std::vector<std::string> findLayoutProblems(const WidgetProbe& probe);

/// Checks each frame the window draws (`MAMORI_CHECK_LAYOUT=1`, used by the window tests) and
/// names each problem once, as "mamori: layout: SCREEN: PROBLEM". A problem counts when two
/// frames in a row show it: the frame right after a change may still use the last one's sizes.
class LayoutWatch {
public:
    explicit LayoutWatch(std::ostream& out) : out_(out) {}
    void check(const WidgetProbe& probe, std::string_view screen);

private:
    std::ostream& out_;
    std::set<std::string> lastFrame_;
    std::set<std::string> reported_;
};

} // namespace mamori::app
