// The answer area of a question: its kind's widget (ui/kinds/), and the feedback after answering.

#include "answer_text.hpp"
#include "drafts.hpp"
#include "kinds/kind_widget.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include <cmath>

namespace mamori::app::ui {

using namespace mamori::lessons;

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
    kindWidget(question.kind).draw(ui, question, planned, draft, locked);
}

} // namespace mamori::app::ui
