// Ordering: the learner lists every step in their order. (L − 1)/(n − 1), L the longest run of
// steps (not necessarily adjacent) in the right relative order, n the number of steps;
// all-or-nothing: 1 only when exact.

#include "kinds/kind_rules.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace mamori::scoring::detail {
namespace {

using namespace mamori::lessons;

/// The longest subsequence of `positions` that is strictly increasing (patience sorting).
std::size_t longestIncreasingRun(const std::vector<int>& positions)
{
    std::vector<int> tails;
    for (int p : positions) {
        auto it = std::lower_bound(tails.begin(), tails.end(), p);
        if (it == tails.end())
            tails.push_back(p);
        else
            *it = p;
    }
    return tails.size();
}

Grade gradeOrdering(const Question& question, const Response& response)
{
    const OrderingAnswer* key = question.ordering();
    if (!key) return gradeOf(0.0);
    const std::size_t n = key->steps.size();
    std::map<std::string, int> correctPosition;
    for (std::size_t i = 0; i < n; ++i) correctPosition[key->steps[i].id] = static_cast<int>(i);
    // A valid response names every step exactly once; anything else earns nothing.
    std::set<std::string> seen(response.choices.begin(), response.choices.end());
    if (response.choices.size() != n || seen.size() != n) return gradeOf(0.0);
    std::vector<int> positions;
    for (const std::string& id : response.choices) {
        auto it = correctPosition.find(id);
        if (it == correctPosition.end()) return gradeOf(0.0);
        positions.push_back(it->second);
    }
    const std::size_t run = longestIncreasingRun(positions);
    if (key->allOrNothing) return gradeOf(run == n ? 1.0 : 0.0);
    if (n < 2) return gradeOf(run == n ? 1.0 : 0.0);
    return gradeOf(static_cast<double>(run - 1) / static_cast<double>(n - 1));
}

Response correctOrder(const Question& question)
{
    Response response;
    if (const OrderingAnswer* key = question.ordering()) {
        for (const Step& s : key->steps) response.choices.push_back(s.id);
    }
    return response;
}

std::optional<std::string> orderingProblem(const Question& question, const Response& response)
{
    std::set<std::string> ids;
    if (const OrderingAnswer* key = question.ordering()) {
        for (const Step& s : key->steps) ids.insert(s.id);
    }
    const std::set<std::string> given(response.choices.begin(), response.choices.end());
    if (given != ids || response.choices.size() != ids.size()) return "must list every step exactly once";
    return std::nullopt;
}

std::vector<std::string> stepOrder(const Quiz&, const Question& question, DeterministicRandom& random)
{
    std::vector<std::string> order;
    if (const OrderingAnswer* key = question.ordering()) {
        for (const Step& s : key->steps) order.push_back(s.id);
    }
    shuffleIds(order, random, true); // always: the written order is the answer
    return order;
}

} // namespace

extern const KindRules kOrderingRules{
    .grade = &gradeOrdering,
    .correctResponse = &correctOrder,
    .shapeProblem = &orderingProblem,
    .partOrder = &stepOrder,
};

} // namespace mamori::scoring::detail
