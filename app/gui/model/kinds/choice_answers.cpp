// Single choice and multiple response in the app: the picked choices, listed by their text.

#include "kinds/kind_answers.hpp"

namespace mamori::app {
namespace {

using namespace mamori::lessons;
using scoring::Response;

void loadPicks(const Question&, const Response& response, Draft& draft)
{
    draft.selected = response.choices;
}

Response picks(const Question&, const Draft& draft)
{
    Response response;
    response.choices = draft.selected;
    return response;
}

bool somethingPicked(const Question&, const Draft& draft)
{
    return !draft.selected.empty();
}

const LocalizedText* choiceText(const Question& question, const std::string& id)
{
    if (const ChoiceAnswer* key = question.choices()) {
        for (const Choice& c : key->choices) {
            if (c.id == id) return &c.text;
        }
    }
    return nullptr;
}

std::vector<std::string> describePicks(const Question& question, const Response& response, Language language,
                                       const UiStrings&)
{
    std::vector<std::string> lines;
    for (const std::string& id : response.choices) {
        const LocalizedText* text = choiceText(question, id);
        lines.push_back(text ? text->plain(language) : id);
    }
    return lines;
}

std::vector<const LocalizedText*> pickedFeedback(const Question& question, const Response& response, bool)
{
    std::vector<const LocalizedText*> texts;
    const ChoiceAnswer* key = question.choices();
    if (!key) return texts;
    for (const std::string& id : response.choices) {
        for (const Choice& c : key->choices) {
            if (c.id == id && !c.feedback.empty()) texts.push_back(&c.feedback);
        }
    }
    return texts;
}

} // namespace

extern const KindAnswers kSingleChoiceAnswers{
    .startDraft = &emptyDraft,
    .loadDraft = &loadPicks,
    .responseOf = &picks,
    .isComplete = &somethingPicked,
    .picksMany = false,
    .describe = &describePicks,
    .describeCorrect = &describeCorrectResponse,
    .feedback = &pickedFeedback,
};
extern const KindAnswers kMultipleResponseAnswers{
    .startDraft = &emptyDraft,
    .loadDraft = &loadPicks,
    .responseOf = &picks,
    .isComplete = &somethingPicked,
    .picksMany = true,
    .describe = &describePicks,
    .describeCorrect = &describeCorrectResponse,
    .feedback = &pickedFeedback,
};

} // namespace mamori::app
