#pragma once
// A pack with one quiz holding a question of every kind, and a scenario, built in memory
// for the scoring tests.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/response.hpp"

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

} // namespace mamori::test
