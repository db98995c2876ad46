// Matching in the app: the draft maps each left item to the right item chosen for it.

#include "kinds/kind_answers.hpp"

#include <algorithm>

namespace mamori::app {
namespace {

using namespace mamori::lessons;
using scoring::Response;

void loadMatches(const Question&, const Response& response, Draft& draft)
{
    for (const auto& [left, right] : response.matches) draft.matches[left] = right;
}

Response matches(const Question& question, const Draft& draft)
{
    Response response;
    const MatchingAnswer* key = question.matching();
    if (!key) return response;
    for (const MatchPair& pair : key->pairs) { // in the pack's order, so responses compare equal
        auto it = draft.matches.find(pair.id);
        if (it != draft.matches.end()) response.matches.emplace_back(pair.id, it->second);
    }
    return response;
}

bool everyLeftMatched(const Question& question, const Draft& draft)
{
    const MatchingAnswer* key = question.matching();
    return key && draft.matches.size() == key->pairs.size();
}

std::vector<std::string> describeMatches(const Question& question, const Response& response, Language language,
                                         const UiStrings&)
{
    std::vector<std::string> lines;
    const MatchingAnswer* key = question.matching();
    if (!key) return lines;
    for (const MatchPair& pair : key->pairs) {
        auto it = std::find_if(response.matches.begin(), response.matches.end(),
                               [&](const auto& m) { return m.first == pair.id; });
        if (it == response.matches.end()) continue;
        const LocalizedText* right = key->rightText(it->second);
        lines.push_back(pair.left.plain(language) + " → " + (right ? right->plain(language) : it->second));
    }
    return lines;
}

} // namespace

extern const KindAnswers kMatchingAnswers{
    .startDraft = &emptyDraft,
    .loadDraft = &loadMatches,
    .responseOf = &matches,
    .isComplete = &everyLeftMatched,
    .picksMany = false,
    .describe = &describeMatches,
    .describeCorrect = &describeCorrectResponse,
    .feedback = &noFeedback,
};

} // namespace mamori::app
