#include "mamori/scoring/attempt_plan.hpp"

#include "kinds/kind_rules.hpp"
#include "mamori/scoring/random.hpp"

#include <algorithm>

namespace mamori::scoring {
namespace {

using namespace mamori::lessons;

PlannedQuestion planQuestion(const Quiz& quiz, const Question& question, DeterministicRandom& random)
{
    return {question.id, detail::kindRules(question.kind).partOrder(quiz, question, random)};
}

} // namespace

PlannedQuestion planQuestion(const Quiz& quiz, const Question& question, std::uint64_t seed)
{
    DeterministicRandom random(seed);
    return planQuestion(quiz, question, random);
}

AttemptPlan planAttempt(const Quiz& quiz, std::uint64_t seed, const std::vector<std::string>& onlyFrom)
{
    DeterministicRandom random(seed);
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < quiz.pool.size(); ++i) {
        if (onlyFrom.empty() || std::find(onlyFrom.begin(), onlyFrom.end(), quiz.pool[i].id) != onlyFrom.end()) {
            candidates.push_back(i);
        }
    }
    random.shuffle(candidates);
    const std::size_t wanted = quiz.draw > 0 ? static_cast<std::size_t>(quiz.draw) : candidates.size();
    candidates.resize(std::min(wanted, candidates.size()));
    if (!quiz.shuffleQuestions) std::sort(candidates.begin(), candidates.end());  // the pool's order

    AttemptPlan plan{seed, {}};
    for (std::size_t index : candidates) plan.questions.push_back(planQuestion(quiz, quiz.pool[index], random));
    return plan;
}

} // namespace mamori::scoring
