#pragma once
// Small charts for the records dashboard, drawn with ImGui's draw lists (no plotting library):
// a horizontal stacked bar whose segments are buttons, legend entries, and column charts (one
// column per week, or per score bin). Plain inputs: numbers, colours, labels already in the
// viewer's language. Sizes scale with the text size (ui.scale); every interactive part is
// tracked in the widget probe so the script mode and the layout checks can find it.

#include "ui_context.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace mamori::app::ui::charts {

/// A pattern over a colour, so that colour is never the only thing telling two parts apart
/// (red and green look alike to many people).
enum class Hatch { None, Diagonal, Cross };

struct BarSegment {
    std::string name;      ///< probe name and ImGui id, unique in the window
    int count = 0;         ///< segments with 0 are not drawn
    ImU32 colour = 0;
    Hatch hatch = Hatch::None;
    std::string tooltip;   ///< shown while hovered; lines separated by '\n'
};

/// A bar `width` wide (0: the rest of the line) split in proportion to the segments' counts;
/// each segment is a button (mouse and keyboard) at least a few pixels wide so that a small
/// share stays clickable. Returns the index of the segment clicked or activated, or -1.
int stackedBar(UiContext& ui, const std::vector<BarSegment>& segments, float height, float width = 0);

/// The width legendEntry takes for `label`, to lay out a wrapping row of entries.
float legendEntryWidth(UiContext& ui, const std::string& label);

/// A swatch (with its hatch) and a label, tracked as `name`. When `clickable` it is a button
/// (returns true when clicked or activated); otherwise plain, in the muted colour.
bool legendEntry(UiContext& ui, const std::string& name, ImU32 colour, Hatch hatch, const std::string& label,
                 bool clickable, const std::string& tooltip = {});

/// Columns over a count axis: `values` left to right, `labels` under them (thinned out to
/// every 2nd, 3rd… when they do not fit), `tooltips` per column on hover (may be empty). The
/// chart is `width` wide (0: the rest of the line), the plot `plotHeight` high plus its labels;
/// its whole area is tracked as `name`.
void columnChart(UiContext& ui, const std::string& name, const std::vector<int>& values,
                 const std::vector<std::string>& labels, const std::vector<std::string>& tooltips, ImU32 colour,
                 float plotHeight, float width = 0);

/// columnChart with columns that touch, as a histogram's bins do (they cover a continuous range).
void histogram(UiContext& ui, const std::string& name, const std::vector<int>& bins,
               const std::vector<std::string>& labels, const std::vector<std::string>& tooltips, ImU32 colour,
               float plotHeight, float width = 0);

/// A "nice" step for a count axis from 0 to `maximum` with about `ticks` ticks: 1, 2 or 5 × 10^n.
int niceStep(int maximum, int ticks = 4);

} // namespace mamori::app::ui::charts
