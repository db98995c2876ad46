#include "hotspot_picture.hpp"

#include "widgets.hpp"

#include "mamori/lessons/hotspot_geometry.hpp"

#include <imgui_internal.h>

#include <string>
#include <vector>

namespace mamori::app::ui {

using namespace mamori::lessons;

ImVec2 ShownPicture::toScreen(PicturePoint p) const
{
    const PicturePoint shown = pictureToShown(p, size.x, size.y, width, height);
    return ImVec2(origin.x + static_cast<float>(shown.x), origin.y + static_cast<float>(shown.y));
}

PicturePoint ShownPicture::toPicture(ImVec2 screen) const
{
    return shownToPicture({screen.x - origin.x, screen.y - origin.y}, size.x, size.y, width, height);
}

std::optional<ShownPicture> drawHotspotPicture(UiContext& ui, const HotspotPicture& picture, bool& clicked)
{
    clicked = false;
    const std::optional<Texture> texture = ui.textures.get(picture.file);
    if (!texture || picture.width <= 0 || picture.height <= 0) {
        box(ui, ui.palette.warningBackground, ui.palette.warning, [&] {
            wrappedText(ui, ui.t("lesson.image-missing") + std::string(" ") + picture.alt.plain(ui.language()), ui.fonts.body,
                        ui.palette.text);
        });
        return std::nullopt;
    }
    const PicturePoint size = fittedPictureSize(picture.width, picture.height, ui.scale, ImGui::GetContentRegionAvail().x);
    ShownPicture shown{ImGui::GetCursorScreenPos(), ImVec2(static_cast<float>(size.x), static_cast<float>(size.y)), picture.width,
                       picture.height};
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    clicked = ImGui::InvisibleButton("picture", shown.size);
    ImGui::PopItemFlag();
    ui.probe.track("hotspot:picture");
    if (ImGui::IsItemHovered()) {
        // The alt text can be long: wrapped, so that it never runs off the window.
        ImGui::BeginTooltip();
        wrappedText(ui, picture.alt.plain(ui.language()), ui.fonts.body, ui.palette.text, 420 * ui.scale);
        ImGui::EndTooltip();
    }
    ImGui::GetWindowDrawList()->AddImage(texture->id, shown.origin,
                                         ImVec2(shown.origin.x + shown.size.x, shown.origin.y + shown.size.y));
    return shown;
}

void outlineRegion(const ShownPicture& picture, const HotspotRegion& region, ImU32 colour, float thickness)
{
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // A light halo under the line, so that it stands out on a picture of the same colour.
    const ImU32 halo = IM_COL32(255, 255, 255, 210);
    if (region.shape == RegionShape::Rect) {
        const PictureBox box = regionBounds(region);
        const ImVec2 min = picture.toScreen({box.minX, box.minY}), max = picture.toScreen({box.maxX, box.maxY});
        draw->AddRect(min, max, halo, 0, 0, thickness + 3);
        draw->AddRect(min, max, colour, 0, 0, thickness);
        return;
    }
    std::vector<ImVec2> corners;
    for (const PicturePoint& p : region.points) corners.push_back(picture.toScreen(p));
    draw->AddPolyline(corners.data(), static_cast<int>(corners.size()), halo, ImDrawFlags_Closed, thickness + 3);
    draw->AddPolyline(corners.data(), static_cast<int>(corners.size()), colour, ImDrawFlags_Closed, thickness);
}

void numberBadge(UiContext& ui, ImVec2 at, int number, ImU32 colour)
{
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float radius = 11 * ui.scale;
    draw->AddCircleFilled(at, radius, colour);
    draw->AddCircle(at, radius, IM_COL32(255, 255, 255, 255), 0, 1.5f * ui.scale);
    const std::string digit = std::to_string(number);
    const ImVec2 size = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, digit.c_str());
    draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(at.x - size.x / 2, at.y - size.y / 2),
                  IM_COL32(255, 255, 255, 255), digit.c_str());
}

} // namespace mamori::app::ui
