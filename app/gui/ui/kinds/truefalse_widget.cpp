// True/false on screen: two rows, "true" and "false" in the learner's language; 1 and 2 pick.

#include "kinds/kind_widget.hpp"

#include "widgets.hpp"

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;

void drawTrueFalse(UiContext& ui, const Question& question, const scoring::PlannedQuestion&, const Draft& draft,
                   bool locked)
{
    const TrueFalseAnswer* key = question.trueFalse();
    if (!key) return;
    const std::pair<const char*, const char*> replies[] = {{"true", "quiz.true"}, {"false", "quiz.false"}};
    int number = 0;
    for (const auto& [id, label] : replies) {
        ++number;
        LocalizedText text;
        text.set(ui.language(), RichText{{Span{ui.t(label), Emphasis::None}}});
        Mark mark = Mark::None;
        const bool isAnswer = (std::string_view(id) == "true") == key->answer;
        if (locked) mark = isAnswer ? Mark::Right : isPicked(draft, id) ? Mark::Wrong : Mark::None;
        if (choiceRow(ui, std::string("tf:") + id, number, text, isPicked(draft, id), false, mark, !locked)) {
            ui.emit(action::PickChoice{id});
        }
        gap(ui, 2);
    }
    if (const int digit = digitPressed(); !locked && (digit == 1 || digit == 2))
        ui.emit(action::PickChoice{digit == 1 ? "true" : "false"});
}

} // namespace

extern const KindWidget kTrueFalseWidget{
    .hintKey = "quiz.hint-truefalse", .enterConfirms = true, .draw = &drawTrueFalse};

} // namespace mamori::app::ui
