#pragma once
/// \file
/// A learner's session: every action a learner can take, applied to their records and
/// saved before it is acknowledged. Both the app and `mamori-tool play` drive learners
/// through this one class, so they behave the same.
///
/// Each action either happens completely (applied and saved durably) or not at all: when
/// the save fails (a full disk), the change is undone in memory and the action is refused
/// with code "not-saved", so what the learner was told always matches what is on disk.
/// Nothing is recorded while the clock reads a time outside 2000–2199 ("bad-clock").

#include "mamori/lessons/model.hpp"
#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/inbox_run.hpp"
#include "mamori/scoring/quiz_attempt.hpp"
#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/progress_saver.hpp"
#include "mamori/scoring/result.hpp"
#include "mamori/scoring/review_deck.hpp"
#include "mamori/scoring/scenario_run.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mamori::scoring {

class LearnerSession {
public:
    /// `saver` keeps the records (and whatever it holds, such as a lock) for the session's life.
    LearnerSession(std::unique_ptr<ProgressSaver> saver, LearnerProgress progress, const Clock& clock);
    /// Saves the learner's place if it moved since the last save (savePlace).
    ~LearnerSession();
    LearnerSession(const LearnerSession&) = delete;
    LearnerSession& operator=(const LearnerSession&) = delete;

    const LearnerProgress& progress() const { return progress_; }
    const Clock& clock() const { return clock_; }

    /// Sets the learner's display name (saved); refused ("bad-name") when it is not one line of
    /// at most 100 characters (learner_input.hpp).
    Result<Done> setDisplayName(const std::string& name);

    // ---- the learner's place
    // Moving around (opening a lesson, going back to a page seen before, showing another question
    // of a quiz) changes only where the learner continues: it is kept in memory and saved with
    // the next record, or by savePlace, at the latest when the session ends. A crash loses at most
    // the place, never an answer: every record is saved before its action is acknowledged.

    /// Saves the place if it moved since the last save; refused ("not-saved") when the save fails.
    Result<Done> savePlace();
    /// Whether the place moved since the last save.
    bool placeUnsaved() const { return placeUnsaved_; }

    // ---- lessons
    /// Remembers the lesson as where to continue (the place).
    Result<Done> openLesson(const lessons::Pack& pack, const std::string& lessonId);
    /// Records that a page was viewed (the first view counts, and is saved) and remembers it as
    /// where to continue (the place).
    Result<Done> viewPage(const lessons::Pack& pack, const std::string& lessonId, const std::string& pageId);

    // ---- quizzes
    // Whenever an attempt finishes through the session (submitted, or timed out in startQuiz,
    // answer or expireOverdue), its missed questions enter the review deck in the same save.

    /// Resumes the quiz's unfinished attempt, or starts a new one when allowed. An attempt
    /// whose time ran out while the app was closed is finished first.
    Result<const AttemptRecord*> startQuiz(const lessons::Pack& pack, const std::string& quizId,
                                           std::optional<std::uint64_t> seed = std::nullopt);
    /// Records and saves an answer; an answer after the time limit finishes the attempt instead
    /// (AnswerFeedback::timeUp), saved the same way.
    Result<AnswerFeedback> answer(const lessons::Pack& pack, const std::string& quizId, const std::string& questionId,
                                  const Response& response, std::optional<Certainty> certainty);
    /// Remembers which question of the open attempt is shown, to resume there (the place).
    Result<Done> showQuestion(const lessons::Pack& pack, const std::string& quizId, int position);
    Result<const AttemptRecord*> submitQuiz(const lessons::Pack& pack, const std::string& quizId);
    /// Finishes the open attempt if its time limit has passed; true when it did (and saved it).
    /// False too when that save failed: the attempt then stays open, and a later call tries again.
    bool expireOverdue(const lessons::Pack& pack, const std::string& quizId);

    /// The unfinished attempt of a quiz, or nullptr.
    const AttemptRecord* openAttempt(const std::string& packId, const std::string& quizId) const;
    /// The last finished attempt of a quiz, or nullptr.
    const AttemptRecord* lastFinishedAttempt(const std::string& packId, const std::string& quizId) const;

    // ---- the review deck
    /// The reviews due at `now` in every pack of `library`, ordered by due time, then pack,
    /// then question id (see review_deck.hpp); its size is the catalog's "reviews due".
    std::vector<DueReview> dueReviews(const lessons::PackLibrary& library, Timestamp now) const;
    /// Answers a due review: grades the response with grade() (never certainty-marked), moves
    /// the item on (applyReview; a graduated item leaves the deck) and saves. Quiz results and
    /// completions are not changed. Refused when the pack has no such question
    /// ("unknown-question"), when it is not in the deck ("not-in-deck") or not due yet
    /// ("review-not-due"), and when the response is empty or does not fit the question.
    Result<ReviewFeedback> answerReview(const lessons::Pack& pack, const std::string& questionId, const Response& response);

    // ---- scenarios
    /// Starts a run, or resumes the unfinished one. An unfinished run the pack no longer fits
    /// (its node was removed) is kept as abandoned and a new run starts.
    Result<const ScenarioRunRecord*> startScenario(const lessons::Pack& pack, const std::string& scenarioId);
    Result<ChoiceOutcome> choose(const lessons::Pack& pack, const std::string& scenarioId, const std::string& optionId);
    const ScenarioRunRecord* openRun(const std::string& packId, const std::string& scenarioId) const;
    /// The last run that reached an ending (abandoned runs are skipped).
    const ScenarioRunRecord* lastFinishedRun(const std::string& packId, const std::string& scenarioId) const;

    // ---- inbox exercises
    /// Starts a run, or resumes the unfinished one.
    Result<const InboxRunRecord*> startInbox(const lessons::Pack& pack, const std::string& inboxId);
    /// Records one action on a message (inbox_run.hpp: actOnMessage) and saves it. Opening a
    /// message already opened changes nothing and saves nothing.
    Result<InboxOutcome> actOnMessage(const lessons::Pack& pack, const std::string& inboxId, const std::string& messageId,
                                      InboxAction action, const std::string& target = {});
    const InboxRunRecord* openInboxRun(const std::string& packId, const std::string& inboxId) const;
    /// The last finished run of an inbox exercise, or nullptr.
    const InboxRunRecord* lastFinishedInboxRun(const std::string& packId, const std::string& inboxId) const;

    /// Milestones reached by the last action (a lesson or pack completed), for a
    /// congratulation; cleared by each action.
    const std::vector<Completion>& newCompletions() const { return newCompletions_; }

private:
    /// Applies `change` to the pack's records, puts the missed questions of attempts it
    /// finished into the review deck, records completions, saves; undoes it all when `change`
    /// refuses or the save fails.
    Result<Done> apply(const lessons::Pack& pack, const std::function<Result<Done>(PackProgress&)>& change);
    /// Applies `change`, which moves only the place, in memory (a pack's first record is saved).
    Result<Done> movePlace(const lessons::Pack& pack, const std::function<Result<Done>(PackProgress&)>& change);

    std::unique_ptr<ProgressSaver> saver_;
    LearnerProgress progress_;
    const Clock& clock_;
    std::vector<Completion> newCompletions_;
    bool placeUnsaved_ = false;
};

} // namespace mamori::scoring
