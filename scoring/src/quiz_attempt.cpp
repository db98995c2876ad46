#include "mamori/scoring/quiz_attempt.hpp"

#include "kinds/kind_rules.hpp"

#include <algorithm>
#include <numeric>

namespace mamori::scoring {
namespace {

using namespace mamori::lessons;

const Question* findQuestion(const Quiz& quiz, const std::string& id)
{
    auto it = std::find_if(quiz.pool.begin(), quiz.pool.end(), [&](const Question& q) { return q.id == id; });
    return it == quiz.pool.end() ? nullptr : &*it;
}

bool isPlanned(const AttemptRecord& attempt, const std::string& questionId)
{
    return std::any_of(attempt.questions.begin(), attempt.questions.end(),
                       [&](const PlannedQuestion& p) { return p.questionId == questionId; });
}

/// Stores the attempt's totals from its answers and carried grades.
void finish(AttemptRecord& attempt, const Quiz& quiz, Timestamp at, AttemptEnd end)
{
    double score = 0.0, maxScore = 0.0;
    for (const PlannedQuestion& planned : attempt.questions) {
        const Question* question = findQuestion(quiz, planned.questionId);
        if (const AnswerStep* answer = attempt.latestAnswer(planned.questionId)) {
            score += answer->score;
            maxScore += answer->maxScore;
        } else if (question) {
            maxScore += maxScoreFor(quiz, *question);
        }
    }
    for (const CarriedGrade& carried : attempt.carried) {
        score += carried.score;
        maxScore += carried.maxScore;
    }
    attempt.finished = at;
    attempt.end = end;
    attempt.score = score;
    attempt.maxScore = maxScore;
    attempt.percent = maxScore > 0 ? std::max(0.0, score) / maxScore * 100.0 : 0.0;
    attempt.passed = attempt.percent + 1e-9 >= quiz.passMark;
}

} // namespace

double maxScoreFor(const Quiz& quiz, const Question& question)
{
    return question.points * (quiz.certainty ? kMaxCertaintyMarks : 1.0);
}

AttemptRecord startAttempt(const Quiz& quiz, const std::vector<const AttemptRecord*>& earlier, int number,
                           std::uint64_t seed, Timestamp now, const std::string& packVersion)
{
    AttemptRecord attempt;
    attempt.quizId = quiz.id;
    attempt.number = number;
    attempt.packVersion = packVersion;
    attempt.seed = seed;
    attempt.started = now;

    const AttemptRecord* previous = nullptr;
    for (const AttemptRecord* a : earlier) {
        if (a->isFinished()) previous = a;
    }
    std::vector<std::string> onlyFrom;
    if (quiz.retry == RetryScope::Missed && previous) {
        onlyFrom = missedQuestions(*previous);
        if (!onlyFrom.empty()) {
            // Carry over what was right, counting earlier carried grades too.
            for (const CarriedGrade& c : previous->carried) attempt.carried.push_back(c);
            for (const PlannedQuestion& p : previous->questions) {
                const AnswerStep* answer = previous->latestAnswer(p.questionId);
                if (answer && answer->fraction >= 1.0 - 1e-9) {
                    attempt.carried.push_back({p.questionId, answer->score, answer->maxScore});
                }
            }
        }
    }
    attempt.questions = planAttempt(quiz, seed, onlyFrom).questions;
    return attempt;
}

Result<Done> checkResponseShape(const Question& question, const Response& response)
{
    if (auto problem = detail::kindRules(question.kind).shapeProblem(question, response)) {
        return refuse(RefusalCode::BadResponse, "answer to question '" + question.id + "' " + *problem);
    }
    return Done{};
}

bool expireIfOverdue(AttemptRecord& attempt, const Quiz& quiz, Timestamp now)
{
    if (attempt.isFinished() || !quiz.timeLimit) return false;
    const Timestamp deadline = attempt.started + *quiz.timeLimit;
    if (now < deadline) return false;
    finish(attempt, quiz, deadline, AttemptEnd::TimedOut);
    return true;
}

std::optional<Timestamp> attemptDeadline(const AttemptRecord& attempt, const Quiz& quiz)
{
    if (!quiz.timeLimit) return std::nullopt;
    return attempt.started + *quiz.timeLimit;
}

std::optional<std::chrono::seconds> timeRemaining(const AttemptRecord& attempt, const Quiz& quiz, Timestamp now)
{
    const auto deadline = attemptDeadline(attempt, quiz);
    if (attempt.isFinished() || !deadline) return std::nullopt;
    return std::max(std::chrono::seconds(0), std::chrono::duration_cast<std::chrono::seconds>(*deadline - now));
}

Result<AnswerFeedback> answerQuestion(AttemptRecord& attempt, const Quiz& quiz, const std::string& questionId,
                                      const Response& response, std::optional<Certainty> certainty, Timestamp now)
{
    if (expireIfOverdue(attempt, quiz, now)) {
        AnswerFeedback tooLate;
        tooLate.timeUp = true;
        return tooLate;
    }
    if (attempt.isFinished()) return refuse(RefusalCode::AttemptFinished, "this attempt is already finished");
    if (!isPlanned(attempt, questionId)) {
        return refuse(RefusalCode::NotInAttempt, "question '" + questionId + "' is not in this attempt");
    }
    const Question* question = findQuestion(quiz, questionId);
    if (!question) return refuse(RefusalCode::UnknownQuestion, "question '" + questionId + "' is not in the quiz");
    if (answerLocked(attempt, quiz, questionId)) {
        return refuse(RefusalCode::AnswerLocked, "question '" + questionId + "' was already answered and its feedback shown");
    }
    if (response.empty()) return refuse(RefusalCode::EmptyResponse, "no answer given to question '" + questionId + "'");
    if (auto shape = checkResponseShape(*question, response); !shape) return shape.refusal();
    if (quiz.certainty && !certainty) {
        return refuse(RefusalCode::CertaintyNeeded, "this quiz asks how sure you are: low, medium or high");
    }

    const Grade graded = grade(*question, response);
    AnswerStep step;
    step.questionId = questionId;
    step.response = response;
    step.certainty = quiz.certainty ? certainty : std::nullopt;
    step.at = now;
    const Timestamp previous = attempt.steps.empty() ? attempt.started : attempt.steps.back().at;
    step.secondsTaken = std::max<std::int64_t>(0, (now - previous).count());
    step.fraction = graded.fraction;
    step.maxScore = maxScoreFor(quiz, *question);
    step.score = quiz.certainty ? certaintyMarks(graded.fraction, *certainty) * question->points
                                : graded.fraction * question->points;
    attempt.steps.push_back(step);
    for (std::size_t i = 0; i < attempt.questions.size(); ++i) {
        if (attempt.questions[i].questionId == questionId) attempt.position = static_cast<int>(i);
    }
    return AnswerFeedback{graded, step.score, step.maxScore, quiz.feedback == FeedbackMode::Immediate};
}

Result<Done> submitAttempt(AttemptRecord& attempt, const Quiz& quiz, Timestamp now)
{
    if (expireIfOverdue(attempt, quiz, now)) return Done{};
    if (attempt.isFinished()) return refuse(RefusalCode::AttemptFinished, "this attempt is already finished");
    finish(attempt, quiz, now, AttemptEnd::Submitted);
    return Done{};
}

std::vector<std::string> missedQuestions(const AttemptRecord& attempt)
{
    std::vector<std::string> missed;
    for (const PlannedQuestion& p : attempt.questions) {
        const AnswerStep* answer = attempt.latestAnswer(p.questionId);
        if (!answer || answer->fraction < 1.0 - 1e-9) missed.push_back(p.questionId);
    }
    return missed;
}

QuizStanding quizStanding(const Quiz& quiz, const std::vector<const AttemptRecord*>& attempts)
{
    QuizStanding standing;
    std::vector<double> percents;
    for (const AttemptRecord* a : attempts) {
        if (a->isFinished()) percents.push_back(a->percent);
        else standing.inProgress = a;
    }
    standing.attemptsUsed = static_cast<int>(percents.size()) + (standing.inProgress ? 1 : 0);
    if (quiz.attemptsAllowed > 0) standing.attemptsLeft = std::max(0, quiz.attemptsAllowed - standing.attemptsUsed);
    if (!percents.empty()) {
        standing.bestPercent = *std::max_element(percents.begin(), percents.end());
        switch (quiz.counts) {
        case AttemptPolicy::Highest: standing.countedPercent = standing.bestPercent; break;
        case AttemptPolicy::First: standing.countedPercent = percents.front(); break;
        case AttemptPolicy::Last: standing.countedPercent = percents.back(); break;
        case AttemptPolicy::Average:
            standing.countedPercent = std::accumulate(percents.begin(), percents.end(), 0.0) / static_cast<double>(percents.size());
            break;
        }
        standing.passed = *standing.countedPercent + 1e-9 >= quiz.passMark;
    }
    standing.canStart = !standing.inProgress && (!standing.attemptsLeft || *standing.attemptsLeft > 0);
    return standing;
}

bool answerLocked(const AttemptRecord& attempt, const Quiz& quiz, const std::string& questionId)
{
    return quiz.feedback == FeedbackMode::Immediate && attempt.latestAnswer(questionId) != nullptr;
}

int unansweredCount(const AttemptRecord& attempt)
{
    return static_cast<int>(std::count_if(attempt.questions.begin(), attempt.questions.end(),
                                          [&](const PlannedQuestion& q) { return attempt.latestAnswer(q.questionId) == nullptr; }));
}

} // namespace mamori::scoring
