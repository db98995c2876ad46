// OrgIndex::items: item analysis of a pack's quizzes from the answers in the index, with
// each attempt's questions as asked (unanswered ones score 0). No learner is named.

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
SELECT a.id, a.quiz_id, a.questions
FROM attempts a JOIN files f ON f.learner_id = a.learner_id AND f.status = 'valid'
-- An optional value is cast for its test: PostgreSQL types a parameter where it first meets it.
WHERE a.pack_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR a.pack_version = ?2) AND a.finished IS NOT NULL AND (?3 OR a.number = 1)
ORDER BY a.id
)sql";

constexpr const char* kAnswersQuery =
    "SELECT question_id, choices, matches, typed, score, max_score FROM answers WHERE attempt_id = ?1 ORDER BY step";

} // namespace

Result<std::map<std::string, std::vector<ItemStatistics>>> OrgIndex::items(const std::string& packId,
                                                                           const std::optional<std::string>& version,
                                                                           bool allAttempts)
{
    auto attemptsQuery = impl_->db.prepare(kAttemptsQuery, sql::Rows::Many);
    auto answersQuery = impl_->db.prepare(kAnswersQuery);
    if (!attemptsQuery) return attemptsQuery.refusal();
    if (!answersQuery) return answersQuery.refusal();
    auto& attempts = attemptsQuery.value();
    auto& answers = answersQuery.value();
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
        Pending p{attempts.text(1), words(attempts.text(2)), {}};
        answers.bind(1, attempts.integer(0));
        for (auto a = answers.step(); a && a.value(); a = answers.step()) {
            AskedItem item;
            item.questionId = answers.text(0);
            for (std::string& choice : words(answers.text(1))) item.chosen.push_back(std::move(choice));
            for (std::string& pair : words(answers.text(2))) item.chosen.push_back(std::move(pair));
            if (!answers.text(3).empty()) item.chosen.push_back(answers.text(3));
            item.score = answers.real(4);
            item.maxScore = answers.real(5);
            maxOf[item.questionId] = item.maxScore;
            p.latest[item.questionId] = std::move(item);   // a later answer replaces an earlier one
        }
        answers.reset();
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
