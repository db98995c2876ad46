#include "widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cstring>

namespace mamori::app::ui {
namespace {

using lessons::Emphasis;
using lessons::RichText;

/// Characters that may not start a line (Japanese line-breaking rules, kinsoku).
bool noBreakBefore(char32_t c)
{
    // ASCII quotes are left out: they open as often as they close.
    static const std::u32string closing = U"、。，．）」』】〕〉》］｝！？：；・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々…‥ゝゞヽヾ%,.!?:;)]}";
    return closing.find(c) != std::u32string::npos;
}

/// Characters that may not end a line.
bool noBreakAfter(char32_t c)
{
    static const std::u32string opening = U"（「『【〔〈《［｛([{";
    return opening.find(c) != std::u32string::npos;
}

char32_t decode(const char*& p, const char* end)
{
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);
    p += n > 0 ? n : 1;
    return c;
}

/// A piece of text that stays on one line.
struct Unit {
    std::string text;
    ImFont* font;
    ImU32 colour;
    bool glue;        ///< may not be separated from the unit before it
    bool space;       ///< a trailing space, dropped at the end of a line
    int anchor = -1;  ///< the anchored span it belongs to (its index in the text), or -1
};

std::vector<Unit> split(const RichText& text, ImFont* regular, ImFont* bold, ImU32 colour, const Palette& palette,
                        const std::function<ImU32(const std::string&)>* anchorColour = nullptr)
{
    std::vector<Unit> units;
    bool glueNext = false;
    for (std::size_t spanIndex = 0; spanIndex < text.spans.size(); ++spanIndex) {
        const lessons::Span& span = text.spans[spanIndex];
        ImFont* font = span.emphasis == Emphasis::Strong ? bold : regular;
        ImU32 spanColour = span.emphasis == Emphasis::Em ? palette.accent : span.emphasis == Emphasis::Strong ? palette.strong : colour;
        const bool anchored = anchorColour && !span.anchor.empty();
        if (anchored) spanColour = (*anchorColour)(span.anchor);
        const std::size_t firstUnit = units.size();
        const char* p = span.text.data();
        const char* end = p + span.text.size();
        while (p < end) {
            if (*p == ' ') {
                units.push_back({" ", font, spanColour, true, true});
                ++p;
                glueNext = false;
                continue;
            }
            const char* start = p;
            if (static_cast<unsigned char>(*p) < 0x80) {
                // A Latin word: up to the next space or non-ASCII character.
                while (p < end && *p != ' ' && static_cast<unsigned char>(*p) < 0x80) ++p;
                const char32_t first = static_cast<unsigned char>(*start);
                units.push_back({std::string(start, p), font, spanColour, glueNext || noBreakBefore(first), false});
                glueNext = noBreakAfter(static_cast<unsigned char>(p[-1]));
                continue;
            }
            const char32_t c = decode(p, end);
            units.push_back({std::string(start, p), font, spanColour, glueNext || noBreakBefore(c), false});
            glueNext = noBreakAfter(c);
        }
        if (anchored) {
            for (std::size_t u = firstUnit; u < units.size(); ++u) units[u].anchor = static_cast<int>(spanIndex);
        }
    }
    return units;
}

float widthOf(const Unit& unit)
{
    return unit.font->CalcTextSizeA(unit.font->FontSize, FLT_MAX, 0, unit.text.c_str()).x;
}

/// Lays the units out in lines of at most `wrap` pixels from `origin`; draws them when
/// `drawList` is given. Returns the height used.
float layout(const std::vector<Unit>& units, float wrap, ImVec2 origin, ImDrawList* drawList, float lineHeight,
             std::vector<std::pair<int, ImRect>>* anchorRects = nullptr)
{
    float x = 0, y = 0;
    std::size_t i = 0;
    while (i < units.size()) {
        // A group: a unit and everything glued to it.
        std::size_t j = i + 1;
        while (!units[i].space && j < units.size() && units[j].glue && !units[j].space) ++j;
        float groupWidth = 0;
        for (std::size_t k = i; k < j; ++k) groupWidth += widthOf(units[k]);
        if (units[i].space) {
            if (x > 0) x += groupWidth;  // no spaces at the start of a line
            i = j;
            continue;
        }
        if (x > 0 && x + groupWidth > wrap) {
            x = 0;
            y += lineHeight;
        }
        for (std::size_t k = i; k < j; ++k) {
            const float w = widthOf(units[k]);
            if (x > 0 && x + w > wrap && groupWidth > wrap) {  // a group wider than a line: break inside it
                x = 0;
                y += lineHeight;
            }
            if (drawList) {
                drawList->AddText(units[k].font, units[k].font->FontSize, ImVec2(origin.x + x, origin.y + y), units[k].colour,
                                  units[k].text.c_str());
            }
            if (anchorRects && units[k].anchor >= 0) {
                const ImRect r(origin.x + x, origin.y + y, origin.x + x + w, origin.y + y + lineHeight);
                // A span continues its rectangle on the same line, and starts another on the next.
                if (!anchorRects->empty() && anchorRects->back().first == units[k].anchor && anchorRects->back().second.Min.y == r.Min.y) {
                    anchorRects->back().second.Max.x = r.Max.x;
                } else {
                    anchorRects->push_back({units[k].anchor, r});
                }
            }
            x += w;
        }
        i = j;
    }
    return units.empty() ? 0 : y + lineHeight;
}

float availableWrap(float requested)
{
    if (requested > 0) return requested;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float wrapPos = window->DC.TextWrapPos;
    if (wrapPos > 0) return std::max(40.0f, wrapPos - (window->DC.CursorPos.x - window->Pos.x));
    return std::max(40.0f, ImGui::GetContentRegionAvail().x);
}

RichText plainRich(const std::string& text)
{
    return RichText{{lessons::Span{text, Emphasis::None}}};
}

float lineHeightFor(ImFont* font)
{
    return std::round(font->FontSize * 1.45f);
}

} // namespace

void richText(UiContext& ui, const RichText& text, ImFont* font, ImU32 colour, float wrapWidth)
{
    const float wrap = availableWrap(wrapWidth);
    const std::vector<Unit> units = split(text, font, ui.fonts.bold, colour, ui.palette);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = layout(units, wrap, origin, ImGui::GetWindowDrawList(), lineHeightFor(font));
    ImGui::Dummy(ImVec2(wrap, std::max(height, 1.0f)));
}

std::vector<AnchorRect> anchoredText(UiContext& ui, const RichText& text, ImFont* font, ImU32 colour,
                                     const std::function<ImU32(const std::string&)>& anchorColour, float wrapWidth)
{
    const float wrap = availableWrap(wrapWidth);
    const std::vector<Unit> units = split(text, font, ui.fonts.bold, colour, ui.palette, &anchorColour);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    std::vector<std::pair<int, ImRect>> rects;
    const float height = layout(units, wrap, origin, ImGui::GetWindowDrawList(), lineHeightFor(font), &rects);
    ImGui::Dummy(ImVec2(wrap, std::max(height, 1.0f)));
    std::vector<AnchorRect> out;
    for (const auto& [span, rect] : rects) out.push_back({text.spans[static_cast<std::size_t>(span)].anchor, rect.Min, rect.Max});
    return out;
}

void wrappedText(UiContext& ui, const std::string& text, ImFont* font, ImU32 colour, float wrapWidth)
{
    richText(ui, plainRich(text), font, colour, wrapWidth);
}

void localizedText(UiContext& ui, const lessons::LocalizedText& text, ImFont* font, ImU32 colour, float wrapWidth)
{
    richText(ui, text.in(ui.language()), font, colour, wrapWidth);
}

bool button(UiContext& ui, const std::string& name, const char* label, bool enabled, bool primary)
{
    ImGui::PushID(name.c_str());
    if (!enabled) ImGui::BeginDisabled();
    if (primary) ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    if (primary) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(padding.x * 1.8f, padding.y * 1.4f));
    const bool pressed = ImGui::Button(label);
    if (primary) ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (primary) ImGui::PopFont();
    if (!enabled) ImGui::EndDisabled();
    ImGui::PopID();
    ui.probe.track(name);
    return pressed && enabled;
}

float buttonWidth(UiContext& ui, const char* label, bool primary)
{
    ImGui::PushFont(primary ? ui.fonts.bold : ImGui::GetFont());
    const float text = ImGui::CalcTextSize(label, nullptr, true).x;
    ImGui::PopFont();
    return text + ImGui::GetStyle().FramePadding.x * (primary ? 1.8f : 1.0f) * 2;
}

void sameLineIfRoom(float nextWidth)
{
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float after = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (after + nextWidth <= right) ImGui::SameLine();
}

std::string fitText(const std::string& text, float width)
{
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    if (ImGui::CalcTextSize(begin, end).x <= width) return text;
    static const std::string kEllipsis = "…";
    // One pass: the font stops measuring at the first character that would not fit beside the
    // ellipsis, always at a character's boundary (lists of rows call this on every frame).
    const float room = width - ImGui::CalcTextSize(kEllipsis.c_str()).x;
    const char* fits = begin;
    if (room > 0) ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), room, 0.0f, begin, end, &fits);
    std::string cut(begin, fits);
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    return cut + kEllipsis;
}

bool choiceRow(UiContext& ui, const std::string& name, int number, const lessons::LocalizedText& text, bool selected,
               bool multiple, Mark mark, bool enabled, float requestedWidth, bool showMarker)
{
    const float scale = ui.scale;
    const float padding = 10 * scale;
    const float marker = showMarker ? 22 * scale : 0;
    const float badge = number > 0 ? 26 * scale : 0;
    const float width = requestedWidth > 0 ? requestedWidth : ImGui::GetContentRegionAvail().x;
    const float textWidth = width - padding * 3 - marker - badge;
    const std::vector<Unit> units = split(text.in(ui.language()), ui.fonts.body, ui.fonts.bold, ui.palette.text, ui.palette);
    const float lineHeight = lineHeightFor(ui.fonts.body);
    const float textHeight = layout(units, textWidth, ImVec2(), nullptr, lineHeight);
    const float height = std::max(textHeight, std::max(marker, 22 * scale)) + padding * 2;

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::PushID(name.c_str());
    if (!enabled) ImGui::BeginDisabled();
    const bool clicked = ImGui::InvisibleButton("row", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    if (!enabled) ImGui::EndDisabled();
    ImGui::PopID();
    ui.probe.track(name);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = ui.palette;
    ImU32 background = p.cardBackground;
    ImU32 border = p.cardBorder;
    if (mark == Mark::Right) background = p.rightBackground, border = p.right;
    else if (mark == Mark::Wrong) background = p.wrongBackground, border = p.wrong;
    else if (mark == Mark::Partly) background = p.partlyBackground, border = p.partly;
    else if (selected) background = p.selection, border = p.heading;
    else if (hovered && enabled) background = p.selection;
    const ImVec2 end(origin.x + width, origin.y + height);
    draw->AddRectFilled(origin, end, background, 6 * scale);
    draw->AddRect(origin, end, border, 6 * scale, 0, selected ? 2.0f * scale : 1.0f);

    float x = origin.x + padding;
    const float middle = origin.y + padding + 11 * scale;
    if (number > 0) {
        const std::string digit = std::to_string(number);
        draw->AddRect(ImVec2(x, middle - 10 * scale), ImVec2(x + 20 * scale, middle + 10 * scale), p.mutedText, 4 * scale);
        const ImVec2 size = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, digit.c_str());
        draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(x + 10 * scale - size.x / 2, middle - size.y / 2), p.mutedText,
                      digit.c_str());
        x += badge;
    }
    const ImVec2 centre(x + marker / 2, middle);
    const float radius = marker * 0.4f;
    if (!showMarker) {
        // no marker: ordering rows
    } else if (multiple) {
        const ImVec2 a(centre.x - radius, centre.y - radius), b(centre.x + radius, centre.y + radius);
        draw->AddRect(a, b, p.heading, 3 * scale, 0, 2 * scale);
        if (selected) {
            draw->AddRectFilled(a, b, p.heading, 3 * scale);
            draw->AddPolyline(std::array<ImVec2, 3>{ImVec2(a.x + radius * 0.45f, centre.y), ImVec2(centre.x - radius * 0.15f, b.y - radius * 0.45f),
                                                    ImVec2(b.x - radius * 0.35f, a.y + radius * 0.45f)}
                                  .data(),
                              3, IM_COL32(255, 255, 255, 255), 0, 2.5f * scale);
        }
    } else {
        draw->AddCircle(centre, radius, p.heading, 24, 2 * scale);
        if (selected) draw->AddCircleFilled(centre, radius * 0.55f, p.heading, 24);
    }
    x += marker + (showMarker ? padding : 0);
    layout(units, textWidth, ImVec2(x, origin.y + padding + std::max(0.0f, (22 * scale - lineHeight) / 2)), draw, lineHeight);
    return clicked && enabled;
}

WidgetRect box(UiContext& ui, ImU32 background, ImU32 border, const std::function<void()>& body)
{
    const float padding = 12 * ui.scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(start.x + padding, start.y + padding));
    ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + width - padding * 2);
    ImGui::BeginGroup();
    body();
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    const float bottom = ImGui::GetItemRectMax().y + padding;
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(start, ImVec2(start.x + width, bottom), background, 6 * ui.scale);
    draw->AddRectFilled(start, ImVec2(start.x + 5 * ui.scale, bottom), border, 6 * ui.scale, ImDrawFlags_RoundCornersLeft);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
    ImGui::Dummy(ImVec2(width, 4 * ui.scale));
    return {start, ImVec2(start.x + width, bottom)};
}

void whenVisible(UiContext& ui, const std::string& id, const std::function<void()>& content)
{
    const float width = ImGui::GetContentRegionAvail().x;
    // A height holds for the width, language and text size it was measured at.
    const std::string measuredAs = id + "@" + std::to_string(static_cast<int>(width)) + "/" +
                                   std::string(lessons::languageCode(ui.language())) + "/" + std::to_string(ui.scale);
    const ImGuiID key = ImGui::GetID(measuredAs.c_str());
    ImGuiStorage* heights = ImGui::GetStateStorage();
    const float known = heights->GetFloat(key, -1.0f);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (known > 0 && !ui.probe.searching() && !ImGui::IsRectVisible(start, ImVec2(start.x + width, start.y + known))) {
        ImGui::Dummy(ImVec2(width, known));
        return;
    }
    ImGui::BeginGroup();
    content();
    ImGui::EndGroup();
    heights->SetFloat(key, ImGui::GetItemRectSize().y);
}

void callout(UiContext& ui, lessons::CalloutKind kind, const RichText& text)
{
    const Palette& p = ui.palette;
    ImU32 colour = p.tip, background = p.tipBackground;
    const char* key = "callout.tip";
    if (kind == lessons::CalloutKind::Warning) colour = p.warning, background = p.warningBackground, key = "callout.warning";
    if (kind == lessons::CalloutKind::Rule) colour = p.rule, background = p.ruleBackground, key = "callout.rule";
    box(ui, background, colour, [&] {
        ImGui::PushFont(ui.fonts.bold);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(ui.t(key));
        ImGui::PopStyleColor();
        ImGui::PopFont();
        richText(ui, text, ui.fonts.body, p.text);
    });
}

void statusBadge(UiContext& ui, scoring::ActivityStatus status)
{
    const Palette& p = ui.palette;
    ImU32 colour = p.mutedText;
    const char* key = "status.not-started";
    switch (status) {
    case scoring::ActivityStatus::NotStarted: break;
    case scoring::ActivityStatus::InProgress: colour = p.tip, key = "status.in-progress"; break;
    case scoring::ActivityStatus::Passed: colour = p.right, key = "status.passed"; break;
    case scoring::ActivityStatus::Failed: colour = p.wrong, key = "status.failed"; break;
    }
    ImGui::PushFont(ui.fonts.small);
    const ImVec2 size = ImGui::CalcTextSize(ui.t(key));
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float pad = 6 * ui.scale;
    ImGui::GetWindowDrawList()->AddRect(start, ImVec2(start.x + size.x + pad * 2, start.y + size.y + pad), colour, 10 * ui.scale, 0,
                                        1.5f * ui.scale);
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad / 2));
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(ui.t(key));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(size.x + pad * 2, size.y + pad));
}

void progressBar(UiContext& ui, float fraction, const std::string& label, float width)
{
    ImGui::PushFont(ui.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ui.palette.cardBorder);  // the empty track shows on white cards
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ui.palette.right);
    ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), ImVec2(width, 0), label.c_str());
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
}

void gap(UiContext& ui, float pixels)
{
    ImGui::Dummy(ImVec2(1, pixels * ui.scale));
}

int digitPressed()
{
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return 0;
    for (ImWchar c : io.InputQueueCharacters) {
        if (c >= '1' && c <= '9') return static_cast<int>(c - '0');
    }
    return 0;
}

bool enterPressed()
{
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

} // namespace mamori::app::ui
