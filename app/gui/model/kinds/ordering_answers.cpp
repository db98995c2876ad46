// Ordering in the app: the draft is the current arrangement, starting in the order shown.

#include "kinds/kind_answers.hpp"

namespace mamori::app {
namespace {

using namespace mamori::lessons;
using scoring::Response;

void startInShownOrder(const Question&, const scoring::PlannedQuestion& planned, Draft& draft)
{
    draft.order = planned.order;
}

void loadOrder(const Question&, const Response& response, Draft& draft)
{
    draft.order = response.choices;
}

Response arrangement(const Question&, const Draft& draft)
{
    Response response;
    response.choices = draft.order;
    return response;
}

bool arranged(const Question&, const Draft& draft)
{
    return !draft.order.empty();
}

std::vector<std::string> describeOrder(const Question& question, const Response& response, Language language,
                                       const UiStrings&)
{
    std::vector<std::string> lines;
    const OrderingAnswer* key = question.ordering();
    int position = 1;
    for (const std::string& id : response.choices) {
        const LocalizedText* text = nullptr;
        if (key) {
            for (const Step& s : key->steps) {
                if (s.id == id) text = &s.text;
            }
        }
        lines.push_back(std::to_string(position++) + ". " + (text ? text->plain(language) : id));
    }
    return lines;
}

} // namespace

extern const KindAnswers kOrderingAnswers{
    .startDraft = &startInShownOrder,
    .loadDraft = &loadOrder,
    .responseOf = &arrangement,
    .isComplete = &arranged,
    .picksMany = false,
    .describe = &describeOrder,
    .describeCorrect = &describeCorrectResponse,
    .feedback = &noFeedback,
};

} // namespace mamori::app
