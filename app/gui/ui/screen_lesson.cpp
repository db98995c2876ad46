// The lesson reader: one page at a time, with its blocks, pictures and narration.

#include "overloaded.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include <variant>

namespace mamori::app::ui {
namespace {


void listBlock(UiContext& ui, const lessons::List& list)
{
    int number = 1;
    for (const lessons::LocalizedText& item : list.items) {
        const std::string marker = list.style == lessons::ListStyle::Numbered ? std::to_string(number++) + "." : "•";
        const float indent = 26 * ui.scale;
        ImGui::TextUnformatted(marker.c_str());
        ImGui::SameLine(indent);
        localizedText(ui, item, ui.fonts.body, ui.palette.text);
    }
}

void imageBlock(UiContext& ui, const lessons::Image& image)
{
    const float available = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    const std::optional<Texture> texture = ui.textures.get(image.file);
    if (!texture) {
        box(ui, ui.palette.warningBackground, ui.palette.warning,
            [&] { wrappedText(ui, ui.t("lesson.image-missing") + std::string(" ") + image.alt.plain(ui.language()), ui.fonts.body, ui.palette.text); });
        return;
    }
    float width = image.width > 0 ? image.width * ui.scale : static_cast<float>(texture->width);
    width = std::min(width, available);
    const float height = width * static_cast<float>(texture->height) / static_cast<float>(texture->width);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (available - width) / 2);
    ImGui::Image(texture->id, ImVec2(width, height));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", image.alt.plain(ui.language()).c_str());
    if (!image.caption.empty()) localizedText(ui, image.caption, ui.fonts.small, ui.palette.mutedText);
}

void drawBlock(UiContext& ui, const lessons::Block& block)
{
    std::visit(Overloaded{
                   [&](const lessons::Heading& h) {
                       gap(ui, 6);
                       localizedText(ui, h.text, ui.fonts.heading, ui.palette.heading);
                   },
                   [&](const lessons::Paragraph& p) { localizedText(ui, p.text, ui.fonts.body, ui.palette.text); },
                   [&](const lessons::List& l) { listBlock(ui, l); },
                   [&](const lessons::Callout& c) { callout(ui, c.kind, c.text.in(ui.language())); },
                   [&](const lessons::Image& i) { imageBlock(ui, i); },
               },
               block);
}

void pageContent(UiContext& ui, const lessons::Page& page)
{
    int index = 0;
    for (const lessons::Block& block : page.blocks) {
        whenVisible(ui, "block:" + std::to_string(index++), [&] { drawBlock(ui, block); });
        gap(ui, 6);
    }
}

} // namespace

void drawPageBlocks(UiContext& ui, const lessons::Page& page)
{
    pageContent(ui, page);
}

namespace {

void narrationControl(UiContext& ui, const lessons::Page& page)
{
    if (!page.narrationFor(ui.language())) return;
    const char* label = ui.narration == NarrationState::Playing  ? ui.t("lesson.narration-pause")
                        : ui.narration == NarrationState::Paused ? ui.t("lesson.narration-resume")
                                                                 : ui.t("lesson.narration-play");
    if (button(ui, "lesson:narration", label)) {
        using action::NarrationCommand;
        ui.emit(action::Narration{ui.narration == NarrationState::Playing  ? NarrationCommand::Pause
                                  : ui.narration == NarrationState::Paused ? NarrationCommand::Resume
                                                                           : NarrationCommand::Play});
    }
    if (!ui.audioStatus.empty()) {
        ImGui::SameLine();
        ImGui::PushFont(ui.fonts.small);
        ImGui::TextDisabled("%s", ui.t("lesson.no-sound"));
        ImGui::PopFont();
    }
}

} // namespace

void drawLesson(UiContext& ui)
{
    const LessonState& state = ui.model.lesson;
    if (!state.lesson) return;
    const int count = static_cast<int>(state.lesson->pages.size());
    const lessons::Page& page = state.lesson->pages[static_cast<std::size_t>(state.page)];
    screenFrame(
        ui,
        [&] {
            wrappedText(ui, state.pack->title.plain(ui.language()) + "  ＞  " + state.lesson->title.plain(ui.language()), ui.fonts.small,
                        ui.palette.mutedText);
            localizedText(ui, page.title, ui.fonts.title, ui.palette.heading);
            ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
            ImGui::TextUnformatted(ui.f("lesson.page-of", {std::to_string(state.page + 1), std::to_string(count)}).c_str());
            ImGui::PopStyleColor();
            ImGui::SameLine();
            narrationControl(ui, page);
            gap(ui, 8);
            pageContent(ui, page);
        },
        [&] {
            if (button(ui, "lesson:back", ui.t("lesson.back"), state.page > 0)) ui.emit(action::GoToPage{state.page - 1});
            ImGui::SameLine();
            const float progressWidth = 200 * ui.scale;
            progressBar(ui, static_cast<float>(state.page + 1) / static_cast<float>(count), "", progressWidth);
            ImGui::SameLine();
            const bool last = state.page + 1 >= count;
            if (button(ui, "lesson:next", last ? ui.t("lesson.finish") : ui.t("lesson.next"), true, true)) {
                ui.emit(action::GoToPage{state.page + 1});
            }
        });
    if (enterPressed()) ui.emit(action::GoToPage{state.page + 1});
}

} // namespace mamori::app::ui
