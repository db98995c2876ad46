#include "mamori/scoring/learner_session.hpp"

#include "mamori/scoring/completion.hpp"
#include "mamori/scoring/learner_input.hpp"
#include "mamori/scoring/random.hpp"

#include <algorithm>
#include <type_traits>
#include <utility>

namespace mamori::scoring {

using namespace mamori::lessons;

namespace {

/// The unfinished record of activity `id` in `records` (a pack's attempts by quiz, or its runs
/// by scenario), or nullptr; const or not as `records` is.
template <typename Records, typename Record = std::remove_reference_t<decltype(*std::declval<Records&>().begin())>>
Record* findOpen(Records& records, std::string std::remove_const_t<Record>::*activityOf, const std::string& id)
{
    for (Record& record : records) {
        if (record.*activityOf == id && !record.isFinished()) return &record;
    }
    return nullptr;
}

AttemptRecord* findOpenAttempt(PackProgress& progress, const std::string& quizId)
{
    return findOpen(progress.attempts, &AttemptRecord::quizId, quizId);
}

ScenarioRunRecord* findOpenRun(PackProgress& progress, const std::string& scenarioId)
{
    return findOpen(progress.runs, &ScenarioRunRecord::scenarioId, scenarioId);
}

Refusal unknown(RefusalCode code, const std::string& what, const std::string& id, const Pack& pack)
{
    return refuse(code, "pack '" + pack.id + "' has no " + what + " '" + id + "'");
}

} // namespace

LearnerSession::LearnerSession(std::unique_ptr<ProgressSaver> saver, LearnerProgress progress, const Clock& clock)
    : saver_(std::move(saver)), progress_(std::move(progress)), clock_(clock)
{
}

LearnerSession::~LearnerSession()
{
    // The place is worth a write when the session ends; if it fails, only the place is lost.
    (void)savePlace();
}

Result<Done> LearnerSession::savePlace()
{
    if (!placeUnsaved_) return Done{};
    if (auto saved = saver_->save(progress_); !saved) return refuse(RefusalCode::NotSaved, "could not save your place (" + saved.refusal().message + ")");
    placeUnsaved_ = false;
    return Done{};
}

Result<Done> LearnerSession::movePlace(const Pack& pack, const std::function<Result<Done>(PackProgress&)>& change)
{
    newCompletions_.clear();
    const bool existed = progress_.packs.count(pack.id) > 0;
    if (!existed) {
        // A pack's first record is a record of its own (its version, when it began): saved now.
        return apply(pack, change);
    }
    if (auto changed = change(progress_.packs[pack.id]); !changed) return changed;
    placeUnsaved_ = true;
    return Done{};
}

Result<Done> LearnerSession::apply(const Pack& pack, const std::function<Result<Done>(PackProgress&)>& change)
{
    newCompletions_.clear();
    if (auto problem = nowProblem(clock_.now())) return refuse(RefusalCode::BadClock, "nothing was recorded: " + *problem);
    const bool existed = progress_.packs.count(pack.id) > 0;
    PackProgress before = existed ? progress_.packs[pack.id] : PackProgress{};
    PackProgress& records = progress_.pack(pack.id);
    auto undo = [&] {
        if (existed) progress_.packs[pack.id] = std::move(before);
        else progress_.packs.erase(pack.id);
    };
    if (auto changed = change(records); !changed) {
        undo();
        return changed;
    }
    // Attempts are only ever appended, so attempt i before the change is attempt i after it.
    for (std::size_t i = 0; i < records.attempts.size(); ++i) {
        const bool wasOpen = i >= before.attempts.size() || !before.attempts[i].isFinished();
        if (wasOpen && records.attempts[i].isFinished()) enterMissed(records, records.attempts[i]);
    }
    records.lastVersion = pack.version;
    std::vector<Completion> reached = recordCompletions(pack, records, clock_.now());
    if (auto saved = saver_->save(progress_); !saved) {
        undo();
        return refuse(RefusalCode::NotSaved, "could not save your progress (" + saved.refusal().message +
                                       "); nothing was changed, please try again");
    }
    newCompletions_ = std::move(reached);
    placeUnsaved_ = false;   // the save took the place along
    return Done{};
}

Result<Done> LearnerSession::setDisplayName(const std::string& name)
{
    if (auto problem = displayNameProblem(name)) return refuse(RefusalCode::BadName, *problem);
    if (auto problem = nowProblem(clock_.now())) return refuse(RefusalCode::BadClock, "nothing was recorded: " + *problem);
    const std::string before = progress_.displayName;
    progress_.displayName = name;
    if (auto saved = saver_->save(progress_); !saved) {
        progress_.displayName = before;
        return refuse(RefusalCode::NotSaved, "could not save your progress (" + saved.refusal().message + ")");
    }
    return Done{};
}

Result<Done> LearnerSession::openLesson(const Pack& pack, const std::string& lessonId)
{
    if (!pack.lesson(lessonId)) return unknown(RefusalCode::UnknownLesson, "lesson", lessonId, pack);
    return movePlace(pack, [&](PackProgress& records) -> Result<Done> {
        records.resume = ResumePoint{lessonId, records.resume && records.resume->activityId == lessonId ? records.resume->pageId : ""};
        return Done{};
    });
}

Result<Done> LearnerSession::viewPage(const Pack& pack, const std::string& lessonId, const std::string& pageId)
{
    const Lesson* lesson = pack.lesson(lessonId);
    if (!lesson) return unknown(RefusalCode::UnknownLesson, "lesson", lessonId, pack);
    const bool exists = std::any_of(lesson->pages.begin(), lesson->pages.end(), [&](const Page& p) { return p.id == pageId; });
    if (!exists) return refuse(RefusalCode::UnknownPage, "lesson '" + lessonId + "' has no page '" + pageId + "'");
    const PackProgress* seen = progress_.findPack(pack.id);
    if (seen && seen->hasViewed(lessonId, pageId)) {
        // Seen before: only the place moves.
        return movePlace(pack, [&](PackProgress& records) -> Result<Done> {
            records.resume = ResumePoint{lessonId, pageId};
            return Done{};
        });
    }
    return apply(pack, [&](PackProgress& records) -> Result<Done> {
        if (!records.hasViewed(lessonId, pageId)) records.pageViews.push_back({lessonId, pageId, clock_.now()});
        records.resume = ResumePoint{lessonId, pageId};
        return Done{};
    });
}

Result<const AttemptRecord*> LearnerSession::startQuiz(const Pack& pack, const std::string& quizId, std::optional<std::uint64_t> seed)
{
    const Quiz* quiz = pack.quiz(quizId);
    if (!quiz) return unknown(RefusalCode::UnknownQuiz, "quiz", quizId, pack);
    const AttemptRecord* result = nullptr;
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        if (AttemptRecord* open = findOpenAttempt(records, quizId)) {
            expireIfOverdue(*open, *quiz, clock_.now());
            if (!open->isFinished()) {
                records.resume = ResumePoint{quizId, ""};
                result = open;
                return Done{};
            }
        }
        const QuizStanding standing = quizStanding(*quiz, records.attemptsFor(quizId));
        if (!standing.canStart) {
            return refuse(RefusalCode::NoAttemptsLeft, "no attempts left for quiz '" + quizId + "' (" +
                                                  std::to_string(quiz->attemptsAllowed) + " allowed)");
        }
        const int number = static_cast<int>(records.attemptsFor(quizId).size()) + 1;
        records.attempts.push_back(
            startAttempt(*quiz, records.attemptsFor(quizId), number, seed ? *seed : randomSeed(), clock_.now(), pack.version));
        records.resume = ResumePoint{quizId, ""};
        result = &records.attempts.back();
        return Done{};
    });
    if (!done) return done.refusal();
    return result;
}

Result<AnswerFeedback> LearnerSession::answer(const Pack& pack, const std::string& quizId, const std::string& questionId,
                                              const Response& response, std::optional<Certainty> certainty)
{
    const Quiz* quiz = pack.quiz(quizId);
    if (!quiz) return unknown(RefusalCode::UnknownQuiz, "quiz", quizId, pack);
    AnswerFeedback feedback;
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        AttemptRecord* attempt = findOpenAttempt(records, quizId);
        if (!attempt) return refuse(RefusalCode::NoOpenAttempt, "quiz '" + quizId + "' has no attempt in progress");
        auto answered = answerQuestion(*attempt, *quiz, questionId, response, certainty, clock_.now());
        if (!answered) return answered.refusal();
        // An answer too late (timeUp) finished the attempt: saved like any answer.
        feedback = answered.value();
        return Done{};
    });
    if (!done) return done.refusal();
    return feedback;
}

Result<Done> LearnerSession::showQuestion(const Pack& pack, const std::string& quizId, int position)
{
    const Quiz* quiz = pack.quiz(quizId);
    if (!quiz) return unknown(RefusalCode::UnknownQuiz, "quiz", quizId, pack);
    return movePlace(pack, [&](PackProgress& records) -> Result<Done> {
        AttemptRecord* attempt = findOpenAttempt(records, quizId);
        if (!attempt) return refuse(RefusalCode::NoOpenAttempt, "quiz '" + quizId + "' has no attempt in progress");
        if (position < 0 || position >= static_cast<int>(attempt->questions.size())) {
            return refuse(RefusalCode::BadPosition, "question " + std::to_string(position + 1) + " is not in this attempt");
        }
        attempt->position = position;
        return Done{};
    });
}

Result<const AttemptRecord*> LearnerSession::submitQuiz(const Pack& pack, const std::string& quizId)
{
    const Quiz* quiz = pack.quiz(quizId);
    if (!quiz) return unknown(RefusalCode::UnknownQuiz, "quiz", quizId, pack);
    const AttemptRecord* result = nullptr;
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        AttemptRecord* attempt = findOpenAttempt(records, quizId);
        if (!attempt) return refuse(RefusalCode::NoOpenAttempt, "quiz '" + quizId + "' has no attempt in progress");
        if (auto submitted = submitAttempt(*attempt, *quiz, clock_.now()); !submitted) return submitted.refusal();
        result = attempt;
        return Done{};
    });
    if (!done) return done.refusal();
    return result;
}

bool LearnerSession::expireOverdue(const Pack& pack, const std::string& quizId)
{
    const Quiz* quiz = pack.quiz(quizId);
    const AttemptRecord* open = quiz ? openAttempt(pack.id, quizId) : nullptr;
    const std::optional<Timestamp> deadline = open ? attemptDeadline(*open, *quiz) : std::nullopt;
    if (!deadline || clock_.now() < *deadline) return false;   // nothing to finish, nothing to save
    bool expired = false;
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        AttemptRecord* attempt = findOpenAttempt(records, quizId);
        expired = attempt && expireIfOverdue(*attempt, *quiz, clock_.now());
        return Done{};
    });
    // Not saved (or a bad clock): the attempt was put back as it was, open; a later call tries again.
    return done && expired;
}

const AttemptRecord* LearnerSession::openAttempt(const std::string& packId, const std::string& quizId) const
{
    const PackProgress* records = progress_.findPack(packId);
    return records ? findOpen(records->attempts, &AttemptRecord::quizId, quizId) : nullptr;
}

const AttemptRecord* LearnerSession::lastFinishedAttempt(const std::string& packId, const std::string& quizId) const
{
    const PackProgress* records = progress_.findPack(packId);
    if (!records) return nullptr;
    const AttemptRecord* last = nullptr;
    for (const AttemptRecord* a : records->attemptsFor(quizId)) {
        if (a->isFinished()) last = a;
    }
    return last;
}

std::vector<DueReview> LearnerSession::dueReviews(const PackLibrary& library, Timestamp now) const
{
    std::vector<DueReview> due;
    for (const auto& pack : library.packs) {
        const PackProgress* records = progress_.findPack(pack->id);
        if (!records) continue;
        std::vector<DueReview> fromPack = scoring::dueReviews(*pack, *records, now);
        due.insert(due.end(), fromPack.begin(), fromPack.end());
    }
    sortDueReviews(due);
    return due;
}

Result<ReviewFeedback> LearnerSession::answerReview(const Pack& pack, const std::string& questionId, const Response& response)
{
    const Question* question = pack.question(questionId);
    if (!question) return unknown(RefusalCode::UnknownQuestion, "question", questionId, pack);
    const Timestamp now = clock_.now();
    const PackProgress* existing = progress_.findPack(pack.id);
    const ReviewItem* item = existing ? existing->review(questionId) : nullptr;
    if (!item) return refuse(RefusalCode::NotInDeck, "question '" + questionId + "' is not in the review deck");
    if (item->due > now) {
        return refuse(RefusalCode::ReviewNotDue, "question '" + questionId + "' is not due for review until " + formatTimestamp(item->due));
    }
    if (response.empty()) return refuse(RefusalCode::EmptyResponse, "no answer given to question '" + questionId + "'");
    if (auto shape = checkResponseShape(*question, response); !shape) return shape.refusal();

    ReviewFeedback feedback;
    feedback.grade = grade(*question, response);
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        auto it = std::find_if(records.reviews.begin(), records.reviews.end(),
                               [&](const ReviewItem& r) { return r.questionId == questionId; });
        if (it == records.reviews.end()) return refuse(RefusalCode::NotInDeck, "question '" + questionId + "' is not in the review deck");
        feedback.outcome = applyReview(*it, feedback.grade, now);
        if (feedback.outcome.graduated()) records.reviews.erase(it);
        return Done{};
    });
    if (!done) return done.refusal();
    return feedback;
}

Result<const ScenarioRunRecord*> LearnerSession::startScenario(const Pack& pack, const std::string& scenarioId)
{
    const Scenario* scenario = pack.scenario(scenarioId);
    if (!scenario) return unknown(RefusalCode::UnknownScenario, "scenario", scenarioId, pack);
    const ScenarioRunRecord* result = nullptr;
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        records.resume = ResumePoint{scenarioId, ""};
        if (ScenarioRunRecord* open = findOpenRun(records, scenarioId)) {
            const RunPosition position = runPosition(*scenario, *open);
            if (position.node) {
                result = open;
                return Done{};
            }
            // The pack changed under this run: it can never go on. It stays in the record as
            // abandoned, and a new run starts, in the same save.
            open->finished = clock_.now();
            open->outcome = ScenarioRunRecord::kAbandoned;
            open->endingId.clear();
            open->score = 0;
            open->passed = false;
        }
        const int number = static_cast<int>(records.runsFor(scenarioId).size()) + 1;
        records.runs.push_back(startRun(*scenario, number, clock_.now(), pack.version));
        result = &records.runs.back();
        return Done{};
    });
    if (!done) return done.refusal();
    return result;
}

Result<ChoiceOutcome> LearnerSession::choose(const Pack& pack, const std::string& scenarioId, const std::string& optionId)
{
    const Scenario* scenario = pack.scenario(scenarioId);
    if (!scenario) return unknown(RefusalCode::UnknownScenario, "scenario", scenarioId, pack);
    ChoiceOutcome outcome;
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        ScenarioRunRecord* run = findOpenRun(records, scenarioId);
        if (!run) return refuse(RefusalCode::NoOpenRun, "scenario '" + scenarioId + "' is not being played");
        auto chosen = chooseOption(*run, *scenario, optionId, clock_.now());
        if (!chosen) return chosen.refusal();
        outcome = chosen.value();
        return Done{};
    });
    if (!done) return done.refusal();
    return outcome;
}

const ScenarioRunRecord* LearnerSession::openRun(const std::string& packId, const std::string& scenarioId) const
{
    const PackProgress* records = progress_.findPack(packId);
    return records ? findOpen(records->runs, &ScenarioRunRecord::scenarioId, scenarioId) : nullptr;
}

const ScenarioRunRecord* LearnerSession::lastFinishedRun(const std::string& packId, const std::string& scenarioId) const
{
    const PackProgress* records = progress_.findPack(packId);
    if (!records) return nullptr;
    const ScenarioRunRecord* last = nullptr;
    for (const ScenarioRunRecord* r : records->runsFor(scenarioId)) {
        if (r->isFinished() && !r->isAbandoned()) last = r;
    }
    return last;
}

} // namespace mamori::scoring
