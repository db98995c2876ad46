// `<truefalse answer="…">`: a statement, true or false.

#include "kinds/kind_reader.hpp"

namespace mamori::lessons::detail {
namespace {

AnswerKey readTrueFalse(const XMLElement& element, ReadContext& context, const std::string&)
{
    TrueFalseAnswer answer;
    answer.answer = context.boolean(element, "answer").value_or(true);
    answer.feedbackTrue = readOptionalText(element, "feedback-true", context);
    answer.feedbackFalse = readOptionalText(element, "feedback-false", context);
    return answer;
}

void visitTrueFalse(const Question& question, const std::function<void(const LocalizedText&)>& visit)
{
    if (const TrueFalseAnswer* key = question.trueFalse()) visit(key->feedbackTrue), visit(key->feedbackFalse);
}

} // namespace

const KindReader& trueFalseReader()
{
    static const KindReader reader{
        .element = "truefalse",
        .attributes = {{"answer", true}},
        .answerSlots = {{{"feedback-true"}, 0, 1}, {{"feedback-false"}, 0, 1}},
        .partRules = {{"feedback-true", {}, {}, TextContent::Localized},
                      {"feedback-false", {}, {}, TextContent::Localized}},
        .readKey = &readTrueFalse,
        .visitTexts = &visitTrueFalse,
    };
    return reader;
}

} // namespace mamori::lessons::detail
