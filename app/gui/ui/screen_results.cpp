// Results: the score against the pass mark, attempts left, and a review of every question
// with the learner's answer, the right answer, the explanation and the source.

#include "answer_text.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include "mamori/scoring/quiz_attempt.hpp"

#include <cmath>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", std::round(value * 100) / 100);
    return text;
}

void reviewRow(UiContext& ui, const ReviewRow& row, int position)
{
    const Palette& p = ui.palette;
    const bool partly = !row.right && row.score > 0;
    const ImU32 colour = row.right ? p.right : partly ? p.partly : p.wrong;
    const ImU32 background = row.right ? p.rightBackground : partly ? p.partlyBackground : p.wrongBackground;
    const char* verdict = row.carried ? "results.carried" : row.right ? "quiz.right" : partly ? "quiz.partly" : !row.answer ? "results.unanswered" : "quiz.wrong";
    box(ui, background, colour, [&] {
        ImGui::PushFont(ui.fonts.bold);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted((std::to_string(position) + ".  " + ui.t(verdict) + "  (" + number(row.score) + " / " + number(row.maxScore) + ")").c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        localizedText(ui, row.question->prompt, ui.fonts.body, p.text);
        if (!row.carried) {
            wrappedText(ui, ui.t("results.your-answer"), ui.fonts.bold, p.text);
            const auto yours = row.answer ? describeResponse(*row.question, row.answer->response, ui.language(), ui.strings) : std::vector<std::string>{};
            if (yours.empty()) wrappedText(ui, ui.t("results.no-answer"), ui.fonts.body, p.mutedText);
            for (const std::string& line : yours) wrappedText(ui, "  " + line, ui.fonts.body, p.text);
            if (row.answer) {
                for (const LocalizedText* text : feedbackFor(*row.question, row.answer->response, row.right)) {
                    localizedText(ui, *text, ui.fonts.body, p.mutedText);
                }
            }
        }
        if (!row.right) {
            wrappedText(ui, ui.t("results.right-answer"), ui.fonts.bold, p.text);
            for (const std::string& line : describeCorrectAnswer(*row.question, ui.language(), ui.strings)) {
                wrappedText(ui, "  " + line, ui.fonts.body, p.right);
            }
        }
        wrappedText(ui, ui.t("quiz.explanation"), ui.fonts.bold, p.text);
        localizedText(ui, row.question->explanation, ui.fonts.body, p.text);
        if (row.question->source) {
            wrappedText(ui, ui.t("quiz.source") + std::string(" ") + row.question->source->text.plain(ui.language()) +
                                (row.question->source->url.empty() ? "" : "  " + row.question->source->url),
                        ui.fonts.small, p.mutedText);
        }
    });
    gap(ui, 6);
}

} // namespace

void drawResults(UiContext& ui)
{
    if (!ui.model.views.results) return;
    const ResultsView& view = *ui.model.views.results;
    const AttemptRecord* attempt = &view.attempt;
    const Quiz* quiz = view.quiz;
    const QuizStanding& standing = view.standing;
    const std::vector<ReviewRow>& rows = view.rows;

    screenFrame(
        ui,
        [&] {
            wrappedText(ui, view.pack->title.plain(ui.language()) + "  ＞  " + quiz->title.plain(ui.language()), ui.fonts.small,
                        ui.palette.mutedText);
            const ImU32 colour = attempt->passed ? ui.palette.right : ui.palette.wrong;
            box(ui, attempt->passed ? ui.palette.rightBackground : ui.palette.wrongBackground, colour, [&] {
                ImGui::PushFont(ui.fonts.title);
                ImGui::PushStyleColor(ImGuiCol_Text, colour);
                ImGui::TextUnformatted((std::to_string(std::lround(attempt->percent)) + "%  " +
                                        ui.t(attempt->passed ? "results.passed" : "results.failed"))
                                           .c_str());
                ImGui::PopStyleColor();
                ImGui::PopFont();
                std::string line = ui.f("results.summary", {number(attempt->score), number(attempt->maxScore),
                                                            std::to_string(quiz->passMark), std::to_string(attempt->number)});
                wrappedText(ui, line, ui.fonts.body, ui.palette.text);
                if (attempt->end == AttemptEnd::TimedOut) wrappedText(ui, ui.t("results.timed-out"), ui.fonts.body, ui.palette.warning);
                std::string left = standing.attemptsLeft ? ui.f("results.attempts-left", {std::to_string(*standing.attemptsLeft)})
                                                         : std::string(ui.t("results.attempts-unlimited"));
                if (standing.countedPercent) {
                    left += "  ·  " + ui.f("results.counted", {std::to_string(std::lround(*standing.countedPercent))});
                }
                wrappedText(ui, left, ui.fonts.small, ui.palette.mutedText);
                if (quiz->certainty) wrappedText(ui, ui.t("results.certainty-note"), ui.fonts.small, ui.palette.mutedText);
            });
            gap(ui, 6);
            ImGui::PushFont(ui.fonts.heading);
            ImGui::TextUnformatted(ui.t(view.missedOnly ? "results.review-missed" : "results.review"));
            ImGui::PopFont();
            if (rows.empty()) wrappedText(ui, ui.t("results.nothing-missed"), ui.fonts.body, ui.palette.right);
            int position = 0;
            for (const ReviewRow& row : rows) {
                ++position;
                whenVisible(ui, "row:" + row.question->id, [&] { reviewRow(ui, row, position); });
            }
        },
        [&] {
            if (button(ui, "results:retry", ui.t(quiz->retry == RetryScope::Missed ? "results.retry-missed" : "results.retry"),
                       view.canRetry, !attempt->passed)) {
                ui.emit(action::RetryQuiz{});
            }
            const char* missed = ui.t(view.missedOnly ? "results.show-all" : "results.show-missed");
            sameLineIfRoom(buttonWidth(ui, missed));
            if (button(ui, "results:missed", missed)) ui.emit(action::SetMissedOnly{!view.missedOnly});
            const char* back = ui.t("nav.back-to-catalog");
            sameLineIfRoom(buttonWidth(ui, back, attempt->passed));
            if (button(ui, "results:catalog", back, true, attempt->passed)) ui.emit(action::ShowCatalog{});
        });
}

} // namespace mamori::app::ui
