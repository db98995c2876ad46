// Ordering on screen: the steps in the learner's arrangement, dragged onto another row or
// moved with the arrows.

#include "kinds/kind_widget.hpp"

#include "widgets.hpp"

#include <algorithm>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;

void drawOrdering(UiContext& ui, const Question& question, const scoring::PlannedQuestion&, const Draft& draft,
                  bool locked)
{
    const OrderingAnswer* key = question.ordering();
    if (!key) return;
    const float buttonsWidth = 96 * ui.scale;
    for (std::size_t i = 0; i < draft.order.size(); ++i) {
        const std::string& id = draft.order[i];
        auto step = std::find_if(key->steps.begin(), key->steps.end(), [&](const Step& s) { return s.id == id; });
        if (step == key->steps.end()) continue;
        const Mark mark = locked ? (key->steps[i].id == id ? Mark::Right : Mark::Wrong) : Mark::None;
        // The row shows its position; it can be dragged onto another row, or moved with the arrows.
        choiceRow(ui, "step:" + id, static_cast<int>(i) + 1, step->text, false, false, mark, !locked,
                  ImGui::GetContentRegionAvail().x - buttonsWidth, false);
        if (!locked && ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload("mamori-step", id.c_str(), id.size() + 1);
            ImGui::TextUnformatted(step->text.plain(ui.language()).c_str());
            ImGui::EndDragDropSource();
        }
        if (!locked && ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload("mamori-step")) {
                ui.emit(action::PlaceStep{static_cast<const char*>(payload->Data), static_cast<int>(i)});
            }
            ImGui::EndDragDropTarget();
        }
        ImGui::SameLine();
        if (button(ui, "step-up:" + id, "↑", !locked && i > 0)) ui.emit(action::MoveStep{id, -1});
        ImGui::SameLine();
        if (button(ui, "step-down:" + id, "↓", !locked && i + 1 < draft.order.size()))
            ui.emit(action::MoveStep{id, +1});
        gap(ui, 2);
    }
}

} // namespace

extern const KindWidget kOrderingWidget{.hintKey = "quiz.hint-ordering", .enterConfirms = true, .draw = &drawOrdering};

} // namespace mamori::app::ui
