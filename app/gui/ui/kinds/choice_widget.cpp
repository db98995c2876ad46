// Single choice and multiple response on screen: numbered choice rows in the planned order;
// digits pick too.

#include "kinds/kind_widget.hpp"

#include "widgets.hpp"

#include <algorithm>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;

const Choice* findChoice(const ChoiceAnswer& key, const std::string& id)
{
    auto it = std::find_if(key.choices.begin(), key.choices.end(), [&](const Choice& c) { return c.id == id; });
    return it == key.choices.end() ? nullptr : &*it;
}

void drawChoices(UiContext& ui, const Question& question, const scoring::PlannedQuestion& planned, const Draft& draft,
                 bool locked)
{
    const ChoiceAnswer* key = question.choices();
    if (!key) return;
    const bool multiple = question.kind == QuestionKind::MultipleResponse;
    int number = 0;
    for (const std::string& id : planned.order) {
        const Choice* choice = findChoice(*key, id);
        if (!choice) continue;
        ++number;
        Mark mark = Mark::None;
        if (locked) {
            if (choice->correct)
                mark = Mark::Right;
            else if (isPicked(draft, id))
                mark = Mark::Wrong;
        }
        if (choiceRow(ui, "choice:" + id, number, choice->text, isPicked(draft, id), multiple, mark, !locked)) {
            ui.emit(action::PickChoice{id});
        }
        gap(ui, 2);
    }
    if (const int digit = digitPressed(); !locked && digit > 0 && digit <= static_cast<int>(planned.order.size())) {
        ui.emit(action::PickChoice{planned.order[static_cast<std::size_t>(digit - 1)]});
    }
}

} // namespace

extern const KindWidget kSingleChoiceWidget{.hintKey = "quiz.hint-single", .enterConfirms = true, .draw = &drawChoices};
extern const KindWidget kMultipleResponseWidget{
    .hintKey = "quiz.hint-multiple", .enterConfirms = true, .draw = &drawChoices};

} // namespace mamori::app::ui
