// Hotspot on screen: the picture, scaled to the text size and the width there is, where a click
// chooses the region under it (hotspot_geometry.hpp decides which); below it the same regions
// as a list by label, for the keyboard (Tab or the arrows move, Space or a digit chooses).
// Before grading the picture shows only what was chosen, so it gives nothing away; after it,
// every risk is outlined and what was chosen wrongly is marked.

#include "kinds/kind_widget.hpp"

#include "hotspot_picture.hpp"
#include "widgets.hpp"

#include "mamori/lessons/hotspot_geometry.hpp"

#include <algorithm>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;

/// How a region is marked on the picture and in the list.
struct RegionLook {
    bool outlined = false;
    ImU32 colour = 0;
    float thickness = 1;
    Mark mark = Mark::None;
};

RegionLook lookOf(UiContext& ui, const HotspotRegion& region, bool chosen, bool focused, bool locked)
{
    if (locked) {
        if (region.correct)
            return {true, pictureMark::kRight, (chosen ? 4.0f : 2.0f) * ui.scale, chosen ? Mark::Right : Mark::Partly};
        if (chosen) return {true, pictureMark::kWrong, 3.0f * ui.scale, Mark::Wrong};
        return {};
    }
    if (chosen) return {true, pictureMark::kChosen, 3.0f * ui.scale, Mark::None};
    if (focused) return {true, pictureMark::kFocused, 2.0f * ui.scale, Mark::None}; // the list row the keyboard is on
    return {};
}

void drawHotspot(UiContext& ui, const Question& question, const scoring::PlannedQuestion& planned, const Draft& draft,
                 bool locked)
{
    const HotspotAnswer* key = question.hotspot();
    if (!key) return;
    ImGui::PushID(question.id.c_str());
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID missedId = ImGui::GetID("missed");   // the last click hit no region
    const ImGuiID focusedId = ImGui::GetID("focused"); // the list row the keyboard was on, + 1

    bool clicked = false;
    const std::optional<ShownPicture> shown = drawHotspotPicture(ui, key->picture, clicked);
    if (shown && clicked && !locked) {
        const auto hit = regionAt(key->regions, shown->toPicture(ImGui::GetIO().MousePos));
        storage->SetBool(missedId, !hit);
        if (hit) ui.emit(action::PickChoice{key->regions[*hit].id});
    }

    // Marks on the picture, numbered as in the list; and a spot per region for the script mode.
    const int focusedRow = storage->GetInt(focusedId, 0) - 1;
    int number = 0;
    for (const std::string& id : planned.order) {
        ++number;
        const HotspotRegion* region = key->region(id);
        if (!region || !shown) continue;
        const std::size_t index = static_cast<std::size_t>(region - key->regions.data());
        const auto point = clickPoint(key->regions, index);
        if (point) {
            const ImVec2 at = shown->toScreen(*point);
            ui.probe.trackSpot("hotspot:" + id, {ImVec2(at.x - 1, at.y - 1), ImVec2(at.x + 1, at.y + 1)});
        }
        const bool chosen = isPicked(draft, id);
        const RegionLook look = lookOf(ui, *region, chosen, focusedRow == number - 1, locked);
        if (!look.outlined) continue;
        outlineRegion(*shown, *region, look.colour, look.thickness);
        if (point && (chosen || locked)) numberBadge(ui, shown->toScreen(*point), number, look.colour);
    }

    if (!locked && storage->GetBool(missedId, false)) {
        wrappedText(ui, ui.t("quiz.hotspot-missed"), ui.fonts.body, ui.palette.warning);
        ui.probe.track("hotspot:missed");
    }
    if (locked) wrappedText(ui, ui.t("quiz.hotspot-legend"), ui.fonts.small, ui.palette.mutedText);
    gap(ui, 4);
    if (!locked) wrappedText(ui, ui.t("quiz.hotspot-list"), ui.fonts.small, ui.palette.mutedText);

    // The keyboard's way: the regions by label, in the planned (reading) order.
    int focused = -1;
    number = 0;
    for (const std::string& id : planned.order) {
        ++number;
        const HotspotRegion* region = key->region(id);
        if (!region) continue;
        const bool chosen = isPicked(draft, id);
        const RegionLook look = lookOf(ui, *region, chosen, false, locked);
        if (choiceRow(ui, "region:" + id, number, region->label, chosen, true, look.mark, !locked)) {
            storage->SetBool(missedId, false);
            ui.emit(action::PickChoice{id});
        }
        if (ImGui::IsItemFocused() || ImGui::IsItemHovered()) focused = number - 1;
        gap(ui, 2);
    }
    storage->SetInt(focusedId, focused + 1);
    if (const int digit = digitPressed(); !locked && digit > 0 && digit <= static_cast<int>(planned.order.size())) {
        storage->SetBool(missedId, false);
        ui.emit(action::PickChoice{planned.order[static_cast<std::size_t>(digit - 1)]});
    }
    ImGui::PopID();
}

} // namespace

extern const KindWidget kHotspotWidget{.hintKey = "quiz.hint-hotspot", .enterConfirms = true, .draw = &drawHotspot};

} // namespace mamori::app::ui
