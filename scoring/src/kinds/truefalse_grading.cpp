// True/false: the learner answers "true" or "false"; 1 when it is the statement's truth.

#include "kinds/kind_rules.hpp"

namespace mamori::scoring::detail {
namespace {

using namespace mamori::lessons;

Grade gradeTrueFalse(const Question& question, const Response& response)
{
    const TrueFalseAnswer* key = question.trueFalse();
    if (!key || response.choices.size() != 1) return gradeOf(0.0);
    const std::string& reply = response.choices.front();
    const bool right = (reply == "true" && key->answer) || (reply == "false" && !key->answer);
    return gradeOf(right ? 1.0 : 0.0);
}

Response correctTrueFalse(const Question& question)
{
    Response response;
    if (const TrueFalseAnswer* key = question.trueFalse()) response.choices.push_back(key->answer ? "true" : "false");
    return response;
}

std::optional<std::string> trueFalseProblem(const Question&, const Response& response)
{
    if (response.choices.size() != 1 || (response.choices[0] != "true" && response.choices[0] != "false")) {
        return "must be true or false";
    }
    return std::nullopt;
}

} // namespace

extern const KindRules kTrueFalseRules{
    .grade = &gradeTrueFalse,
    .correctResponse = &correctTrueFalse,
    .shapeProblem = &trueFalseProblem,
    .partOrder = &noParts,
};

} // namespace mamori::scoring::detail
