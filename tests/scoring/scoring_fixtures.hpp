#pragma once
// A pack with one quiz holding a question of every kind, and a scenario, built in memory
// for the scoring tests.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/learner_session.hpp"
#include "mamori/scoring/response.hpp"
#include "mamori/scoring/signing.hpp"
#include "mamori/scoring/storage.hpp"

#include <chrono>
#include <filesystem>

#include <memory>
#include <string>

namespace mamori::test {

/// Pack "test" with lesson "lesson" (pages p1, p2), quiz "quiz" and scenario "scenario".
/// Question ids name their kind: single (b correct), truefalse (false), multiple (a, b
/// correct of a–d), multiple-strict, ordering (s1..s4), ordering-strict (s1..s3), matching
/// (p1..p3 and distractor d), shorttext (USB, USBメモリ).
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

/// A fixed organisation key for tests.
scoring::OrganisationKey testKey();

/// A response picking these choices (or true/false, or steps in this order).
scoring::Response picks(std::vector<std::string> ids);

/// Opens learner E1's session in `folder` the way the app does.
std::unique_ptr<scoring::LearnerSession> openSession(const std::filesystem::path& folder, scoring::Storage& storage,
                                                     const scoring::Clock& clock);

} // namespace mamori::test
