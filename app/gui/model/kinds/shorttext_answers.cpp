// Short text in the app: the typed text, every accepted answer as the right one, and the
// feedback written for a wrong answer.

#include "kinds/kind_answers.hpp"

#include "mamori/lessons/answer_normalizer.hpp"

namespace mamori::app {
namespace {

using namespace mamori::lessons;
using scoring::Response;

void loadText(const Question&, const Response& response, Draft& draft)
{
    draft.text = response.text;
}

Response typed(const Question&, const Draft& draft)
{
    Response response;
    response.text = draft.text;
    return response;
}

bool somethingTyped(const Question&, const Draft& draft)
{
    return !normalizeAnswer(draft.text).empty();
}

std::vector<std::string> describeText(const Question&, const Response& response, Language, const UiStrings&)
{
    if (response.text.empty()) return {};
    return {"「" + response.text + "」"};
}

std::vector<std::string> describeAccepted(const Question& question, Language, const UiStrings&)
{
    std::vector<std::string> lines;
    if (const ShortTextAnswer* key = question.shortText()) {
        for (const std::string& accepted : key->accepted) lines.push_back("「" + accepted + "」");
    }
    return lines;
}

std::vector<const LocalizedText*> wrongAnswerFeedback(const Question& question, const Response&, bool right)
{
    const ShortTextAnswer* key = question.shortText();
    if (right || !key || key->feedback.empty()) return {};
    return {&key->feedback};
}

} // namespace

extern const KindAnswers kShortTextAnswers{
    .startDraft = &emptyDraft,
    .loadDraft = &loadText,
    .responseOf = &typed,
    .isComplete = &somethingTyped,
    .picksMany = false,
    .describe = &describeText,
    .describeCorrect = &describeAccepted,
    .feedback = &wrongAnswerFeedback,
};

} // namespace mamori::app
