#pragma once
// A pack with one quiz holding a question of every kind, and a scenario, built in memory
// for the scoring tests.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/learner_session.hpp"
#include "mamori/scoring/progress_saver.hpp"
#include "mamori/scoring/response.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace mamori::test {

/// Pack "test" with lesson "lesson" (pages p1, p2), quiz "quiz" and scenario "scenario".
/// Question ids name their kind: single (b correct), truefalse (false), multiple (a, b
/// correct of a–d), multiple-strict, ordering (s1..s4), ordering-strict (s1..s3), matching
/// (p1..p3 and distractor d), shorttext (USB, USBメモリ), hotspot (r1, r2 correct of r1–r4; r4,
/// small, lies inside r3).
class QuizFixture {
public:
    /// `quizAttributes` replace the quiz's default attributes (pass-mark="50").
    explicit QuizFixture(const std::string& quizAttributes = "pass-mark=\"50\"", const std::string& lessonQuiz = "");

    const lessons::Pack& pack() const { return *pack_; }
    /// The pack as a PackLibrary holds it.
    std::shared_ptr<const lessons::Pack> sharedPack() const { return pack_; }
    const lessons::Quiz& quiz() const { return *pack_->quiz("quiz"); }
    const lessons::Question& question(const std::string& id) const;
    const lessons::Scenario& scenario() const { return *pack_->scenario("scenario"); }

private:
    std::shared_ptr<const lessons::Pack> pack_;
};

std::string describeResponse(const scoring::Response& response);

/// 2026-04-01 09:00 UTC, where the scoring tests' clocks start.
inline const scoring::Timestamp kStart = std::chrono::sys_days(std::chrono::year(2026) / 4 / 1) + std::chrono::hours(9);

/// A response picking these choices (or true/false, or steps in this order).
scoring::Response picks(std::vector<std::string> ids);

/// A learner's saved records kept in memory, as a store keeps them on disk: what was saved
/// last outlives the session, and saves can be made to fail, as on a full disk.
class SavedRecords {
public:
    /// Saves from the `save`-th on (counting from now) fail; 0: none fails.
    void failFrom(int save)
    {
        failFrom_ = save;
        attempts_ = 0;
    }
    int saves() const { return saves_; }
    const std::optional<scoring::LearnerProgress>& last() const { return last_; }

private:
    friend class MemorySaver;
    std::optional<scoring::LearnerProgress> last_;
    int saves_ = 0;
    int attempts_ = 0;
    int failFrom_ = 0;
};

class MemorySaver final : public scoring::ProgressSaver {
public:
    explicit MemorySaver(SavedRecords& records) : records_(records) {}
    scoring::Result<scoring::Done> save(const scoring::LearnerProgress& progress) override;

private:
    SavedRecords& records_;
};

/// The question ids in a pack's review deck.
std::set<std::string> deckOf(const scoring::LearnerProgress& progress, const std::string& packId);

/// Starts an attempt of the fixture's quiz (seed 7) and answers every question it draws
/// right except `leftOut`, which stay unanswered; returns the attempt (still open).
const scoring::AttemptRecord& answerAllBut(scoring::LearnerSession& session, const QuizFixture& fixture,
                                           const std::set<std::string>& leftOut,
                                           std::optional<scoring::Certainty> certainty = std::nullopt);

/// Opens learner E1's session on `records`, as the app does after a restart: with what was saved last.
std::unique_ptr<scoring::LearnerSession> openSession(SavedRecords& records, const scoring::Clock& clock);

} // namespace mamori::test
