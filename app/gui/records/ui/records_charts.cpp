#include "records_charts.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mamori::app::ui::charts {
namespace {

/// Lines over `min`–`max` in the window's background colour, half transparent: they show on
/// any fill colour in either theme, lighter in the light theme and darker in the dark one.
void drawHatch(ImDrawList* draw, ImVec2 min, ImVec2 max, Hatch hatch, float scale)
{
    if (hatch == Hatch::None || max.x - min.x < 1 || max.y - min.y < 1) return;
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_WindowBg, 0.55f);
    const float spacing = 6 * scale;
    const float thickness = std::max(1.0f, 1.5f * scale);
    const float height = max.y - min.y;
    draw->PushClipRect(min, max, true);
    for (float x = min.x - height; x < max.x + height; x += spacing) {
        draw->AddLine(ImVec2(x, max.y), ImVec2(x + height, min.y), colour, thickness);
        if (hatch == Hatch::Cross) draw->AddLine(ImVec2(x, min.y), ImVec2(x + height, max.y), colour, thickness);
    }
    draw->PopClipRect();
}

/// The keyboard focus frame ImGui draws around its own buttons, for our invisible ones.
void navHighlight(ImVec2 min, ImVec2 max)
{
    ImGui::RenderNavHighlight(ImRect(min, max), ImGui::GetItemID());
}

void tooltip(const std::string& text)
{
    if (text.empty()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

/// The shared drawing of columnChart and histogram; `gapShare`: the part of each column's
/// slot left empty (0 for a histogram's touching bins).
void drawColumns(UiContext& ui, const std::string& name, const std::vector<int>& values,
                 const std::vector<std::string>& labels, const std::vector<std::string>& tooltips, ImU32 colour,
                 float plotHeight, float width, float gapShare)
{
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const float scale = ui.scale;
    const int count = static_cast<int>(values.size());
    const int maximum = values.empty() ? 0 : std::max(0, *std::max_element(values.begin(), values.end()));
    const int step = niceStep(maximum);
    const int top = std::max(step, (maximum + step - 1) / step * step);

    ImGui::PushFont(ui.fonts.small);
    const float lineHeight = ImGui::GetTextLineHeight();
    // The count axis is as wide as its widest tick label, so large counts never run into the plot.
    float axisWidth = 0;
    for (int tick = 0; tick <= top; tick += step) {
        axisWidth = std::max(axisWidth, ImGui::CalcTextSize(std::to_string(tick).c_str()).x);
    }
    const float tickGap = 6 * scale;
    axisWidth += tickGap;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float topPad = lineHeight / 2;   // room for the top tick's label, centred on its line
    // The labels start below the "0" tick's label, which is centred on the axis line.
    const float labelGap = lineHeight / 2 + 2 * scale;
    const ImVec2 plotMin(origin.x + axisWidth, origin.y + topPad);
    const ImVec2 plotMax(origin.x + width - 2 * scale, plotMin.y + plotHeight);
    const float totalHeight = topPad + plotHeight + labelGap + lineHeight;

    ImGui::Dummy(ImVec2(width, totalHeight));
    ui.probe.track(name);
    const bool hovered = ImGui::IsItemHovered();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 grid = ui.palette.cardBorder;
    const ImU32 muted = ui.palette.mutedText;
    for (int tick = 0; tick <= top; tick += step) {
        const float y = plotMax.y - plotHeight * static_cast<float>(tick) / static_cast<float>(top);
        draw->AddLine(ImVec2(plotMin.x, y), ImVec2(plotMax.x, y), grid, 1.0f);
        const std::string text = std::to_string(tick);
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        draw->AddText(ImVec2(plotMin.x - tickGap / 2 - size.x, y - size.y / 2), muted, text.c_str());
    }
    draw->AddLine(ImVec2(plotMin.x, plotMax.y), ImVec2(plotMax.x, plotMax.y), muted, std::max(1.0f, scale));
    if (count == 0) {
        ImGui::PopFont();
        return;
    }

    const float slot = (plotMax.x - plotMin.x) / static_cast<float>(count);
    const float gap = slot * gapShare;
    int hoveredColumn = -1;
    if (hovered) {
        const float x = ImGui::GetIO().MousePos.x;
        if (x >= plotMin.x && x < plotMax.x) hoveredColumn = std::min(count - 1, static_cast<int>((x - plotMin.x) / slot));
    }
    for (int i = 0; i < count; ++i) {
        const float x0 = plotMin.x + slot * static_cast<float>(i) + gap / 2;
        const float x1 = plotMin.x + slot * static_cast<float>(i + 1) - gap / 2;
        if (i == hoveredColumn) {
            draw->AddRectFilled(ImVec2(x0, plotMin.y), ImVec2(x1, plotMax.y), ImGui::GetColorU32(ImGuiCol_HeaderHovered, 0.5f));
        }
        const int value = std::max(0, values[static_cast<std::size_t>(i)]);
        if (value == 0) continue;
        // A column of 1 among hundreds still shows as a line on the axis.
        const float height = std::max(std::max(1.0f, scale), plotHeight * static_cast<float>(value) / static_cast<float>(top));
        // Touching bins get a hairline between them so that equal neighbours read as two bins.
        const float inset = gapShare == 0 && slot > 4 ? 0.5f : 0.0f;
        draw->AddRectFilled(ImVec2(x0 + inset, plotMax.y - height), ImVec2(x1 - inset, plotMax.y), colour);
    }

    // Labels under the columns: every k-th when the widest would not fit its slot, so they
    // never run into each other at large text sizes or with many weeks.
    float widest = 0;
    for (const std::string& label : labels) widest = std::max(widest, ImGui::CalcTextSize(label.c_str()).x);
    const int every = std::max(1, static_cast<int>(std::ceil((widest + 6 * scale) / slot)));
    const float labelY = plotMax.y + labelGap;
    for (int i = 0; i < count && i < static_cast<int>(labels.size()); i += every) {
        const std::string& label = labels[static_cast<std::size_t>(i)];
        const float labelWidth = ImGui::CalcTextSize(label.c_str()).x;
        const float centre = plotMin.x + slot * (static_cast<float>(i) + 0.5f);
        const float x = std::clamp(centre - labelWidth / 2, origin.x, origin.x + width - labelWidth);
        draw->AddText(ImVec2(x, labelY), muted, label.c_str());
    }
    ImGui::PopFont();

    if (hoveredColumn >= 0 && hoveredColumn < static_cast<int>(tooltips.size())) {
        tooltip(tooltips[static_cast<std::size_t>(hoveredColumn)]);
    }
}

} // namespace

int niceStep(int maximum, int ticks)
{
    if (maximum <= 0 || ticks <= 0) return 1;
    const double raw = static_cast<double>(maximum) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normal = raw / magnitude;
    const double nice = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10;
    return std::max(1, static_cast<int>(std::lround(nice * magnitude)));
}

int stackedBar(UiContext& ui, const std::vector<BarSegment>& segments, float height, float width)
{
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int total = std::accumulate(segments.begin(), segments.end(), 0,
                                      [](int sum, const BarSegment& s) { return sum + std::max(0, s.count); });
    if (total == 0) {
        ImGui::Dummy(ImVec2(width, height));
        draw->AddRect(origin, ImVec2(origin.x + width, origin.y + height), ui.palette.cardBorder);
        return -1;
    }

    // Widths in proportion to the counts, except that a small share gets a minimum width (taken
    // from the others) so that it can still be seen and clicked.
    const float minimum = 8 * ui.scale;
    std::vector<float> widths(segments.size(), 0.0f);
    float reserved = 0;
    int smallCount = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (segments[i].count <= 0) continue;
        if (width * static_cast<float>(segments[i].count) / static_cast<float>(total) < minimum) {
            widths[i] = minimum;
            reserved += minimum;
            smallCount += segments[i].count;
        }
    }
    const int restCount = total - smallCount;
    const float rest = std::max(0.0f, width - reserved);
    std::size_t last = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (segments[i].count <= 0) continue;
        last = i;
        if (widths[i] == 0 && restCount > 0) widths[i] = rest * static_cast<float>(segments[i].count) / static_cast<float>(restCount);
    }

    int clicked = -1;
    float x = origin.x;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const BarSegment& segment = segments[i];
        if (segment.count <= 0) continue;
        // The last segment ends exactly at the bar's end, whatever the rounding before it.
        const float x1 = i == last ? origin.x + width : std::min(origin.x + width, x + widths[i]);
        const ImVec2 min(x, origin.y), max(x1, origin.y + height);
        ImGui::SetCursorScreenPos(min);
        if (ImGui::InvisibleButton(segment.name.c_str(), ImVec2(std::max(1.0f, x1 - x), height))) clicked = static_cast<int>(i);
        ui.probe.track(segment.name);
        draw->AddRectFilled(min, max, segment.colour);
        drawHatch(draw, min, max, segment.hatch, ui.scale);
        if (ImGui::IsItemHovered()) {
            draw->AddRectFilled(min, max, IM_COL32(255, 255, 255, 50));
            draw->AddRect(min, max, ui.palette.text, 0, 0, std::max(1.0f, 2 * ui.scale));
            tooltip(segment.tooltip);
        }
        // A thin gap in the background colour between segments: neighbours stay apart even
        // when their colours are close.
        if (i != last) draw->AddLine(ImVec2(x1, min.y), ImVec2(x1, max.y), ImGui::GetColorU32(ImGuiCol_WindowBg), std::max(1.0f, ui.scale));
        navHighlight(min, max);
        x = x1;
    }
    return clicked;
}

float legendEntryWidth(UiContext& ui, const std::string& label)
{
    const float swatch = ImGui::GetTextLineHeight() * 0.8f;
    return 4 * ui.scale + swatch + 6 * ui.scale + ImGui::CalcTextSize(label.c_str()).x + 4 * ui.scale;
}

bool legendEntry(UiContext& ui, const std::string& name, ImU32 colour, Hatch hatch, const std::string& label,
                 bool clickable, const std::string& tip)
{
    const float pad = 4 * ui.scale;
    const float lineHeight = ImGui::GetTextLineHeight();
    const float swatch = lineHeight * 0.8f;
    const ImVec2 size(legendEntryWidth(ui, label), lineHeight + pad);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    bool pressed = false;
    if (clickable) pressed = ImGui::InvisibleButton(name.c_str(), size);
    else ImGui::Dummy(size);
    ui.probe.track(name);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(origin.x + size.x, origin.y + size.y);
    if (clickable && ImGui::IsItemHovered()) {
        draw->AddRectFilled(origin, max, ImGui::GetColorU32(ImGuiCol_HeaderHovered), 4 * ui.scale);
        tooltip(tip);
    }
    const ImVec2 swatchMin(origin.x + pad, origin.y + (size.y - swatch) / 2);
    const ImVec2 swatchMax(swatchMin.x + swatch, swatchMin.y + swatch);
    draw->AddRectFilled(swatchMin, swatchMax, colour);
    drawHatch(draw, swatchMin, swatchMax, hatch, ui.scale * 0.7f);
    draw->AddText(ImVec2(swatchMax.x + 6 * ui.scale, origin.y + pad / 2), clickable ? ui.palette.text : ui.palette.mutedText,
                  label.c_str());
    if (clickable) navHighlight(origin, max);
    return pressed;
}

void columnChart(UiContext& ui, const std::string& name, const std::vector<int>& values,
                 const std::vector<std::string>& labels, const std::vector<std::string>& tooltips, ImU32 colour,
                 float plotHeight, float width)
{
    drawColumns(ui, name, values, labels, tooltips, colour, plotHeight, width, 0.3f);
}

void histogram(UiContext& ui, const std::string& name, const std::vector<int>& bins,
               const std::vector<std::string>& labels, const std::vector<std::string>& tooltips, ImU32 colour,
               float plotHeight, float width)
{
    drawColumns(ui, name, bins, labels, tooltips, colour, plotHeight, width, 0.0f);
}

} // namespace mamori::app::ui::charts
