#include "answer_text.hpp"

#include "mamori/scoring/grading.hpp"

#include <algorithm>

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

namespace {

const LocalizedText* choiceText(const Question& q, const std::string& id)
{
    if (const auto* key = q.choices()) {
        for (const Choice& c : key->choices) {
            if (c.id == id) return &c.text;
        }
    }
    if (const auto* key = q.ordering()) {
        for (const Step& s : key->steps) {
            if (s.id == id) return &s.text;
        }
    }
    if (const auto* key = q.matching()) {
        for (const MatchPair& p : key->pairs) {
            if (p.id == id) return &p.right;
        }
        for (const Distractor& d : key->distractors) {
            if (d.id == id) return &d.text;
        }
    }
    return nullptr;
}

std::string trueFalseWord(const std::string& reply, Language language, const UiStrings& strings)
{
    return strings.get(reply == "true" ? "quiz.true" : "quiz.false", language);
}

} // namespace

std::vector<std::string> describeResponse(const Question& q, const Response& r, Language language, const UiStrings& strings)
{
    std::vector<std::string> lines;
    if (q.trueFalse()) {
        for (const std::string& reply : r.choices) lines.push_back(trueFalseWord(reply, language, strings));
    } else if (const auto* key = q.matching()) {
        for (const MatchPair& pair : key->pairs) {
            auto it = std::find_if(r.matches.begin(), r.matches.end(), [&](const auto& m) { return m.first == pair.id; });
            if (it == r.matches.end()) continue;
            const LocalizedText* right = choiceText(q, it->second);
            lines.push_back(pair.left.plain(language) + " → " + (right ? right->plain(language) : it->second));
        }
    } else if (q.shortText()) {
        if (!r.text.empty()) lines.push_back("「" + r.text + "」");
    } else {
        int position = 1;
        for (const std::string& id : r.choices) {
            const LocalizedText* text = choiceText(q, id);
            const std::string words = text ? text->plain(language) : id;
            lines.push_back(q.ordering() ? std::to_string(position++) + ". " + words : words);
        }
    }
    return lines;
}

std::vector<std::string> describeCorrectAnswer(const Question& q, Language language, const UiStrings& strings)
{
    if (const auto* key = q.shortText()) {
        std::vector<std::string> lines;
        for (const std::string& accepted : key->accepted) lines.push_back("「" + accepted + "」");
        return lines;
    }
    const Response correct = correctResponse(q);
    return describeResponse(q, correct, language, strings);
}

std::vector<const LocalizedText*> feedbackFor(const Question& q, const Response& r, bool right)
{
    std::vector<const LocalizedText*> texts;
    if (const auto* key = q.choices()) {
        for (const std::string& id : r.choices) {
            for (const Choice& c : key->choices) {
                if (c.id == id && !c.feedback.empty()) texts.push_back(&c.feedback);
            }
        }
    } else if (const auto* key = q.trueFalse()) {
        if (!r.choices.empty()) {
            const LocalizedText& f = r.choices.front() == "true" ? key->feedbackTrue : key->feedbackFalse;
            if (!f.empty()) texts.push_back(&f);
        }
    } else if (const auto* key = q.shortText()) {
        if (!right && !key->feedback.empty()) texts.push_back(&key->feedback);
    }
    return texts;
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
