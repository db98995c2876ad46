#include "mamori/scoring/grading.hpp"

#include "mamori/lessons/answer_normalizer.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace mamori::scoring {
namespace {

using namespace mamori::lessons;

Correctness correctnessOf(double fraction)
{
    if (fraction >= 1.0 - 1e-9) return Correctness::Right;
    if (fraction <= 1e-9) return Correctness::Wrong;
    return Correctness::PartlyRight;
}

Grade fromFraction(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    return {fraction, correctnessOf(fraction)};
}

Grade gradeChoices(const Question& question, const ChoiceAnswer& key, const Response& response)
{
    std::set<std::string> selected(response.choices.begin(), response.choices.end());
    std::set<std::string> correct, wrong;
    for (const Choice& c : key.choices) (c.correct ? correct : wrong).insert(c.id);
    if (question.kind == QuestionKind::SingleChoice) {
        return fromFraction(selected.size() == 1 && correct.count(*selected.begin()) ? 1.0 : 0.0);
    }
    if (key.allOrNothing) return fromFraction(selected == correct ? 1.0 : 0.0);
    int right = 0, mistaken = 0;
    for (const std::string& id : selected) {
        right += static_cast<int>(correct.count(id));
        mistaken += static_cast<int>(wrong.count(id));
    }
    const double gained = correct.empty() ? 0.0 : static_cast<double>(right) / static_cast<double>(correct.size());
    const double lost = wrong.empty() ? 0.0 : static_cast<double>(mistaken) / static_cast<double>(wrong.size());
    return fromFraction(gained - lost);
}

Grade gradeTrueFalse(const TrueFalseAnswer& key, const Response& response)
{
    if (response.choices.size() != 1) return fromFraction(0.0);
    const std::string& reply = response.choices.front();
    const bool right = (reply == "true" && key.answer) || (reply == "false" && !key.answer);
    return fromFraction(right ? 1.0 : 0.0);
}

/// The longest subsequence of `positions` that is strictly increasing (patience sorting).
std::size_t longestIncreasingRun(const std::vector<int>& positions)
{
    std::vector<int> tails;
    for (int p : positions) {
        auto it = std::lower_bound(tails.begin(), tails.end(), p);
        if (it == tails.end()) tails.push_back(p);
        else *it = p;
    }
    return tails.size();
}

Grade gradeOrdering(const OrderingAnswer& key, const Response& response)
{
    const std::size_t n = key.steps.size();
    std::map<std::string, int> correctPosition;
    for (std::size_t i = 0; i < n; ++i) correctPosition[key.steps[i].id] = static_cast<int>(i);
    // A valid response names every step exactly once; anything else earns nothing.
    std::set<std::string> seen(response.choices.begin(), response.choices.end());
    if (response.choices.size() != n || seen.size() != n) return fromFraction(0.0);
    std::vector<int> positions;
    for (const std::string& id : response.choices) {
        auto it = correctPosition.find(id);
        if (it == correctPosition.end()) return fromFraction(0.0);
        positions.push_back(it->second);
    }
    const std::size_t run = longestIncreasingRun(positions);
    if (key.allOrNothing) return fromFraction(run == n ? 1.0 : 0.0);
    if (n < 2) return fromFraction(run == n ? 1.0 : 0.0);
    return fromFraction(static_cast<double>(run - 1) / static_cast<double>(n - 1));
}

Grade gradeMatching(const MatchingAnswer& key, const Response& response)
{
    if (key.pairs.empty()) return fromFraction(0.0);
    std::map<std::string, std::string> chosen;
    for (const auto& [left, right] : response.matches) chosen[left] = right;
    int right = 0;
    for (const MatchPair& pair : key.pairs) {
        auto it = chosen.find(pair.id);
        right += (it != chosen.end() && it->second == pair.id) ? 1 : 0;
    }
    return fromFraction(static_cast<double>(right) / static_cast<double>(key.pairs.size()));
}

Grade gradeShortText(const ShortTextAnswer& key, const Response& response)
{
    const std::string typed = normalizeAnswer(response.text);
    if (typed.empty()) return fromFraction(0.0);
    for (const std::string& accepted : key.accepted) {
        if (normalizeAnswer(accepted) == typed) return fromFraction(1.0);
    }
    return fromFraction(0.0);
}

} // namespace

Grade grade(const Question& question, const Response& response)
{
    if (response.empty()) return {0.0, Correctness::Unanswered};
    if (const auto* key = question.choices()) return gradeChoices(question, *key, response);
    if (const auto* key = question.trueFalse()) return gradeTrueFalse(*key, response);
    if (const auto* key = question.ordering()) return gradeOrdering(*key, response);
    if (const auto* key = question.matching()) return gradeMatching(*key, response);
    if (const auto* key = question.shortText()) return gradeShortText(*key, response);
    return {0.0, Correctness::Wrong};
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
    Response response;
    if (const auto* key = question.choices()) {
        for (const Choice& c : key->choices) {
            if (c.correct) response.choices.push_back(c.id);
        }
    } else if (const auto* key = question.trueFalse()) {
        response.choices.push_back(key->answer ? "true" : "false");
    } else if (const auto* key = question.ordering()) {
        for (const Step& s : key->steps) response.choices.push_back(s.id);
    } else if (const auto* key = question.matching()) {
        for (const MatchPair& p : key->pairs) response.matches.emplace_back(p.id, p.id);
    } else if (const auto* key = question.shortText()) {
        response.text = key->accepted.empty() ? "" : key->accepted.front();
    }
    return response;
}

} // namespace mamori::scoring
