#include "mamori/scoring/grading.hpp"

#include "kinds/kind_rules.hpp"

namespace mamori::scoring {

using namespace mamori::lessons;

Grade grade(const Question& question, const Response& response)
{
    if (response.empty()) return {0.0, Correctness::Unanswered};
    return detail::kindRules(question.kind).grade(question, response);
}

double certaintyMarks(double fraction, Certainty certainty)
{
    const int level = static_cast<int>(certainty);
    static constexpr double kRight[] = {0, 1, 2, 3};
    static constexpr double kWrong[] = {0, 0, -2, -6};
    if (fraction <= 1e-9) return kWrong[level];
    return kRight[level] * fraction;
}

Response correctResponse(const Question& question)
{
    return detail::kindRules(question.kind).correctResponse(question);
}

} // namespace mamori::scoring
