#pragma once
/// \file
/// Running a quiz attempt: when answers are taken and graded (the behaviour), on top of
/// the pure grading functions (how). Every function works on an AttemptRecord and the quiz
/// it belongs to; the record is the only state.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/grading.hpp"
#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/result.hpp"

#include <chrono>
#include <optional>
#include <vector>

namespace mamori::scoring {

/// What the learner may be told right after answering.
struct AnswerFeedback {
    Grade grade;
    double score = 0.0;
    double maxScore = 0.0;
    bool immediate = false;   ///< show right/wrong now (immediate feedback), or only at the end
    /// The answer came after the time limit: it was not taken, and the attempt is now finished,
    /// graded with the answers given before. An outcome, not a refusal: the finish is recorded
    /// (and saved by LearnerSession). The other fields are then left empty.
    bool timeUp = false;
};

/// Starts attempt `number` of `quiz`. With `retry="missed"` and an earlier finished
/// attempt, it asks only the questions not answered fully right last time and carries
/// the others' grades over, so the result still covers the whole quiz.
AttemptRecord startAttempt(const lessons::Quiz& quiz, const std::vector<const AttemptRecord*>& earlier, int number,
                           std::uint64_t seed, Timestamp now, const std::string& packVersion);

/// Records an answer; when the time limit has passed, finishes the attempt instead and says
/// so (AnswerFeedback::timeUp). Refused when the attempt is over, when the question is not in the attempt,
/// when immediate feedback already locked it, when the response does not fit the question,
/// or when a certainty-marked quiz gets no certainty.
Result<AnswerFeedback> answerQuestion(AttemptRecord& attempt, const lessons::Quiz& quiz, const std::string& questionId,
                                      const Response& response, std::optional<Certainty> certainty, Timestamp now);

/// Whether the answer to `questionId` can no longer change: the quiz gives immediate feedback,
/// and it was shown for this question. The one place this rule lives (answerQuestion, the app).
bool answerLocked(const AttemptRecord& attempt, const lessons::Quiz& quiz, const std::string& questionId);

/// The questions of `attempt` with no answer yet; at 0 the quiz submits without asking.
int unansweredCount(const AttemptRecord& attempt);

/// Finishes the attempt and stores its totals. Refused when it is already finished.
Result<Done> submitAttempt(AttemptRecord& attempt, const lessons::Quiz& quiz, Timestamp now);

/// Finishes an attempt whose time limit has passed, graded with what was answered.
/// Returns true when it ended now.
bool expireIfOverdue(AttemptRecord& attempt, const lessons::Quiz& quiz, Timestamp now);

/// When the attempt's time limit ends; nullopt when the quiz has none.
std::optional<Timestamp> attemptDeadline(const AttemptRecord& attempt, const lessons::Quiz& quiz);

/// Time left before the limit; nullopt when the quiz has none or the attempt is over.
std::optional<std::chrono::seconds> timeRemaining(const AttemptRecord& attempt, const lessons::Quiz& quiz, Timestamp now);

/// Checks that a response names only parts of the question, in the shape its kind needs.
Result<Done> checkResponseShape(const lessons::Question& question, const Response& response);

/// The points a question is worth in this quiz (three times as many under certainty marking).
double maxScoreFor(const lessons::Quiz& quiz, const lessons::Question& question);

/// Where a learner stands on a quiz over all their attempts.
struct QuizStanding {
    int attemptsUsed = 0;                    ///< attempts started, finished or not
    std::optional<int> attemptsLeft;         ///< nullopt: unlimited
    const AttemptRecord* inProgress = nullptr;
    std::optional<double> countedPercent;    ///< by the quiz's `counts` policy; nullopt before any finished attempt
    std::optional<double> bestPercent;
    bool passed = false;
    bool canStart = false;                   ///< a new attempt may begin now
};

QuizStanding quizStanding(const lessons::Quiz& quiz, const std::vector<const AttemptRecord*>& attempts);

/// The questions of a finished attempt that were not answered fully right (for retries and
/// the review deck), in the attempt's order.
std::vector<std::string> missedQuestions(const AttemptRecord& attempt);

} // namespace mamori::scoring
