// Matching: the learner pairs each left item with a right item (a pair's partner or a
// distractor). The share of left items given their right partner.

#include "kinds/kind_rules.hpp"

#include <map>
#include <set>

namespace mamori::scoring::detail {
namespace {

using namespace mamori::lessons;

Grade gradeMatching(const Question& question, const Response& response)
{
    const MatchingAnswer* key = question.matching();
    if (!key || key->pairs.empty()) return gradeOf(0.0);
    std::map<std::string, std::string> chosen;
    for (const auto& [left, right] : response.matches) chosen[left] = right;
    int right = 0;
    for (const MatchPair& pair : key->pairs) {
        auto it = chosen.find(pair.id);
        right += (it != chosen.end() && it->second == pair.id) ? 1 : 0;
    }
    return gradeOf(static_cast<double>(right) / static_cast<double>(key->pairs.size()));
}

Response correctMatches(const Question& question)
{
    Response response;
    if (const MatchingAnswer* key = question.matching()) {
        for (const MatchPair& p : key->pairs) response.matches.emplace_back(p.id, p.id);
    }
    return response;
}

std::optional<std::string> matchingProblem(const Question& question, const Response& response)
{
    std::set<std::string> lefts, rights;
    if (const MatchingAnswer* key = question.matching()) {
        for (const MatchPair& p : key->pairs) lefts.insert(p.id), rights.insert(p.id);
        for (const Distractor& d : key->distractors) rights.insert(d.id);
    }
    std::set<std::string> seen;
    for (const auto& [left, right] : response.matches) {
        if (!lefts.count(left) || !rights.count(right)) return "matches an item the question does not have";
        if (!seen.insert(left).second) return "matches one item twice";
    }
    return std::nullopt;
}

std::vector<std::string> rightItemOrder(const Quiz&, const Question& question, DeterministicRandom& random)
{
    std::vector<std::string> order;
    if (const MatchingAnswer* key = question.matching()) {
        for (const MatchPair& p : key->pairs) order.push_back(p.id);
        for (const Distractor& d : key->distractors) order.push_back(d.id);
    }
    shuffleIds(order, random, true); // always: the written order pairs them up
    return order;
}

} // namespace

extern const KindRules kMatchingRules{
    .grade = &gradeMatching,
    .correctResponse = &correctMatches,
    .shapeProblem = &matchingProblem,
    .partOrder = &rightItemOrder,
};

} // namespace mamori::scoring::detail
