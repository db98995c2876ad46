#include "mamori/scoring/review_deck.hpp"

#include "mamori/scoring/quiz_attempt.hpp"

#include <algorithm>
#include <tuple>

namespace mamori::scoring {
namespace {

using namespace mamori::lessons;

/// A fraction this close to 1 counts as fully right, as in missedQuestions.
constexpr double kFullyRight = 1.0 - 1e-9;

/// The quiz of the pack whose pool holds `questionId`, with the question; nulls when none does.
std::pair<const Quiz*, const Question*> findQuestion(const Pack& pack, const std::string& questionId)
{
    auto inQuizzes = [&](const std::vector<Quiz>& quizzes) -> std::pair<const Quiz*, const Question*> {
        for (const Quiz& quiz : quizzes) {
            for (const Question& question : quiz.pool) {
                if (question.id == questionId) return {&quiz, &question};
            }
        }
        return {nullptr, nullptr};
    };
    if (auto found = inQuizzes(pack.quizzes); found.second) return found;
    for (const Lesson& lesson : pack.lessons) {
        if (auto found = inQuizzes(lesson.quizzes); found.second) return found;
    }
    return {nullptr, nullptr};
}

} // namespace

std::chrono::seconds reviewInterval(int stage)
{
    return kReviewIntervals[static_cast<std::size_t>(std::clamp(stage, 1, kReviewStages) - 1)];
}

void enterMissed(PackProgress& progress, const AttemptRecord& attempt)
{
    if (!attempt.isFinished()) return;
    const Timestamp missedAt = *attempt.finished;
    for (const std::string& questionId : missedQuestions(attempt)) {
        auto it = std::find_if(progress.reviews.begin(), progress.reviews.end(),
                               [&](const ReviewItem& r) { return r.questionId == questionId; });
        if (it == progress.reviews.end()) {
            progress.reviews.push_back(ReviewItem{questionId, 1, missedAt + reviewInterval(1), missedAt});
        } else {
            it->stage = 1;
            it->due = missedAt + reviewInterval(1);
        }
    }
}

void sortDueReviews(std::vector<DueReview>& reviews)
{
    std::stable_sort(reviews.begin(), reviews.end(), [](const DueReview& a, const DueReview& b) {
        return std::tie(a.item.due, a.pack->id, a.item.questionId) < std::tie(b.item.due, b.pack->id, b.item.questionId);
    });
}

std::vector<DueReview> dueReviews(const Pack& pack, const PackProgress& progress, Timestamp now)
{
    std::vector<DueReview> due;
    for (const ReviewItem& item : progress.reviews) {
        if (item.due > now) continue;
        const auto [quiz, question] = findQuestion(pack, item.questionId);
        if (!question) continue;   // the pack no longer has it: kept in the records, not asked
        due.push_back(DueReview{&pack, quiz, question, item});
    }
    sortDueReviews(due);
    return due;
}

ReviewOutcome applyReview(ReviewItem& item, const Grade& grade, Timestamp now)
{
    ++item.reviews;
    item.stage = std::clamp(item.stage, 1, kReviewStages);
    if (grade.fraction >= kFullyRight) {
        if (item.stage == kReviewStages) return ReviewOutcome{0, std::nullopt};
        ++item.stage;
    } else {
        ++item.lapses;
        item.stage = 1;
    }
    item.due = now + reviewInterval(item.stage);
    return ReviewOutcome{item.stage, item.due};
}

} // namespace mamori::scoring
