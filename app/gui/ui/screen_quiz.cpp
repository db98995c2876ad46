// The quiz runner: one question at a time, a navigator, the timer, certainty, immediate
// feedback, and submission.

#include "answer_text.hpp"
#include "kinds/kind_widget.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cmath>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;

std::string clock(std::chrono::seconds left)
{
    const long long s = left.count();
    char text[48];
    std::snprintf(text, sizeof text, "%lld:%02lld", s / 60, s % 60);
    return text;
}

void navigator(UiContext& ui, const QuizView& view)
{
    for (std::size_t i = 0; i < view.answered.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        const bool current = static_cast<int>(i) == view.index;
        const bool answered = view.answered[i];
        ImGui::PushStyleColor(ImGuiCol_Button, current ? ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive)
                                                       : answered ? ImGui::ColorConvertU32ToFloat4(ui.palette.mutedText)
                                                                  : ImGui::GetStyleColorVec4(ImGuiCol_FrameBgActive));
        ImGui::PushStyleColor(ImGuiCol_Text, current || answered ? IM_COL32(255, 255, 255, 255) : ui.palette.text);
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Button(std::to_string(i + 1).c_str(), ImVec2(34 * ui.scale, 0))) ui.emit(action::ShowQuestion{static_cast<int>(i)});
        ImGui::PopID();
        ImGui::PopStyleColor(2);
        ui.probe.track("quiz:nav:" + std::to_string(i + 1));
    }
}

void certaintyPicker(UiContext& ui, const Draft& draft, bool locked)
{
    wrappedText(ui, ui.t("quiz.certainty"), ui.fonts.bold, ui.palette.text);
    const std::tuple<Certainty, const char*, const char*> levels[] = {{Certainty::Low, "low", "quiz.certainty-low"},
                                                                      {Certainty::Medium, "medium", "quiz.certainty-medium"},
                                                                      {Certainty::High, "high", "quiz.certainty-high"}};
    for (const auto& [level, id, key] : levels) {
        ImGui::SameLine();
        const bool chosen = draft.certainty == level;
        if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ui.palette.heading);
        if (button(ui, std::string("certainty:") + id, ui.t(key), !locked)) ui.emit(action::PickCertainty{level});
        if (chosen) ImGui::PopStyleColor();
    }
    wrappedText(ui, ui.t("quiz.certainty-scale"), ui.fonts.small, ui.palette.mutedText);
}

void submitDialog(UiContext& ui, int unanswered)
{
    box(ui, ui.palette.warningBackground, ui.palette.warning, [&] {
        wrappedText(ui, unanswered > 0 ? ui.f("quiz.submit-unanswered", {std::to_string(unanswered)}) : ui.t("quiz.submit-ready"),
                    ui.fonts.bold, ui.palette.text);
        if (button(ui, "quiz:submit-confirm", ui.t("quiz.submit"), true, true)) ui.emit(action::SubmitQuiz{});
        ImGui::SameLine();
        if (button(ui, "quiz:submit-cancel", ui.t("quiz.keep-going"))) ui.emit(action::CancelSubmit{});
    });
}

} // namespace

void drawQuiz(UiContext& ui)
{
    if (!ui.model.views.quiz) return;
    const QuizView& view = *ui.model.views.quiz;
    const Question& question = *view.question;
    const AnswerFeedback* feedback = view.feedback ? &*view.feedback : nullptr;

    screenFrame(
        ui,
        [&] {
            wrappedText(ui, view.pack->title.plain(ui.language()) + "  ＞  " + view.quiz->title.plain(ui.language()), ui.fonts.small,
                        ui.palette.mutedText);
            ImGui::PushFont(ui.fonts.heading);
            ImGui::TextUnformatted(ui.f("quiz.question-of", {std::to_string(view.index + 1), std::to_string(view.count)}).c_str());
            ImGui::PopFont();
            if (view.deadline) {
                const auto left = std::max(std::chrono::seconds(0), std::chrono::duration_cast<std::chrono::seconds>(*view.deadline - ui.now));
                ImGui::SameLine();
                ImGui::PushFont(ui.fonts.heading);
                ImGui::PushStyleColor(ImGuiCol_Text, left.count() < 60 ? ui.palette.wrong : ui.palette.mutedText);
                ImGui::TextUnformatted(ui.f("quiz.time-left", {clock(left)}).c_str());
                ImGui::PopStyleColor();
                ImGui::PopFont();
            }
            navigator(ui, view);
            gap(ui, 8);
            box(ui, ui.palette.cardBackground, ui.palette.heading, [&] {
                ImGui::PushFont(ui.fonts.small);
                ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
                ImGui::TextUnformatted((std::string(ui.t(kindWidget(question.kind).hintKey)) + "  ·  " +
                                        ui.f("quiz.points", {std::to_string(question.points)}))
                                           .c_str());
                ImGui::PopStyleColor();
                ImGui::PopFont();
                localizedText(ui, question.prompt, ui.fonts.heading, ui.palette.text);
            });
            gap(ui, 6);
            drawAnswerWidgets(ui, question, view.planned, view.draft, view.locked, feedback);
            if (view.quiz->certainty) {
                gap(ui, 6);
                certaintyPicker(ui, view.draft, view.locked);
            }
            if (feedback) {
                gap(ui, 8);
                answerFeedback(ui, question, feedback->grade, view.draft, std::make_pair(feedback->score, feedback->maxScore));
            } else if (view.locked) {
                wrappedText(ui, ui.t("quiz.already-answered"), ui.fonts.small, ui.palette.mutedText);
            } else if (!view.immediate && view.answeredThis) {
                wrappedText(ui, ui.t("quiz.saved-can-change"), ui.fonts.small, ui.palette.mutedText);
            }
            if (view.askingToSubmit) {
                gap(ui, 8);
                submitDialog(ui, view.unanswered);
            }
        },
        [&] {
            if (button(ui, "quiz:previous", ui.t("quiz.previous"), view.index > 0)) ui.emit(action::ShowQuestion{view.index - 1});
            ImGui::SameLine();
            if (view.locked) {
                const Action onward = view.last ? Action(action::AskSubmit{}) : Action(action::ShowQuestion{view.index + 1});
                if (button(ui, "quiz:next", view.last ? ui.t("quiz.finish") : ui.t("quiz.next"), true, true)) ui.emit(onward);
                if (enterPressed()) ui.emit(onward);
            } else {
                if (button(ui, "quiz:confirm", ui.t("quiz.confirm"), view.canConfirm, true)) ui.emit(action::ConfirmAnswer{});
                if (enterPressed() && view.canConfirm && kindWidget(question.kind).enterConfirms) ui.emit(action::ConfirmAnswer{});
            }
            ImGui::SameLine();
            ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - 160 * ui.scale));
            if (button(ui, "quiz:submit", ui.t("quiz.submit-attempt"))) ui.emit(action::AskSubmit{});
        });
}

} // namespace mamori::app::ui
