// Reviews: questions missed before come back on a schedule; one at a time, with feedback and
// when the question returns next.

#include "drafts.hpp"
#include "screens.hpp"
#include "widgets.hpp"


namespace mamori::app::ui {

using namespace mamori::scoring;

void drawReviews(UiContext& ui)
{
    const ReviewsState& state = ui.model.reviews;
    const int count = static_cast<int>(state.queue.size());
    const bool done = state.index >= count;
    screenFrame(
        ui,
        [&] {
            ImGui::PushFont(ui.fonts.title);
            ImGui::TextUnformatted(ui.t("reviews.title"));
            ImGui::PopFont();
            if (done) {
                box(ui, ui.palette.rightBackground, ui.palette.right,
                    [&] { wrappedText(ui, ui.t(count > 0 ? "reviews.all-done" : "reviews.none"), ui.fonts.bold, ui.palette.text); });
                return;
            }
            const DueReview& due = state.queue[static_cast<std::size_t>(state.index)];
            ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
            ImGui::TextUnformatted(ui.f("reviews.progress", {std::to_string(state.index + 1), std::to_string(count),
                                                            due.pack->title.plain(ui.language())})
                                       .c_str());
            ImGui::PopStyleColor();
            box(ui, ui.palette.cardBackground, ui.palette.heading,
                [&] { localizedText(ui, due.question->prompt, ui.fonts.heading, ui.palette.text); });
            gap(ui, 6);
            drawAnswerWidgets(ui, *due.question, state.planned, state.draft, state.feedback.has_value(), nullptr);
            if (state.feedback) {
                gap(ui, 8);
                answerFeedback(ui, *due.question, state.feedback->grade, state.draft);
                const ReviewOutcome& outcome = state.feedback->outcome;
                std::string next;
                if (outcome.graduated()) {
                    next = ui.t("reviews.graduated");
                } else {
                    next = ui.f("reviews.next", {formatTimestamp(*outcome.due).substr(0, 10)});  // the date
                }
                wrappedText(ui, next, ui.fonts.bold, ui.palette.heading);
            }
        },
        [&] {
            if (done) {
                if (button(ui, "reviews:catalog", ui.t("nav.back-to-catalog"), true, true) || enterPressed()) ui.emit(action::ShowCatalog{});
                return;
            }
            if (state.feedback) {
                if (button(ui, "reviews:next", ui.t("reviews.next-question"), true, true) || enterPressed()) ui.emit(action::NextReview{});
            } else {
                const bool complete = draftIsComplete(*state.queue[static_cast<std::size_t>(state.index)].question, state.draft);
                if (button(ui, "quiz:confirm", ui.t("quiz.confirm"), complete, true) || (enterPressed() && complete)) {
                    ui.emit(action::ConfirmAnswer{});
                }
            }
            ImGui::SameLine();
            if (button(ui, "reviews:leave", ui.t("reviews.leave"))) ui.emit(action::ShowCatalog{});
        });
}

} // namespace mamori::app::ui
