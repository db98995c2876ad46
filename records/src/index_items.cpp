// OrgIndex::items: item analysis of a pack's quizzes from the answers in the index, with
// each attempt's questions as asked (unanswered ones score 0). No learner is named.

#include "index_json.hpp"
#include "org_index_impl.hpp"

#include <sstream>
#include <unordered_map>

namespace mamori::records {

using scoring::Result;

namespace {

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

constexpr const char* kAttemptsQuery = R"sql(
SELECT a.quiz_id, a.questions, a.answers
FROM attempts a JOIN files f ON f.learner_id = a.learner_id AND f.status = 'valid'
-- An optional value is cast for its test: PostgreSQL types a parameter where it first meets it.
WHERE a.pack_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR a.pack_version = ?2) AND a.finished IS NOT NULL AND (?3 OR a.number = 1)
ORDER BY a.id
)sql";

} // namespace

Result<std::map<std::string, std::vector<ItemStatistics>>> OrgIndex::items(const std::string& packId,
                                                                           const std::optional<std::string>& version,
                                                                           bool allAttempts)
{
    auto attemptsQuery = impl_->db.prepare(kAttemptsQuery, sql::Rows::Many);
    if (!attemptsQuery) return attemptsQuery.refusal();
    auto& attempts = attemptsQuery.value();
    attempts.bind(1, packId).bind(2, version).bind(3, allAttempts);

    std::map<std::string, std::vector<AnalysedAttempt>> byQuiz;
    std::unordered_map<std::string, double> maxOf;   // an unanswered question's points, from anyone's answer to it
    struct Pending {
        std::string quizId;
        std::vector<std::string> asked;
        std::unordered_map<std::string, AskedItem> latest;
    };
    std::vector<Pending> pending;
    for (auto row = attempts.step(); row && row.value(); row = attempts.step()) {
        Pending p{attempts.text(0), words(attempts.text(1)), {}};
        auto answers = readAnswerStepsJson(attempts.text(2));
        if (!answers) return answers.refusal();
        for (IndexedAnswer& answer : answers.value()) {
            AskedItem item;
            item.questionId = std::move(answer.questionId);
            for (std::string& choice : answer.choices) item.chosen.push_back(std::move(choice));
            for (std::string& pair : answer.matches) item.chosen.push_back(std::move(pair));
            if (!answer.typed.empty()) item.chosen.push_back(std::move(answer.typed));
            item.score = answer.score;
            item.maxScore = answer.maxScore;
            maxOf[item.questionId] = item.maxScore;
            p.latest[item.questionId] = std::move(item);   // a later answer replaces an earlier one
        }
        pending.push_back(std::move(p));
    }
    for (Pending& p : pending) {
        AnalysedAttempt attempt;
        for (const std::string& id : p.asked) {
            auto found = p.latest.find(id);
            if (found != p.latest.end()) {
                attempt.items.push_back(std::move(found->second));
            } else {
                const auto points = maxOf.find(id);
                attempt.items.push_back({id, 0.0, points == maxOf.end() ? 1.0 : points->second, {}});
            }
        }
        byQuiz[p.quizId].push_back(std::move(attempt));
    }
    std::map<std::string, std::vector<ItemStatistics>> result;
    for (const auto& [quizId, list] : byQuiz) result[quizId] = analyseItems(list);
    return result;
}

} // namespace mamori::records
