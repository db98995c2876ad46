#include "person_widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace mamori::app::ui::person {

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", std::round(value * 100) / 100);
    return text;
}

std::string percent(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f%%", value);
    return text;
}

const lessons::RichText& in(RecordsUi& r, const lessons::LocalizedText& text)
{
    return text.in(r.language());
}

void lines(RecordsUi& r, const std::string& text, ImFont* font, ImU32 colour)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        wrappedText(r.ui, text.substr(start, end - start), font, colour);
        start = end + 1;
    }
}

void heading(RecordsUi& r, const std::string& text)
{
    gap(r.ui, 12);
    wrappedText(r.ui, text, r.ui.fonts.heading, r.ui.palette.heading);
    ImGui::Separator();
    gap(r.ui, 4);
}

void muted(RecordsUi& r, const std::string& text)
{
    wrappedText(r.ui, text, r.ui.fonts.body, r.ui.palette.mutedText);
}

float textWidth(ImFont* font, const std::string& text)
{
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x + 1;
}

void trackedBlock(RecordsUi& r, const std::string& name, const std::function<void()>& body)
{
    ImGui::BeginGroup();
    body();
    ImGui::EndGroup();
    r.ui.probe.track(name);
}

void headerRow(RecordsUi& r, WideTable& table, std::initializer_list<const char*> keys)
{
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (const char* key : keys) {
        ImGui::TableNextColumn();
        wrappedText(r.ui, r.t(key), r.ui.fonts.bold, r.ui.palette.text);
        table.noteCell();
    }
}

std::string duration(RecordsUi& r, std::int64_t seconds)
{
    if (seconds < 60) return r.f("records.person.seconds", {std::to_string(seconds)});
    return r.f("records.person.minutes", {std::to_string(seconds / 60), std::to_string(seconds % 60)});
}

bool sectionHeader(RecordsUi& r, const std::string& title, const std::string& id, bool open)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() - style.FramePadding.x * 4;
    ImGui::SetNextItemOpen(open, ImGuiCond_Once);
    const bool shown = ImGui::CollapsingHeader((fitText(title, room) + "###" + id).c_str());
    r.ui.probe.track(id);
    return shown;
}

} // namespace mamori::app::ui::person
