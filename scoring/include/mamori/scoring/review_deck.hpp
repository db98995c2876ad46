#pragma once
/// \file
/// The review deck (spaced repetition): the questions a learner did not answer fully right in a
/// finished quiz attempt come back on a spaced schedule until they are answered right at every
/// stage. Pure functions over a pack's records, with no clock and no I/O; LearnerSession applies
/// them and saves. The rules, with a worked example, are in lessons/README.md ("How answers are
/// scored", Review deck).

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/grading.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <array>
#include <chrono>
#include <optional>
#include <vector>

namespace mamori::scoring {

/// How long an item waits at each stage before it is due: `kReviewIntervals[stage - 1]`. A
/// missed question starts at stage 1; a right review answer moves it to the next stage, and a
/// right answer at the last stage graduates it out of the deck.
inline constexpr std::array<std::chrono::days, 3> kReviewIntervals{std::chrono::days{1}, std::chrono::days{3},
                                                                  std::chrono::days{7}};

/// The number of stages, 1 to kReviewStages.
inline constexpr int kReviewStages = static_cast<int>(kReviewIntervals.size());

/// How long an item waits at `stage` (clamped to 1..kReviewStages).
std::chrono::seconds reviewInterval(int stage);

/// Puts every question `attempt` asked that was not answered fully right (see missedQuestions)
/// into the deck at stage 1, due one stage-1 interval after the attempt finished (its deadline,
/// for one that timed out). A question already in the deck goes back to stage 1 with that due
/// time and keeps its `added`, `reviews` and `lapses`. Questions answered fully right are left
/// as they are: only reviews graduate an item. Does nothing for an unfinished attempt.
void enterMissed(PackProgress& progress, const AttemptRecord& attempt);

/// A review that is due, with what the review screen needs to show it.
struct DueReview {
    const lessons::Pack* pack = nullptr;
    const lessons::Quiz* quiz = nullptr;           ///< the quiz the question belongs to
    const lessons::Question* question = nullptr;
    ReviewItem item;                               ///< a copy of the deck's item
};

/// The items of `progress`'s deck due at `now` (due time ≤ now) whose question `pack` still
/// has, ordered by due time, then question id. Items whose question is gone (the pack changed)
/// are skipped, not deleted.
std::vector<DueReview> dueReviews(const lessons::Pack& pack, const PackProgress& progress, Timestamp now);

/// Orders reviews by due time, then pack id, then question id.
void sortDueReviews(std::vector<DueReview>& reviews);

/// Where a review answer left its item.
struct ReviewOutcome {
    int stage = 0;                   ///< the item's stage now, 1..kReviewStages; 0 once graduated
    std::optional<Timestamp> due;    ///< when it is due next; nullopt once graduated

    bool graduated() const { return !due.has_value(); }
};

/// Moves `item` on by a review answer graded `grade` at `now`: fully right (fraction 1) moves
/// it to the next stage, due that stage's interval after `now`, or graduates it after the last
/// stage (the caller then removes it from the deck); anything less sends it back to stage 1,
/// due one stage-1 interval after `now`, and counts a lapse. Counts the review either way.
ReviewOutcome applyReview(ReviewItem& item, const Grade& grade, Timestamp now);

/// What the learner is told after answering a review.
struct ReviewFeedback {
    Grade grade;
    ReviewOutcome outcome;
};

} // namespace mamori::scoring
