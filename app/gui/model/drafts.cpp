#include "drafts.hpp"

#include "mamori/lessons/answer_normalizer.hpp"

#include <algorithm>

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

Draft newDraft(const Question& question, const PlannedQuestion& planned)
{
    Draft draft;
    if (question.ordering()) draft.order = planned.order;
    return draft;
}

Draft draftFrom(const Question& question, const PlannedQuestion& planned, const AnswerStep& answer)
{
    Draft draft = newDraft(question, planned);
    draft.certainty = answer.certainty;
    if (question.ordering()) draft.order = answer.response.choices;
    else draft.selected = answer.response.choices;
    for (const auto& [left, right] : answer.response.matches) draft.matches[left] = right;
    draft.text = answer.response.text;
    return draft;
}

Response responseFrom(const Question& question, const Draft& draft)
{
    Response response;
    if (question.ordering()) {
        response.choices = draft.order;
    } else if (const auto* key = question.matching()) {
        for (const MatchPair& pair : key->pairs) {  // in the pack's order, so responses compare equal
            auto it = draft.matches.find(pair.id);
            if (it != draft.matches.end()) response.matches.emplace_back(pair.id, it->second);
        }
    } else if (question.shortText()) {
        response.text = draft.text;
    } else {
        response.choices = draft.selected;
    }
    return response;
}

bool draftIsComplete(const Question& question, const Draft& draft)
{
    if (question.ordering()) return !draft.order.empty();
    if (const auto* key = question.matching()) return draft.matches.size() == key->pairs.size();
    if (question.shortText()) return !normalizeAnswer(draft.text).empty();
    return !draft.selected.empty();
}

} // namespace mamori::app
