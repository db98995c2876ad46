// The answer widgets of each question kind: choice rows, true/false, ordering with drag and
// drop and move buttons, matching by number, and typed text.

#include "answer_text.hpp"
#include "drafts.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;

const Choice* findChoice(const ChoiceAnswer& key, const std::string& id)
{
    auto it = std::find_if(key.choices.begin(), key.choices.end(), [&](const Choice& c) { return c.id == id; });
    return it == key.choices.end() ? nullptr : &*it;
}

bool isSelected(const Draft& draft, const std::string& id)
{
    return std::find(draft.selected.begin(), draft.selected.end(), id) != draft.selected.end();
}

void choices(UiContext& ui, const Question& q, const ChoiceAnswer& key, const scoring::PlannedQuestion& planned, const Draft& draft,
             bool locked)
{
    const bool multiple = q.kind == QuestionKind::MultipleResponse;
    int number = 0;
    for (const std::string& id : planned.order) {
        const Choice* choice = findChoice(key, id);
        if (!choice) continue;
        ++number;
        Mark mark = Mark::None;
        if (locked) {
            if (choice->correct) mark = Mark::Right;
            else if (isSelected(draft, id)) mark = Mark::Wrong;
        }
        if (choiceRow(ui, "choice:" + id, number, choice->text, isSelected(draft, id), multiple, mark, !locked)) {
            ui.emit(action::PickChoice{id});
        }
        gap(ui, 2);
    }
    if (const int digit = digitPressed(); !locked && digit > 0 && digit <= static_cast<int>(planned.order.size())) {
        ui.emit(action::PickChoice{planned.order[static_cast<std::size_t>(digit - 1)]});
    }
}

void trueFalse(UiContext& ui, const TrueFalseAnswer& key, const Draft& draft, bool locked)
{
    const std::pair<const char*, const char*> replies[] = {{"true", "quiz.true"}, {"false", "quiz.false"}};
    int number = 0;
    for (const auto& [id, label] : replies) {
        ++number;
        LocalizedText text;
        text.set(ui.language(), RichText{{Span{ui.t(label), Emphasis::None}}});
        Mark mark = Mark::None;
        const bool isAnswer = (std::string_view(id) == "true") == key.answer;
        if (locked) mark = isAnswer ? Mark::Right : isSelected(draft, id) ? Mark::Wrong : Mark::None;
        if (choiceRow(ui, std::string("tf:") + id, number, text, isSelected(draft, id), false, mark, !locked)) {
            ui.emit(action::PickChoice{id});
        }
        gap(ui, 2);
    }
    if (const int digit = digitPressed(); !locked && (digit == 1 || digit == 2)) ui.emit(action::PickChoice{digit == 1 ? "true" : "false"});
}

void ordering(UiContext& ui, const OrderingAnswer& key, const Draft& draft, bool locked)
{
    const float buttonsWidth = 96 * ui.scale;
    for (std::size_t i = 0; i < draft.order.size(); ++i) {
        const std::string& id = draft.order[i];
        auto step = std::find_if(key.steps.begin(), key.steps.end(), [&](const Step& s) { return s.id == id; });
        if (step == key.steps.end()) continue;
        const Mark mark = locked ? (key.steps[i].id == id ? Mark::Right : Mark::Wrong) : Mark::None;
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
        if (button(ui, "step-down:" + id, "↓", !locked && i + 1 < draft.order.size())) ui.emit(action::MoveStep{id, +1});
        gap(ui, 2);
    }
}

void matching(UiContext& ui, const MatchingAnswer& key, const scoring::PlannedQuestion& planned, const Draft& draft, bool locked)
{
    // The right-hand items, numbered in the order planned for this attempt.
    auto rightText = [&](const std::string& id) -> const LocalizedText* {
        for (const MatchPair& p : key.pairs) {
            if (p.id == id) return &p.right;
        }
        for (const Distractor& d : key.distractors) {
            if (d.id == id) return &d.text;
        }
        return nullptr;
    };
    wrappedText(ui, ui.t("quiz.matching-options"), ui.fonts.bold, ui.palette.text);
    for (std::size_t i = 0; i < planned.order.size(); ++i) {
        const LocalizedText* text = rightText(planned.order[i]);
        if (!text) continue;
        ImGui::TextUnformatted((std::to_string(i + 1) + ".").c_str());
        ImGui::SameLine(28 * ui.scale);
        localizedText(ui, *text, ui.fonts.body, ui.palette.text);
    }
    gap(ui, 6);
    wrappedText(ui, ui.t("quiz.matching-pick"), ui.fonts.bold, ui.palette.text);
    char letter = 'A';
    for (const MatchPair& pair : key.pairs) {
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
                    if (isChosen) ImGui::PushStyleColor(ImGuiCol_Button, ui.palette.heading);
                    else ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgActive));
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
                    const LocalizedText* correct = rightText(pair.id);
                    if (correct) wrappedText(ui, ui.t("quiz.correct-answer") + std::string(" ") + correct->plain(ui.language()), ui.fonts.small, ui.palette.right);
                }
            });
        ImGui::PopID();
        ++letter;
    }
}

void shortText(UiContext& ui, const ShortTextAnswer& key, const Draft& draft, bool locked)
{
    std::string text = draft.text;
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 520 * ui.scale));
    ImGui::BeginDisabled(locked);
    const bool enter = ImGui::InputTextWithHint("##answer", ui.t("quiz.type-here"), &text,
                                                ImGuiInputTextFlags_AutoSelectAll | ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::EndDisabled();
    ui.probe.track("answer-text");
    if (!locked && text != draft.text) ui.emit(action::EditAnswerText{text});
    if (enter && !locked) ui.emit(action::ConfirmAnswer{});
    if (locked) {
        std::string accepted;
        for (const std::string& a : key.accepted) accepted += (accepted.empty() ? "" : " / ") + a;
        wrappedText(ui, ui.t("quiz.accepted") + std::string(" ") + accepted, ui.fonts.body, ui.palette.right);
    }
}

} // namespace

void answerFeedback(UiContext& ui, const Question& question, const scoring::Grade& grade, const Draft& draft,
                    std::optional<std::pair<double, double>> points)
{
    const Palette& p = ui.palette;
    ImU32 colour = p.wrong, background = p.wrongBackground;
    const char* key = "quiz.wrong";
    if (grade.correctness == scoring::Correctness::Right) colour = p.right, background = p.rightBackground, key = "quiz.right";
    if (grade.correctness == scoring::Correctness::PartlyRight) colour = p.partly, background = p.partlyBackground, key = "quiz.partly";
    box(ui, background, colour, [&] {
        ImGui::PushFont(ui.fonts.heading);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        std::string headline = ui.t(key);
        if (points) {
            char text[64];
            std::snprintf(text, sizeof text, "  (%g / %g)", std::round(points->first * 100) / 100, points->second);
            headline += text;
        }
        ImGui::TextUnformatted(headline.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        const bool right = grade.correctness == scoring::Correctness::Right;
        for (const LocalizedText* text : feedbackFor(question, responseFrom(question, draft), right)) {
            localizedText(ui, *text, ui.fonts.body, p.text);
        }
        gap(ui, 4);
        wrappedText(ui, ui.t("quiz.explanation"), ui.fonts.bold, p.text);
        localizedText(ui, question.explanation, ui.fonts.body, p.text);
        if (question.source) {
            wrappedText(ui, ui.t("quiz.source") + std::string(" ") + question.source->text.plain(ui.language()) +
                                (question.source->url.empty() ? "" : "  " + question.source->url),
                        ui.fonts.small, p.mutedText);
        }
    });
}

void drawAnswerWidgets(UiContext& ui, const Question& question, const scoring::PlannedQuestion& planned, const Draft& draft, bool locked,
                       const scoring::AnswerFeedback*)
{
    if (const auto* key = question.choices()) choices(ui, question, *key, planned, draft, locked);
    else if (const auto* key = question.trueFalse()) trueFalse(ui, *key, draft, locked);
    else if (const auto* key = question.ordering()) ordering(ui, *key, draft, locked);
    else if (const auto* key = question.matching()) matching(ui, *key, planned, draft, locked);
    else if (const auto* key = question.shortText()) shortText(ui, *key, draft, locked);
}

} // namespace mamori::app::ui
