#include "scenario_map_widget.hpp"

#include "widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace mamori::app::ui {
namespace {

ImVec2 operator+(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }
ImVec2 operator-(ImVec2 a, ImVec2 b) { return ImVec2(a.x - b.x, a.y - b.y); }
ImVec2 operator*(ImVec2 a, float k) { return ImVec2(a.x * k, a.y * k); }

float length(ImVec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }

ImU32 faded(ImU32 colour, float alpha)
{
    const auto a = static_cast<unsigned>(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

float fontSize(ImFont* font) { return font ? font->FontSize : ImGui::GetFontSize(); }

/// Sizes in pixels, all proportional to the text size, so that the map scales with it.
struct Metrics {
    float pad, lineGap, boxWidth, boxHeight, stepX, stepY, margin, loopMargin, thickness;

    Metrics(const UiContext& ui)
    {
        const float body = fontSize(ui.fonts.body), bold = fontSize(ui.fonts.bold), small = fontSize(ui.fonts.small);
        pad = 8 * ui.scale;
        lineGap = 2 * ui.scale;
        boxWidth = 15 * body;
        boxHeight = 2 * pad + bold + 2 * body + small + 3 * lineGap;
        stepX = boxWidth + 4 * body;
        stepY = boxHeight + 4 * small + 12 * ui.scale;
        margin = 2 * pad;
        loopMargin = 4 * body;
        thickness = std::max(1.0f, 1.5f * ui.scale);
    }

    ImVec2 canvas(const ScenarioMapView& view) const
    {
        const float columns = std::max(1.0f, view.columns);
        const float rows = std::max(1.0f, static_cast<float>(view.rows.size()));
        return ImVec2(2 * margin + columns * stepX - (stepX - boxWidth) + loopMargin,
                      2 * margin + rows * stepY - (stepY - boxHeight));
    }
};

struct Colours {
    ImU32 fill, border, marker;
};

Colours boxColours(const UiContext& ui, const MapBox& box)
{
    const Palette& p = ui.palette;
    if (box.kind == MapBoxKind::Missing) return {p.wrongBackground, p.wrong, p.wrong};
    if (box.kind == MapBoxKind::Ending && box.outcome) {
        switch (*box.outcome) {
        case lessons::Outcome::Good: return {p.rightBackground, p.right, p.right};
        case lessons::Outcome::Acceptable: return {p.partlyBackground, p.partly, p.partly};
        case lessons::Outcome::Bad: return {p.wrongBackground, p.wrong, p.wrong};
        }
    }
    return {p.cardBackground, p.cardBorder, p.mutedText};
}

const char* outcomeWord(const UiContext& ui, lessons::Outcome outcome)
{
    switch (outcome) {
    case lessons::Outcome::Good: return ui.t("author.map.outcome-good");
    case lessons::Outcome::Acceptable: return ui.t("author.map.outcome-acceptable");
    case lessons::Outcome::Bad: return ui.t("author.map.outcome-bad");
    }
    return "";
}

/// The box's marker words with their colours: start, outcome, unreachable, dead end, missing.
std::vector<std::pair<std::string, ImU32>> markers(const UiContext& ui, const MapBox& box)
{
    const Palette& p = ui.palette;
    std::vector<std::pair<std::string, ImU32>> words;
    if (box.start) words.emplace_back(ui.t("author.map.start"), p.accent);
    if (box.kind == MapBoxKind::Ending && box.outcome) words.emplace_back(outcomeWord(ui, *box.outcome), boxColours(ui, box).marker);
    if (box.kind == MapBoxKind::Missing) words.emplace_back(ui.t("author.map.missing"), p.wrong);
    else if (box.unreachable) words.emplace_back(ui.t("author.map.unreachable"), p.mutedText);
    if (box.kind == MapBoxKind::Node && box.deadEnd) words.emplace_back(ui.t("author.map.dead-end"), p.wrong);
    return words;
}

std::string scoreLabel(const UiContext& ui, int score)
{
    if (score > 0) return ui.f("author.map.score-plus", {std::to_string(score)});
    if (score < 0) return ui.f("author.map.score-minus", {std::to_string(-score)});
    return {};
}

std::string join(const std::vector<std::string>& parts)
{
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
    return out;
}

std::string conditionLabel(const UiContext& ui, const MapArrow& arrow)
{
    std::vector<std::string> flags = arrow.requiredSet;
    for (const std::string& flag : arrow.requiredUnset) flags.push_back(ui.f("author.map.flag-unset", {flag}));
    return ui.f("author.map.condition", {join(flags)});
}

ImVec2 bezier(ImVec2 p0, ImVec2 p1, ImVec2 p2, ImVec2 p3, float t)
{
    const float u = 1 - t;
    return p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) + p3 * (t * t * t);
}

/// A line along `points`, dashed.
void dashedPolyline(ImDrawList* draw, const std::vector<ImVec2>& points, ImU32 colour, float thickness, float dash, float gap)
{
    bool on = true;
    float left = dash;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const ImVec2 a = points[i - 1], b = points[i];
        const float segment = length(b - a);
        float at = 0;
        while (at < segment) {
            const float take = std::min(left, segment - at);
            if (on) draw->AddLine(a + (b - a) * (at / segment), a + (b - a) * ((at + take) / segment), colour, thickness);
            at += take;
            left -= take;
            if (left <= 0) {
                on = !on;
                left = on ? dash : gap;
            }
        }
    }
}

void dashedRect(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour, float thickness, float dash)
{
    dashedPolyline(draw, {min, ImVec2(max.x, min.y), max, ImVec2(min.x, max.y), min}, colour, thickness, dash, dash * 0.7f);
}

/// A curve from p0 to p3 with an arrowhead at p3; dashed when `dashed`.
void arrow(ImDrawList* draw, ImVec2 p0, ImVec2 p1, ImVec2 p2, ImVec2 p3, ImU32 colour, float thickness, float head,
           bool dashed)
{
    if (dashed) {
        std::vector<ImVec2> points;
        constexpr int kSteps = 32;
        for (int i = 0; i <= kSteps; ++i) points.push_back(bezier(p0, p1, p2, p3, static_cast<float>(i) / kSteps));
        dashedPolyline(draw, points, colour, thickness, 3 * head / 4, head / 2);
    } else {
        draw->AddBezierCubic(p0, p1, p2, p3, colour, thickness);
    }
    ImVec2 direction = p3 - bezier(p0, p1, p2, p3, 0.95f);
    const float size = length(direction);
    direction = size > 0.01f ? direction * (1 / size) : ImVec2(0, 1);
    const ImVec2 across(-direction.y, direction.x);
    const ImVec2 base = p3 - direction * head;
    draw->AddTriangleFilled(p3, base + across * (head / 2), base - across * (head / 2), colour);
}

/// A small label on an arrow, on a plate of the background colour.
struct Label {
    ImVec2 p0, c1, c2, p3;   ///< the arrow's curve
    std::string text;
    ImU32 colour;
};

/// Draws the labels, each at the first point along its arrow (the middle, then either side)
/// where it covers no label already drawn and no box, so that the labels of neighbouring arrows
/// stay readable.
void drawLabels(ImDrawList* draw, const std::vector<Label>& labels, const std::vector<ImRect>& boxes, float maxWidth,
                float pad)
{
    std::vector<ImRect> placed;
    auto free = [&](const ImRect& r) {
        auto hits = [&](const ImRect& o) { return r.Overlaps(o); };
        return std::none_of(placed.begin(), placed.end(), hits) && std::none_of(boxes.begin(), boxes.end(), hits);
    };
    for (const Label& l : labels) {
        const std::string shown = fitText(l.text, maxWidth);
        const ImVec2 size = ImGui::CalcTextSize(shown.c_str());
        auto plate = [&](float t) {
            const ImVec2 centre = bezier(l.p0, l.c1, l.c2, l.p3, t);
            return ImRect(ImVec2(centre.x - size.x / 2 - pad, centre.y - size.y / 2 - pad / 2),
                          ImVec2(centre.x + size.x / 2 + pad, centre.y + size.y / 2 + pad / 2));
        };
        ImRect rect = plate(0.5f);
        for (float t : {0.5f, 0.35f, 0.65f, 0.25f, 0.75f, 0.18f, 0.82f}) {
            if (free(plate(t))) {
                rect = plate(t);
                break;
            }
        }
        placed.push_back(rect);
        draw->AddRectFilled(rect.Min, rect.Max, ImGui::GetColorU32(ImGuiCol_ChildBg, 0.9f), pad);
        draw->AddText(ImVec2(rect.Min.x + pad, rect.Min.y + pad / 2), l.colour, shown.c_str());
    }
}

/// Where the arrows leave and enter a box: spread along its bottom and top edges (arrows down
/// the map, or up one row), its sides (across a row) and its right edge (further up the map),
/// so that parallel arrows and their labels do not lie on top of each other.
struct Ends {
    ImVec2 start, end;
    bool vertical = true; ///< to a lower row, or to the row just above: bottom to top or top to bottom
    bool across = false;  ///< to another box in the same row, side to side
};

std::vector<Ends> arrowEnds(const ScenarioMapView& view, const std::vector<ImVec2>& boxMin, const Metrics& m)
{
    const std::size_t count = view.arrows.size();
    std::vector<Ends> ends(count);
    const std::size_t boxes = view.boxes.size();
    struct Slot {
        std::size_t arrow;
        bool start;   ///< the arrow leaves here (else it arrives)
    };
    std::vector<std::vector<Slot>> bottom(boxes), top(boxes), rightOut(boxes), rightIn(boxes), leftOut(boxes), leftIn(boxes);
    for (std::size_t i = 0; i < count; ++i) {
        const MapArrow& a = view.arrows[i];
        const MapBox& from = view.boxes[a.from];
        const MapBox& to = view.boxes[a.to];
        ends[i].vertical = to.row > from.row || to.row == from.row - 1;
        ends[i].across = to.row == from.row && a.from != a.to;
        if (to.row > from.row) {
            bottom[a.from].push_back({i, true});
            top[a.to].push_back({i, false});
        } else if (to.row == from.row - 1) {   // up to the row just above: top to bottom
            top[a.from].push_back({i, true});
            bottom[a.to].push_back({i, false});
        } else if (ends[i].across && to.column < from.column) {
            leftOut[a.from].push_back({i, true});
            rightIn[a.to].push_back({i, false});
        } else if (ends[i].across) {
            rightOut[a.from].push_back({i, true});
            leftIn[a.to].push_back({i, false});
        } else {   // further up, or a loop: round by the right
            rightOut[a.from].push_back({i, true});
            rightIn[a.to].push_back({i, false});
        }
    }
    // Along the top and bottom edges, ordered by where the box at the other end sits.
    auto byColumn = [&](std::vector<Slot>& list) {
        auto other = [&](const Slot& slot) {
            const MapArrow& a = view.arrows[slot.arrow];
            return view.boxes[slot.start ? a.to : a.from].column;
        };
        std::stable_sort(list.begin(), list.end(), [&](const Slot& x, const Slot& y) { return other(x) < other(y); });
    };
    auto place = [&](const Slot& slot, ImVec2 at) { (slot.start ? ends[slot.arrow].start : ends[slot.arrow].end) = at; };
    for (std::size_t box = 0; box < boxes; ++box) {
        byColumn(bottom[box]);
        byColumn(top[box]);
        const ImVec2 min = boxMin[box];
        auto spreadX = [&](const std::vector<Slot>& list, float y) {
            for (std::size_t k = 0; k < list.size(); ++k) {
                place(list[k], ImVec2(min.x + m.boxWidth * static_cast<float>(k + 1) / static_cast<float>(list.size() + 1), y));
            }
        };
        spreadX(bottom[box], min.y + m.boxHeight);
        spreadX(top[box], min.y);
        // Each side: arrows out in its upper half, arrows in its lower half.
        auto spreadY = [&](const std::vector<Slot>& list, float x, float from) {
            for (std::size_t k = 0; k < list.size(); ++k) {
                place(list[k], ImVec2(x, from + m.boxHeight / 2 * static_cast<float>(k + 1) / static_cast<float>(list.size() + 1)));
            }
        };
        spreadY(rightOut[box], min.x + m.boxWidth, min.y);
        spreadY(rightIn[box], min.x + m.boxWidth, min.y + m.boxHeight / 2);
        spreadY(leftOut[box], min.x, min.y);
        spreadY(leftIn[box], min.x, min.y + m.boxHeight / 2);
    }
    return ends;
}

/// One entry of the legend: a sample drawn by `sample` in a square, then its word.
void legendItem(UiContext& ui, const char* word, const std::function<void(ImDrawList*, ImVec2, ImVec2)>& sample)
{
    const float size = ImGui::GetTextLineHeight();
    const float gapWidth = 6 * ui.scale;
    const float width = size * 1.6f + gapWidth + ImGui::CalcTextSize(word).x;
    sameLineIfRoom(width);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, size));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    sample(draw, at, at + ImVec2(size * 1.6f, size));
    draw->AddText(at + ImVec2(size * 1.6f + gapWidth, 0), ui.palette.text, word);
}

void legend(UiContext& ui, const ScenarioMapView& view, const Metrics& m)
{
    const Palette& p = ui.palette;
    ImGui::PushFont(ui.fonts.small);
    ImGui::TextUnformatted(ui.t("author.map.legend"));
    const float thickness = m.thickness;
    auto swatch = [&](ImU32 fill, ImU32 border, bool dashed = false, float width = 1) {
        return [=](ImDrawList* draw, ImVec2 min, ImVec2 max) {
            min = min + ImVec2(1, 2);
            max = max - ImVec2(1, 2);
            draw->AddRectFilled(min, max, fill, 3);
            if (dashed) dashedRect(draw, min, max, border, thickness, 4 * ui.scale);
            else draw->AddRect(min, max, border, 3, 0, width * thickness);
        };
    };
    legendItem(ui, ui.t("author.map.node"), swatch(p.cardBackground, p.cardBorder));
    legendItem(ui, ui.t("author.map.start"), swatch(p.cardBackground, p.accent, false, 2));
    legendItem(ui, ui.t("author.map.outcome-good"), swatch(p.rightBackground, p.right));
    legendItem(ui, ui.t("author.map.outcome-acceptable"), swatch(p.partlyBackground, p.partly));
    legendItem(ui, ui.t("author.map.outcome-bad"), swatch(p.wrongBackground, p.wrong));
    legendItem(ui, ui.t("author.map.unreachable"), swatch(faded(p.cardBackground, 0.5f), p.mutedText, true));
    legendItem(ui, ui.t("author.map.dead-end"), swatch(p.cardBackground, p.wrong));
    legendItem(ui, ui.t("author.map.missing"), swatch(p.wrongBackground, p.wrong, true));
    const float head = 6 * ui.scale;
    auto line = [&](bool dashed) {
        return [=](ImDrawList* draw, ImVec2 min, ImVec2 max) {
            const float y = (min.y + max.y) / 2;
            const ImVec2 a(min.x, y), b(max.x, y);
            arrow(draw, a, a, b, b, p.mutedText, thickness, head, dashed);
        };
    };
    legendItem(ui, ui.t("author.map.option"), line(false));
    legendItem(ui, ui.t("author.map.conditional"), line(true));
    const std::string pass = ui.f("author.map.pass-score", {std::to_string(view.passScore)});
    sameLineIfRoom(ImGui::CalcTextSize(pass.c_str()).x);
    ImGui::TextUnformatted(pass.c_str());
    ImGui::PopFont();
    if (!view.flagsNeverSet.empty()) {
        wrappedText(ui, ui.f("author.map.flags-never-set", {join(view.flagsNeverSet)}), ui.fonts.small, p.wrong);
    }
    wrappedText(ui, ui.t("author.map.hint"), ui.fonts.small, p.mutedText);
}

void boxTooltip(UiContext& ui, const ScenarioMapView& view, std::size_t index)
{
    const MapBox& box = view.boxes[index];
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(box.id.c_str());
    ImGui::PopFont();
    const std::string excerpt = box.excerpt.plain(ui.language());
    if (!excerpt.empty()) ImGui::TextUnformatted(excerpt.c_str());
    std::string words;
    for (const auto& [word, colour] : markers(ui, box)) words += (words.empty() ? "" : " · ") + word;
    if (box.fixedScore) words += (words.empty() ? "" : " · ") + ui.f("author.map.fixed-score", {std::to_string(*box.fixedScore)});
    if (box.line > 0) words += (words.empty() ? "" : " · ") + ui.f("author.map.line", {std::to_string(box.line)});
    if (!words.empty()) ImGui::TextUnformatted(words.c_str());
    for (const MapArrow& a : view.arrows) {
        if (a.from != index) continue;
        std::string text = ui.f("author.map.leads-to", {a.optionId, view.boxes[a.to].id});
        if (a.conditional) text += "  " + conditionLabel(ui, a);
        else if (a.score != 0) text += "  " + scoreLabel(ui, a.score);
        if (!a.conditional && !a.flagsSet.empty()) text += "  " + ui.f("author.map.sets", {join(a.flagsSet)});
        ImGui::BulletText("%s", text.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void drawBox(UiContext& ui, ImDrawList* draw, const MapBox& box, ImVec2 min, const Metrics& m, bool selected, bool hovered)
{
    const Palette& p = ui.palette;
    const ImVec2 max = min + ImVec2(m.boxWidth, m.boxHeight);
    const Colours colours = boxColours(ui, box);
    const float rounding = 6 * ui.scale;
    const bool greyed = box.unreachable && box.kind != MapBoxKind::Missing;
    draw->AddRectFilled(min, max, selected ? p.selection : greyed ? faded(colours.fill, 0.5f) : colours.fill, rounding);
    ImU32 border = box.start ? p.accent : box.deadEnd && box.kind == MapBoxKind::Node ? p.wrong : colours.border;
    if (greyed) border = p.mutedText;
    float width = m.thickness * (box.start || selected ? 2.0f : 1.0f);
    if (selected) border = p.accent;
    if (hovered) width += m.thickness;
    if (greyed || box.kind == MapBoxKind::Missing) dashedRect(draw, min, max, border, width, 5 * ui.scale);
    else draw->AddRect(min, max, border, rounding, 0, width);

    draw->PushClipRect(min, max, true);
    const float inner = m.boxWidth - 2 * m.pad;
    const ImU32 text = greyed ? p.mutedText : p.text;
    float y = min.y + m.pad;
    const float x = min.x + m.pad;
    ImGui::PushFont(ui.fonts.bold);
    const std::string id = fitText(box.id, inner);
    draw->AddText(ImVec2(x, y), greyed ? p.mutedText : p.strong, id.c_str());
    y += ImGui::GetFontSize() + m.lineGap;
    ImGui::PopFont();

    // The excerpt on two lines, cut where the first is full.
    ImGui::PushFont(ui.fonts.body);
    const std::string excerpt = box.excerpt.plain(ui.language());
    if (!excerpt.empty()) {
        ImFont* font = ImGui::GetFont();
        const char* begin = excerpt.c_str();
        const char* end = begin + excerpt.size();
        const char* wrap = font->CalcWordWrapPositionA(1.0f, begin, end, inner);
        if (wrap == begin) wrap = end;
        const std::string first(begin, wrap);
        std::string rest(wrap, end);
        while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
        draw->AddText(ImVec2(x, y), text, fitText(first, inner).c_str());
        if (!rest.empty()) {
            draw->AddText(ImVec2(x, y + ImGui::GetFontSize() + m.lineGap), text, fitText(rest, inner).c_str());
        }
    }
    y += 2 * (ImGui::GetFontSize() + m.lineGap);
    ImGui::PopFont();

    // Marker words, so that colour is never the only cue.
    ImGui::PushFont(ui.fonts.small);
    float at = x;
    const float right = min.x + m.boxWidth - m.pad;
    const float separator = ImGui::CalcTextSize(" · ").x;
    for (const auto& [word, colour] : markers(ui, box)) {
        if (at > x) {
            if (at + separator >= right) break;
            draw->AddText(ImVec2(at, y), p.mutedText, " · ");
            at += separator;
        }
        const std::string shown = fitText(word, right - at);
        draw->AddText(ImVec2(at, y), colour, shown.c_str());
        at += ImGui::CalcTextSize(shown.c_str()).x;
    }
    ImGui::PopFont();
    draw->PopClipRect();
}

} // namespace

std::optional<std::string> drawScenarioMap(UiContext& ui, const ScenarioMapView& view, const std::string& selectedId)
{
    const Metrics m(ui);
    legend(ui, view, m);

    const float minimum = 240 * ui.scale;
    const ImVec2 available = ImGui::GetContentRegionAvail();
    const ImVec2 size(0, std::max(minimum, available.y));
    std::optional<std::string> chosen;
    // A map shown for the first time opens with its start in the middle: the widest row is
    // centred, so a narrow start can otherwise sit out of sight at the right.
    const ImVec2 canvas = m.canvas(view);
    ImGui::SetNextWindowContentSize(canvas);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID shownKey = ImGui::GetID("##scenario-map-shown");
    const int shown = static_cast<int>(ImHashStr(view.scenarioId.c_str()));
    if (storage->GetInt(shownKey, 0) != shown) {
        storage->SetInt(shownKey, shown);
        for (const MapBox& box : view.boxes) {
            if (!box.start) continue;
            const float centre = m.margin + box.column * m.stepX + m.boxWidth / 2;
            ImGui::SetNextWindowScroll(ImVec2(std::max(0.0f, centre - available.x / 2), 0));
            break;
        }
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetColorU32(ImGuiCol_WindowBg));
    const bool open = ImGui::BeginChild("##scenario-map", size, true,
                                        ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleColor();
    if (open) {
        // Panning: drag with the right or middle button anywhere over the map.
        const ImGuiIO& io = ImGui::GetIO();
        if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
            (ImGui::IsMouseDragging(ImGuiMouseButton_Right) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle))) {
            ImGui::SetScrollX(ImGui::GetScrollX() - io.MouseDelta.x);
            ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
        }

        const ImVec2 origin = ImGui::GetCursorScreenPos();
        std::vector<ImVec2> boxMin(view.boxes.size());
        for (std::size_t i = 0; i < view.boxes.size(); ++i) {
            boxMin[i] = origin + ImVec2(m.margin + view.boxes[i].column * m.stepX,
                                        m.margin + static_cast<float>(view.boxes[i].row) * m.stepY);
        }

        // The buttons first, row by row (the keyboard's order), to know what is hovered.
        std::vector<char> hovered(view.boxes.size(), 0);
        std::optional<std::size_t> focused;
        std::optional<std::size_t> tooltipFor;
        for (const auto& row : view.rows) {
            for (std::size_t i : row) {
                const MapBox& box = view.boxes[i];
                if (box.kind == MapBoxKind::Missing) continue;   // nothing to open
                const std::string name = "map:node:" + box.id;
                ImGui::SetCursorScreenPos(boxMin[i]);
                bool pressed = ImGui::InvisibleButton(name.c_str(), ImVec2(m.boxWidth, m.boxHeight));
                ui.probe.track(name);
                if (ImGui::IsItemFocused()) {
                    focused = i;
                    if (enterPressed()) pressed = true;
                }
                if (pressed) chosen = box.id;
                if (ImGui::IsItemHovered()) {
                    hovered[i] = 1;
                    tooltipFor = i;
                }
            }
        }
        ImGui::SetCursorScreenPos(origin);
        ImGui::Dummy(canvas);

        ImDrawList* draw = ImGui::GetWindowDrawList();
        const Palette& p = ui.palette;
        const std::optional<std::size_t> selected = view.find(selectedId);
        const std::vector<Ends> ends = arrowEnds(view, boxMin, m);
        const float head = 7 * ui.scale;
        ImGui::PushFont(ui.fonts.small);
        std::vector<Label> labels;
        // Arrows touching the hovered or selected box are drawn last, in the accent colour.
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t i = 0; i < view.arrows.size(); ++i) {
                const MapArrow& a = view.arrows[i];
                const bool lit = hovered[a.from] || hovered[a.to] || selected == a.from || selected == a.to;
                if (lit != (pass == 1)) continue;
                ImU32 colour = a.unknownTarget ? p.wrong : p.mutedText;
                if (view.boxes[a.from].unreachable) colour = faded(colour, 0.5f);
                if (lit) colour = p.accent;
                const Ends& e = ends[i];
                ImVec2 c1, c2;
                if (a.from == a.to) {
                    // A loop on the box's right side.
                    const float out = m.loopMargin * 0.6f;
                    c1 = e.start + ImVec2(out, -out / 2);
                    c2 = e.end + ImVec2(out, out / 2);
                } else if (e.across) {
                    // Past boxes in between, the curve dips under the row.
                    const float dx = (e.end.x - e.start.x) / 2;
                    const float between = std::fabs(view.boxes[a.to].column - view.boxes[a.from].column) - 1;
                    const float dip = between > 0 ? (m.boxHeight / 2 + (m.stepY - m.boxHeight) / 3) / 0.75f : 0;
                    c1 = e.start + ImVec2(dx / 2, dip);
                    c2 = e.end - ImVec2(dx / 2, -dip);
                } else if (e.vertical) {
                    const float dy = (e.end.y - e.start.y) / 2;
                    c1 = e.start + ImVec2(0, dy);
                    c2 = e.end - ImVec2(0, dy);
                } else {
                    // Further up the map: out of the right edge and round.
                    const float rows = std::fabs(static_cast<float>(view.boxes[a.from].row - view.boxes[a.to].row));
                    const float out = std::min(m.loopMargin, (m.stepX - m.boxWidth) * 0.8f + rows * 6 * ui.scale);
                    c1 = e.start + ImVec2(out, 0);
                    c2 = e.end + ImVec2(out, 0);
                }
                arrow(draw, e.start, c1, c2, e.end, colour, lit ? 2 * m.thickness : m.thickness, head, a.conditional);
                std::string text = a.conditional ? conditionLabel(ui, a) : scoreLabel(ui, a.score);
                if (!text.empty()) {
                    labels.push_back({e.start, c1, c2, e.end, std::move(text), lit ? p.accent : a.conditional ? p.text : p.strong});
                }
            }
        }
        std::vector<ImRect> boxRects;
        for (const ImVec2& min : boxMin) boxRects.emplace_back(min, min + ImVec2(m.boxWidth, m.boxHeight));
        drawLabels(draw, labels, boxRects, m.stepX * 0.9f, 3 * ui.scale);
        ImGui::PopFont();

        for (std::size_t i = 0; i < view.boxes.size(); ++i) {
            drawBox(ui, draw, view.boxes[i], boxMin[i], m, selected == i, hovered[i] != 0);
        }
        // The keyboard's box gets a frame of its own: after Tab, ImGui's nav highlight stays
        // hidden until an arrow key is used.
        if (focused) {
            const float out = 4 * ui.scale;
            draw->AddRect(boxMin[*focused] - ImVec2(out, out), boxMin[*focused] + ImVec2(m.boxWidth + out, m.boxHeight + out),
                          ui.palette.accent, 8 * ui.scale, 0, 2 * m.thickness);
        }
        if (tooltipFor) boxTooltip(ui, view, *tooltipFor);
    }
    ImGui::EndChild();
    return chosen;
}

} // namespace mamori::app::ui
