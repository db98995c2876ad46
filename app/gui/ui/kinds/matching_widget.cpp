// Matching on screen: the right-hand items numbered in the planned order, then each left item
// with a button per number.

#include "kinds/kind_widget.hpp"

#include "widgets.hpp"

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;

void drawMatching(UiContext& ui, const Question& question, const scoring::PlannedQuestion& planned, const Draft& draft,
                  bool locked)
{
    const MatchingAnswer* key = question.matching();
    if (!key) return;
    // The right-hand items, numbered in the order planned for this attempt.
    wrappedText(ui, ui.t("quiz.matching-options"), ui.fonts.bold, ui.palette.text);
    for (std::size_t i = 0; i < planned.order.size(); ++i) {
        const LocalizedText* text = key->rightText(planned.order[i]);
        if (!text) continue;
        ImGui::TextUnformatted((std::to_string(i + 1) + ".").c_str());
        ImGui::SameLine(28 * ui.scale);
        localizedText(ui, *text, ui.fonts.body, ui.palette.text);
    }
    gap(ui, 6);
    wrappedText(ui, ui.t("quiz.matching-pick"), ui.fonts.bold, ui.palette.text);
    char letter = 'A';
    for (const MatchPair& pair : key->pairs) {
        ImGui::PushID(pair.id.c_str());
        auto chosen = draft.matches.find(pair.id);
        const bool right = locked && chosen != draft.matches.end() && chosen->second == pair.id;
        box(ui, locked ? (right ? ui.palette.rightBackground : ui.palette.wrongBackground) : ui.palette.cardBackground,
            locked ? (right ? ui.palette.right : ui.palette.wrong) : ui.palette.cardBorder, [&] {
                ImGui::PushFont(ui.fonts.bold);
                ImGui::TextUnformatted(std::string(1, letter).c_str());
                ImGui::PopFont();
                ImGui::SameLine(28 * ui.scale);
                localizedText(ui, pair.left, ui.fonts.body, ui.palette.text);
                for (std::size_t i = 0; i < planned.order.size(); ++i) {
                    const std::string& rightId = planned.order[i];
                    const bool isChosen = chosen != draft.matches.end() && chosen->second == rightId;
                    if (i > 0) ImGui::SameLine();
                    if (isChosen)
                        ImGui::PushStyleColor(ImGuiCol_Button, ui.palette.heading);
                    else
                        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgActive));
                    ImGui::PushStyleColor(ImGuiCol_Text, isChosen ? IM_COL32(255, 255, 255, 255) : ui.palette.text);
                    if (!locked) ImGui::PushID(static_cast<int>(i));
                    const std::string label = std::to_string(i + 1);
                    ImGui::BeginDisabled(locked);
                    if (ImGui::Button(label.c_str(), ImVec2(38 * ui.scale, 0)) && !locked) {
                        ui.emit(action::MatchItem{pair.id, isChosen ? "" : rightId});
                    }
                    ImGui::EndDisabled();
                    ui.probe.track("match:" + pair.id + ":" + rightId);
                    if (!locked) ImGui::PopID();
                    ImGui::PopStyleColor(2);
                }
                if (locked && !right) {
                    const LocalizedText* correct = key->rightText(pair.id);
                    if (correct)
                        wrappedText(ui, ui.t("quiz.correct-answer") + std::string(" ") + correct->plain(ui.language()),
                                    ui.fonts.small, ui.palette.right);
                }
            });
        ImGui::PopID();
        ++letter;
    }
}

} // namespace

extern const KindWidget kMatchingWidget{.hintKey = "quiz.hint-matching", .enterConfirms = true, .draw = &drawMatching};

} // namespace mamori::app::ui
