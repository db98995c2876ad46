#pragma once
// The pieces HR's person detail is drawn with (screen_records_person*.cpp): texts that wrap,
// blocks the layout checks track, collapsing headers that never clip, and tables that scroll
// sideways rather than cut an answer off.

#include "records_ui.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>

namespace mamori::app::ui::person {

/// A number of points as few digits as it needs ("1.5", "2").
std::string number(double value);
/// "75%".
std::string percent(double value);
/// A localized text in the records view's language (the learner app's own language may differ).
const lessons::RichText& in(RecordsUi& r, const lessons::LocalizedText& text);
/// A text that may run over several lines ('\n'), each wrapped.
void lines(RecordsUi& r, const std::string& text, ImFont* font, ImU32 colour);
void heading(RecordsUi& r, const std::string& text);
void muted(RecordsUi& r, const std::string& text);
/// The width of `text` on one line in `font`, with a pixel to spare for rounding.
float textWidth(ImFont* font, const std::string& text);
/// Draws `body` as one block and tracks it under `name`, for the layout checks. Only for
/// blocks that hold no tracked widget themselves (the check would see them overlap).
void trackedBlock(RecordsUi& r, const std::string& name, const std::function<void()>& body);
/// A time taken, in seconds or in minutes and seconds, in the view's language.
std::string duration(RecordsUi& r, std::int64_t seconds);
/// "Title (attempt 2)" on a collapsing header, cut to the width so that it is never clipped;
/// the rest of the summary wraps below it.
bool sectionHeader(RecordsUi& r, const std::string& title, const std::string& id, bool open);

/// A table whose columns stretch over the width available and scroll sideways when that is
/// less than `minWidth` (ImGuiTableFlags_ScrollX), so wide answers stay readable at large text
/// sizes. In ImGui 1.86 a scrolling table is a child window that takes the height it is given
/// (by default the rest of the window), so its content height is measured on each frame and
/// used on the next; the first frame uses `estimate`.
class WideTable {
public:
    bool begin(const std::string& id, int columns, float minWidth, float estimate)
    {
        const float available = ImGui::GetContentRegionAvail().x;
        const float innerWidth = std::max(available, minWidth);
        key_ = ImGui::GetID((id + "#height").c_str());
        const float known = ImGui::GetStateStorage()->GetFloat(key_, 0.0f);
        float height = known > 0 ? known : estimate;
        if (innerWidth > available + 0.5f) height += ImGui::GetStyle().ScrollbarSize;
        startY_ = ImGui::GetCursorScreenPos().y;
        bottom_ = startY_;
        constexpr ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp |
                                          ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_RowBg;
        open_ = ImGui::BeginTable(id.c_str(), columns, flags, ImVec2(available, height), innerWidth);
        return open_;
    }
    /// After each cell's content: the lowest point drawn so far.
    void noteCell() { bottom_ = std::max(bottom_, ImGui::GetItemRectMax().y); }
    void end()
    {
        if (!open_) return;
        const float scrolled = ImGui::GetScrollY();
        const float height = bottom_ + scrolled - startY_ + ImGui::GetStyle().CellPadding.y * 2 + 4;
        ImGui::EndTable();
        ImGui::GetStateStorage()->SetFloat(key_, height);   // the outer window's, as begin() reads it
    }

private:
    ImGuiID key_ = 0;
    float startY_ = 0, bottom_ = 0;
    bool open_ = false;
};

/// The header row: labels that wrap rather than being cut off by a narrow column.
void headerRow(RecordsUi& r, WideTable& table, std::initializer_list<const char*> keys);

} // namespace mamori::app::ui::person
