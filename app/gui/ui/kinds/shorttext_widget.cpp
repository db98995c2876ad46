// Short text on screen: one text field; Enter in it confirms. Locked, it shows the accepted answers.

#include "kinds/kind_widget.hpp"

#include "widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;

void drawShortText(UiContext& ui, const Question& question, const scoring::PlannedQuestion&, const Draft& draft,
                   bool locked)
{
    const ShortTextAnswer* key = question.shortText();
    if (!key) return;
    std::string text = draft.text;
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 520 * ui.scale));
    ImGui::BeginDisabled(locked);
    const bool enter =
        ImGui::InputTextWithHint("##answer", ui.t("quiz.type-here"), &text,
                                 ImGuiInputTextFlags_AutoSelectAll | ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::EndDisabled();
    ui.probe.track("answer-text");
    if (!locked && text != draft.text) ui.emit(action::EditAnswerText{text});
    if (enter && !locked) ui.emit(action::ConfirmAnswer{});
    if (locked) {
        std::string accepted;
        for (const std::string& a : key->accepted) accepted += (accepted.empty() ? "" : " / ") + a;
        wrappedText(ui, ui.t("quiz.accepted") + std::string(" ") + accepted, ui.fonts.body, ui.palette.right);
    }
}

} // namespace

// Enter belongs to the text field, which confirms by itself.
extern const KindWidget kShortTextWidget{
    .hintKey = "quiz.hint-shorttext", .enterConfirms = false, .draw = &drawShortText};

} // namespace mamori::app::ui
