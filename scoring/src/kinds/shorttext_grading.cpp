// Short text: the learner types an answer; 1 when it matches an accepted one after
// normalizeAnswer (case, spaces and full-width forms ignored).

#include "kinds/kind_rules.hpp"

#include "mamori/lessons/answer_normalizer.hpp"
#include "mamori/scoring/learner_input.hpp"

namespace mamori::scoring::detail {
namespace {

using namespace mamori::lessons;

Grade gradeShortText(const Question& question, const Response& response)
{
    const ShortTextAnswer* key = question.shortText();
    const std::string typed = normalizeAnswer(response.text);
    if (!key || typed.empty()) return gradeOf(0.0);
    for (const std::string& accepted : key->accepted) {
        if (normalizeAnswer(accepted) == typed) return gradeOf(1.0);
    }
    return gradeOf(0.0);
}

Response firstAccepted(const Question& question)
{
    Response response;
    if (const ShortTextAnswer* key = question.shortText(); key && !key->accepted.empty())
        response.text = key->accepted.front();
    return response;
}

std::optional<std::string> shortTextProblem(const Question&, const Response& response)
{
    if (!response.choices.empty() || !response.matches.empty()) return "must be typed text";
    if (auto problem = typedAnswerProblem(response.text)) return "is refused: " + *problem;
    return std::nullopt;
}

} // namespace

extern const KindRules kShortTextRules{
    .grade = &gradeShortText,
    .correctResponse = &firstAccepted,
    .shapeProblem = &shortTextProblem,
    .partOrder = &noParts,
};

} // namespace mamori::scoring::detail
