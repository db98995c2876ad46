#include "drafts.hpp"

#include "kinds/kind_answers.hpp"

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

Draft newDraft(const Question& question, const PlannedQuestion& planned)
{
    Draft draft;
    kindAnswers(question.kind).startDraft(question, planned, draft);
    return draft;
}

Draft draftFrom(const Question& question, const PlannedQuestion& planned, const AnswerStep& answer)
{
    Draft draft = newDraft(question, planned);
    draft.certainty = answer.certainty;
    kindAnswers(question.kind).loadDraft(question, answer.response, draft);
    return draft;
}

Response responseFrom(const Question& question, const Draft& draft)
{
    return kindAnswers(question.kind).responseOf(question, draft);
}

bool draftIsComplete(const Question& question, const Draft& draft)
{
    return kindAnswers(question.kind).isComplete(question, draft);
}

} // namespace mamori::app
