#pragma once
// A learner going through their training with the real engine: a LearnerSession driven as
// the app would drive it (pages viewed, quizzes answered and submitted, failed ones retried,
// scenarios played, reviews answered), in sittings spread over days and weeks of a fake clock.

#include "org_calendar.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/learner_session.hpp"
#include "mamori/scoring/random.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace mamori::test {

/// The packs learners are given, loaded once; immutable, so every thread shares them.
struct Training {
    const lessons::PackLibrary* library = nullptr;
    std::vector<const lessons::Pack*> assigned; ///< basics, telework, targeted-attacks, departing
    const lessons::Pack* tour = nullptr;        ///< the guided tour some take first; may be null
};

/// The four training packs and the tour of `library`; throws std::runtime_error when one of
/// the four is missing.
Training trainingFrom(const lessons::PackLibrary& library);

/// How a learner goes about their training.
struct Persona {
    std::string displayName;
    double skill = 0.9; ///< the chance of answering a question right; rises after each failure
    std::chrono::seconds quickestAnswer{5}, slowestAnswer{90};
    std::chrono::seconds quickestPage{20}, slowestPage{240};
    std::vector<const lessons::Pack*> order; ///< the packs in the order taken (the tour first, if taken)
    int stopAfterSteps = -1;                 ///< stops for good after this many pages, answers and choices; -1: never
    const lessons::Pack* stuckOn = nullptr;  ///< a pack whose final quiz they fail and fail again
    int failuresBeforeGivingUp = 0;          ///< on `stuckOn`: they stop training after so many failed attempts
    Day firstDay;                            ///< when they start
    Day lastDay;                             ///< they train no later than this
};

class Trainee {
public:
    Trainee(const Training& training, const Persona& persona, scoring::LearnerSession& session,
            scoring::FakeClock& clock, scoring::DeterministicRandom& random);

    /// Trains in sittings a few working days apart from the persona's first day until the
    /// training is done, the persona stops, or its last day is over.
    void trainUntilDone();

    /// One sitting from the clock's time: reviews due, then on with the training; with
    /// nothing left to do, a final quiz retaken or a scenario played again.
    void trainOneSitting();

    /// Every pack the persona takes is complete (or given up because it allows no more attempts).
    bool done() const;
    /// Stopped on purpose (part way, or stuck on a quiz).
    bool stopped() const { return stopped_; }

private:
    void sitting(std::chrono::minutes length);
    const lessons::Pack* currentPack() const;
    void studyNext(const lessons::Pack& pack);
    void viewPage(const lessons::Pack& pack, const lessons::Lesson& lesson, const lessons::Page& page);
    /// Answers the open or a new attempt; false when it failed (or stopped part way).
    bool takeQuiz(const lessons::Pack& pack, const lessons::Quiz& quiz);
    /// Plays a run to its end; false when it did not pass (or stopped part way).
    bool playScenario(const lessons::Pack& pack, const lessons::Scenario& scenario);
    /// Works through an inbox exercise: reads each message, decides it (rightly as often as
    /// their skill says), sometimes points out a clue or opens what they should not.
    bool workThroughInbox(const lessons::Pack& pack, const lessons::Inbox& inbox);
    void answerDueReviews(int most);
    void revisit();
    void countStep();
    int failedAttempts(const lessons::Pack& pack, const std::string& quizId) const;
    int failedRuns(const lessons::Pack& pack, const std::string& scenarioId) const;
    /// Waits a human pause before the next action.
    void wait(std::chrono::seconds least, std::chrono::seconds most);
    /// Throws std::runtime_error with the learner, the action and the refusal.
    [[noreturn]] void fail(const std::string& action, const scoring::Refusal& refusal) const;

    const Training& training_;
    Persona persona_;
    scoring::LearnerSession& session_;
    scoring::FakeClock& clock_;
    scoring::DeterministicRandom& random_;
    std::vector<const lessons::Pack*> givenUp_; ///< packs that allow no further attempt
    int steps_ = 0;
    bool stopped_ = false;
    bool endSitting_ = false;
};

} // namespace mamori::test
