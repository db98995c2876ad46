#pragma once
// Every screen of the app, each drawn by its own file (screen_*.cpp). Screens read the
// model through the UiContext and emit actions; they change nothing themselves.

#include "ui_context.hpp"

#include "mamori/scoring/grading.hpp"

#include <functional>

namespace mamori::app::ui {

/// The whole window: header, notices, and the current screen.
void drawApp(UiContext& ui);

void drawSignIn(UiContext& ui);
void drawCatalog(UiContext& ui);
void drawLesson(UiContext& ui);
/// A page's blocks (headings, paragraphs, lists, callouts, pictures), as the lesson reader shows them.
void drawPageBlocks(UiContext& ui, const lessons::Page& page);
void drawQuiz(UiContext& ui);
void drawResults(UiContext& ui);
void drawScenario(UiContext& ui);
void drawInbox(UiContext& ui);
void drawSettings(UiContext& ui);

/// A screen's common frame: a centred, scrolling column of content and a fixed footer
/// with the screen's main buttons, so they never scroll out of reach.
/// `columnWidth` is the widest the column grows at text size 100 %.
void screenFrame(UiContext& ui, const std::function<void()>& content, const std::function<void()>& footer,
                 float columnWidth = 880);

/// Draws the question-answering widgets of each kind (screen_quiz_widgets.cpp).
void drawAnswerWidgets(UiContext& ui, const lessons::Question& question, const scoring::PlannedQuestion& planned, const Draft& draft,
                       bool locked, const scoring::AnswerFeedback* feedback);

/// Right, wrong or partly right, with the feedback on the learner's answer, the explanation and
/// the source. `points` (earned, available) is shown when given.
void answerFeedback(UiContext& ui, const lessons::Question& question, const scoring::Grade& grade, const Draft& draft,
                    std::optional<std::pair<double, double>> points = std::nullopt);

void drawReviews(UiContext& ui);

} // namespace mamori::app::ui
