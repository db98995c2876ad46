// True/false in the app: the reply in the learner's words, and the feedback written for it.

#include "kinds/kind_answers.hpp"

namespace mamori::app {
namespace {

using namespace mamori::lessons;
using scoring::Response;

void loadReply(const Question&, const Response& response, Draft& draft)
{
    draft.selected = response.choices;
}

Response reply(const Question&, const Draft& draft)
{
    Response response;
    response.choices = draft.selected;
    return response;
}

bool replied(const Question&, const Draft& draft)
{
    return !draft.selected.empty();
}

std::vector<std::string> describeReply(const Question&, const Response& response, Language language,
                                       const UiStrings& strings)
{
    std::vector<std::string> lines;
    for (const std::string& answer : response.choices)
        lines.push_back(strings.get(answer == "true" ? "quiz.true" : "quiz.false", language));
    return lines;
}

std::vector<const LocalizedText*> replyFeedback(const Question& question, const Response& response, bool)
{
    std::vector<const LocalizedText*> texts;
    const TrueFalseAnswer* key = question.trueFalse();
    if (!key || response.choices.empty()) return texts;
    const LocalizedText& f = response.choices.front() == "true" ? key->feedbackTrue : key->feedbackFalse;
    if (!f.empty()) texts.push_back(&f);
    return texts;
}

} // namespace

extern const KindAnswers kTrueFalseAnswers{
    .startDraft = &emptyDraft,
    .loadDraft = &loadReply,
    .responseOf = &reply,
    .isComplete = &replied,
    .picksMany = false,
    .describe = &describeReply,
    .describeCorrect = &describeCorrectResponse,
    .feedback = &replyFeedback,
};

} // namespace mamori::app
