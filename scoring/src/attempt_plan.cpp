#include "mamori/scoring/attempt_plan.hpp"

#include "mamori/scoring/random.hpp"

#include <algorithm>

namespace mamori::scoring {
namespace {

using namespace mamori::lessons;

/// Shuffles `ids`; when `mustDiffer`, never leaves them in their written order, which for
/// ordering questions would show the answer.
void shuffleIds(std::vector<std::string>& ids, DeterministicRandom& random, bool mustDiffer)
{
    const std::vector<std::string> written = ids;
    random.shuffle(ids);
    if (mustDiffer && ids.size() > 1 && ids == written) std::rotate(ids.begin(), ids.begin() + 1, ids.end());
}

PlannedQuestion planQuestion(const Quiz& quiz, const Question& question, DeterministicRandom& random)
{
    PlannedQuestion planned{question.id, {}};
    if (const auto* key = question.choices()) {
        for (const Choice& c : key->choices) planned.order.push_back(c.id);
        if (quiz.shuffleChoices) shuffleIds(planned.order, random, false);
    } else if (const auto* key = question.ordering()) {
        for (const Step& s : key->steps) planned.order.push_back(s.id);
        shuffleIds(planned.order, random, true);
    } else if (const auto* key = question.matching()) {
        for (const MatchPair& p : key->pairs) planned.order.push_back(p.id);
        for (const Distractor& d : key->distractors) planned.order.push_back(d.id);
        shuffleIds(planned.order, random, true);
    }
    return planned;
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
