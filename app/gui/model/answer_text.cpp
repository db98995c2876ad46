#include "answer_text.hpp"

#include "kinds/kind_answers.hpp"

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

std::vector<std::string> describeResponse(const Question& q, const Response& r, Language language, const UiStrings& strings)
{
    return kindAnswers(q.kind).describe(q, r, language, strings);
}

std::vector<std::string> describeCorrectAnswer(const Question& q, Language language, const UiStrings& strings)
{
    return kindAnswers(q.kind).describeCorrect(q, language, strings);
}

std::vector<const LocalizedText*> feedbackFor(const Question& q, const Response& r, bool right)
{
    return kindAnswers(q.kind).feedback(q, r, right);
}

std::vector<ReviewRow> reviewRows(const Pack& pack, const AttemptRecord& attempt, bool missedOnly)
{
    std::vector<ReviewRow> rows;
    for (const PlannedQuestion& planned : attempt.questions) {
        ReviewRow row;
        row.question = pack.question(planned.questionId);
        if (!row.question) continue;  // the pack changed since; the stored totals still stand
        if (const AnswerStep* answer = attempt.latestAnswer(planned.questionId)) row.answer = *answer;
        row.score = row.answer ? row.answer->score : 0;
        row.maxScore = row.answer ? row.answer->maxScore : row.question->points;
        row.right = row.answer && row.answer->fraction >= 1.0 - 1e-9;
        if (missedOnly && row.right) continue;
        rows.push_back(row);
    }
    if (!missedOnly) {
        for (const CarriedGrade& c : attempt.carried) {
            ReviewRow row{pack.question(c.questionId), std::nullopt, true, c.score, c.maxScore, true};
            if (row.question) rows.push_back(row);
        }
    }
    return rows;
}

} // namespace mamori::app
