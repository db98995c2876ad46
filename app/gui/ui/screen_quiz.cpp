// The quiz runner: one question at a time, a navigator, the timer, certainty, immediate
// feedback, and submission.

#include "answer_text.hpp"
#include "drafts.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include "mamori/scoring/quiz_attempt.hpp"

#include <cmath>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;

const char* hintKey(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::SingleChoice: return "quiz.hint-single";
    case QuestionKind::MultipleResponse: return "quiz.hint-multiple";
    case QuestionKind::TrueFalse: return "quiz.hint-truefalse";
    case QuestionKind::Ordering: return "quiz.hint-ordering";
    case QuestionKind::Matching: return "quiz.hint-matching";
    case QuestionKind::ShortText: return "quiz.hint-shorttext";
    }
    return "";
}

std::string clock(std::chrono::seconds left)
{
    const long long s = left.count();
    char text[48];
    std::snprintf(text, sizeof text, "%lld:%02lld", s / 60, s % 60);
    return text;
}

void navigator(UiContext& ui, const AttemptRecord& attempt)
{
    for (std::size_t i = 0; i < attempt.questions.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        const bool current = static_cast<int>(i) == ui.model.quiz.index;
        const bool answered = attempt.latestAnswer(attempt.questions[i].questionId) != nullptr;
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

void submitDialog(UiContext& ui, const AttemptRecord& attempt)
{
    int unanswered = 0;
    for (const PlannedQuestion& q : attempt.questions) unanswered += attempt.latestAnswer(q.questionId) ? 0 : 1;
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
    const QuizState& state = ui.model.quiz;
    if (!state.pack || !ui.model.session) return;
    const AttemptRecord* attempt = ui.model.session->openAttempt(state.pack->id, state.quiz->id);
    const Question* question = ui.model.activeQuestion();
    const Draft* draft = ui.model.activeDraft();
    if (!attempt || !question || !draft) return;
    const PlannedQuestion& planned = attempt->questions[static_cast<std::size_t>(state.index)];
    const bool immediate = state.quiz->feedback == FeedbackMode::Immediate;
    const bool locked = immediate && attempt->latestAnswer(question->id) != nullptr;
    const AnswerFeedback* feedback = state.feedback && state.feedbackFor == question->id ? &*state.feedback : nullptr;
    const int count = static_cast<int>(attempt->questions.size());

    screenFrame(
        ui,
        [&] {
            wrappedText(ui, state.pack->title.plain(ui.language()) + "  ＞  " + state.quiz->title.plain(ui.language()), ui.fonts.small,
                        ui.palette.mutedText);
            ImGui::PushFont(ui.fonts.heading);
            ImGui::TextUnformatted(ui.f("quiz.question-of", {std::to_string(state.index + 1), std::to_string(count)}).c_str());
            ImGui::PopFont();
            if (const auto left = timeRemaining(*attempt, *state.quiz, ui.now)) {
                ImGui::SameLine();
                ImGui::PushFont(ui.fonts.heading);
                ImGui::PushStyleColor(ImGuiCol_Text, left->count() < 60 ? ui.palette.wrong : ui.palette.mutedText);
                ImGui::TextUnformatted(ui.f("quiz.time-left", {clock(*left)}).c_str());
                ImGui::PopStyleColor();
                ImGui::PopFont();
            }
            navigator(ui, *attempt);
            gap(ui, 8);
            box(ui, ui.palette.cardBackground, ui.palette.heading, [&] {
                ImGui::PushFont(ui.fonts.small);
                ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
                ImGui::TextUnformatted((std::string(ui.t(hintKey(question->kind))) + "  ·  " +
                                        ui.f("quiz.points", {std::to_string(question->points)}))
                                           .c_str());
                ImGui::PopStyleColor();
                ImGui::PopFont();
                localizedText(ui, question->prompt, ui.fonts.heading, ui.palette.text);
            });
            gap(ui, 6);
            drawAnswerWidgets(ui, *question, planned, *draft, locked, feedback);
            if (state.quiz->certainty) {
                gap(ui, 6);
                certaintyPicker(ui, *draft, locked);
            }
            if (feedback) {
                gap(ui, 8);
                answerFeedback(ui, *question, feedback->grade, *draft, std::make_pair(feedback->score, feedback->maxScore));
            } else if (locked) {
                wrappedText(ui, ui.t("quiz.already-answered"), ui.fonts.small, ui.palette.mutedText);
            } else if (!immediate && attempt->latestAnswer(question->id)) {
                wrappedText(ui, ui.t("quiz.saved-can-change"), ui.fonts.small, ui.palette.mutedText);
            }
            if (state.askingToSubmit) {
                gap(ui, 8);
                submitDialog(ui, *attempt);
            }
        },
        [&] {
            if (button(ui, "quiz:previous", ui.t("quiz.previous"), state.index > 0)) ui.emit(action::ShowQuestion{state.index - 1});
            ImGui::SameLine();
            const bool complete = draftIsComplete(*question, *draft) && (!state.quiz->certainty || draft->certainty);
            if (locked) {
                const bool last = state.index + 1 >= count;
                if (button(ui, "quiz:next", last ? ui.t("quiz.finish") : ui.t("quiz.next"), true, true)) {
                    ui.emit(last ? Action(action::AskSubmit{}) : Action(action::ShowQuestion{state.index + 1}));
                }
                if (enterPressed()) ui.emit(last ? Action(action::AskSubmit{}) : Action(action::ShowQuestion{state.index + 1}));
            } else {
                if (button(ui, "quiz:confirm", ui.t("quiz.confirm"), complete, true)) ui.emit(action::ConfirmAnswer{});
                if (enterPressed() && complete && !question->shortText()) ui.emit(action::ConfirmAnswer{});
            }
            ImGui::SameLine();
            ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - 160 * ui.scale));
            if (button(ui, "quiz:submit", ui.t("quiz.submit-attempt"))) ui.emit(action::AskSubmit{});
        });
}

} // namespace mamori::app::ui
