// Single choice and multiple response: the learner picks choices by id.
//  - single: 1 for the correct choice alone, else 0;
//  - multiple: max(0, c/C − w/W) with c of C correct and w of W wrong choices picked;
//    all-or-nothing: 1 only for exactly the correct set.

#include "kinds/kind_rules.hpp"

#include <set>

namespace mamori::scoring::detail {
namespace {

using namespace mamori::lessons;

Grade gradeSingle(const Question& question, const Response& response)
{
    const ChoiceAnswer* key = question.choices();
    const std::set<std::string> selected(response.choices.begin(), response.choices.end());
    if (!key || selected.size() != 1) return gradeOf(0.0);
    for (const Choice& c : key->choices) {
        if (c.id == *selected.begin()) return gradeOf(c.correct ? 1.0 : 0.0);
    }
    return gradeOf(0.0);
}

Grade gradeMultiple(const Question& question, const Response& response)
{
    const ChoiceAnswer* key = question.choices();
    if (!key) return gradeOf(0.0);
    const std::set<std::string> selected(response.choices.begin(), response.choices.end());
    std::set<std::string> correct, wrong;
    for (const Choice& c : key->choices) (c.correct ? correct : wrong).insert(c.id);
    if (key->allOrNothing) return gradeOf(selected == correct ? 1.0 : 0.0);
    int right = 0, mistaken = 0;
    for (const std::string& id : selected) {
        right += static_cast<int>(correct.count(id));
        mistaken += static_cast<int>(wrong.count(id));
    }
    const double gained = correct.empty() ? 0.0 : static_cast<double>(right) / static_cast<double>(correct.size());
    const double lost = wrong.empty() ? 0.0 : static_cast<double>(mistaken) / static_cast<double>(wrong.size());
    return gradeOf(gained - lost);
}

Response correctChoices(const Question& question)
{
    Response response;
    if (const ChoiceAnswer* key = question.choices()) {
        for (const Choice& c : key->choices) {
            if (c.correct) response.choices.push_back(c.id);
        }
    }
    return response;
}

std::optional<std::string> choicesProblem(const Question& question, const Response& response)
{
    const ChoiceAnswer* key = question.choices();
    std::set<std::string> ids;
    if (key) {
        for (const Choice& c : key->choices) ids.insert(c.id);
    }
    for (const std::string& id : response.choices) {
        if (!ids.count(id)) return "names a choice the question does not have";
    }
    if (question.kind == QuestionKind::SingleChoice && response.choices.size() > 1) return "picks more than one choice";
    if (!response.matches.empty() || !response.text.empty()) return "is not a choice of choices";
    return std::nullopt;
}

std::vector<std::string> choiceOrder(const Quiz& quiz, const Question& question, DeterministicRandom& random)
{
    std::vector<std::string> order;
    if (const ChoiceAnswer* key = question.choices()) {
        for (const Choice& c : key->choices) order.push_back(c.id);
    }
    if (quiz.shuffleChoices) shuffleIds(order, random, false);
    return order;
}

} // namespace

extern const KindRules kSingleChoiceRules{
    .grade = &gradeSingle,
    .correctResponse = &correctChoices,
    .shapeProblem = &choicesProblem,
    .partOrder = &choiceOrder,
};
extern const KindRules kMultipleResponseRules{
    .grade = &gradeMultiple,
    .correctResponse = &correctChoices,
    .shapeProblem = &choicesProblem,
    .partOrder = &choiceOrder,
};

} // namespace mamori::scoring::detail
