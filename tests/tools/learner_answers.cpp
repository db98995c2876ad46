#include "learner_answers.hpp"

#include "mamori/scoring/grading.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace mamori::test {
namespace {

using namespace mamori::lessons;
using scoring::DeterministicRandom;
using scoring::Response;

template <typename T> const T& anyOf(const std::vector<T>& items, DeterministicRandom& random)
{
    return items[static_cast<std::size_t>(random.below(items.size()))];
}

Response choicesAnswer(const Question& question, const ChoiceAnswer& key, Answer answer, DeterministicRandom& random)
{
    std::vector<std::string> correct, wrong;
    for (const Choice& c : key.choices) (c.correct ? correct : wrong).push_back(c.id);
    if (wrong.empty()) return scoring::correctResponse(question);
    Response response;
    if (question.kind == QuestionKind::SingleChoice || answer == Answer::Clueless) {
        response.choices.push_back(anyOf(wrong, random));
    } else if (correct.size() > 1 && random.below(2) == 0) {
        response.choices = correct; // one correct choice forgotten
        response.choices.erase(response.choices.begin() + static_cast<long>(random.below(correct.size())));
    } else {
        response.choices = correct; // one wrong choice taken as well
        response.choices.push_back(anyOf(wrong, random));
    }
    return response;
}

/// Like a multiple-response slip: a harmless region clicked (all a clueless learner finds), one
/// risk missed, or one harmless region clicked besides the risks.
Response hotspotAnswer(const HotspotAnswer& key, Answer answer, DeterministicRandom& random)
{
    std::vector<std::string> correct, wrong;
    for (const HotspotRegion& r : key.regions) (r.correct ? correct : wrong).push_back(r.id);
    Response response;
    if (wrong.empty() || correct.empty()) return response;
    if (answer == Answer::Clueless) {
        response.choices.push_back(anyOf(wrong, random));
    } else if (correct.size() > 1 && random.below(2) == 0) {
        response.choices = correct;
        response.choices.erase(response.choices.begin() + static_cast<long>(random.below(correct.size())));
    } else {
        response.choices = correct;
        response.choices.push_back(anyOf(wrong, random));
    }
    return response;
}

Response orderingAnswer(const OrderingAnswer& key, Answer answer, DeterministicRandom& random)
{
    Response response;
    for (const Step& s : key.steps) response.choices.push_back(s.id);
    if (response.choices.size() < 2) return response;
    if (answer == Answer::Clueless) {
        std::reverse(response.choices.begin(), response.choices.end());
    } else {
        const std::size_t at = static_cast<std::size_t>(random.below(response.choices.size() - 1));
        std::swap(response.choices[at], response.choices[at + 1]);
    }
    return response;
}

Response matchingAnswer(const MatchingAnswer& key, Answer answer, DeterministicRandom& random)
{
    Response response;
    const std::size_t n = key.pairs.size();
    for (const MatchPair& p : key.pairs) response.matches.emplace_back(p.id, p.id);
    if (n >= 2 && answer == Answer::Clueless) {
        for (std::size_t i = 0; i < n; ++i) response.matches[i].second = key.pairs[(i + 1) % n].id;
    } else if (n >= 2) {
        const std::size_t a = static_cast<std::size_t>(random.below(n));
        const std::size_t b = (a + 1 + static_cast<std::size_t>(random.below(n - 1))) % n;
        std::swap(response.matches[a].second, response.matches[b].second);
    } else if (n == 1 && !key.distractors.empty()) {
        response.matches[0].second = key.distractors.front().id;
    }
    return response;
}

} // namespace

Response respond(const Question& question, Answer answer, DeterministicRandom& random)
{
    if (answer == Answer::Right) {
        Response response = scoring::correctResponse(question);
        if (const auto* key = question.shortText(); key && !key->accepted.empty())
            response.text = anyOf(key->accepted, random);
        return response;
    }
    if (const auto* key = question.choices()) return choicesAnswer(question, *key, answer, random);
    if (const auto* key = question.trueFalse()) return Response{{key->answer ? "false" : "true"}, {}, {}};
    if (const auto* key = question.ordering()) return orderingAnswer(*key, answer, random);
    if (const auto* key = question.matching()) return matchingAnswer(*key, answer, random);
    if (const auto* key = question.hotspot()) return hotspotAnswer(*key, answer, random);
    static const std::vector<std::string> kGuesses{"わからない", "不明", "秘密", "パスワード"};
    Response response{{}, {}, anyOf(kGuesses, random)};
    if (scoring::grade(question, response).fraction >= 1.0) response.text = "わからない";
    return response;
}

const ScenarioOption& pickOption(const ScenarioNode& node, bool playWell, DeterministicRandom& random)
{
    if (!playWell) return anyOf(node.options, random);
    return *std::max_element(
        node.options.begin(), node.options.end(),
        [](const ScenarioOption& a, const ScenarioOption& b) { return a.scoreChange < b.scoreChange; });
}

} // namespace mamori::test
