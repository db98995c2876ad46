#pragma once
// One question kind's rules in scoring, as one bundle per kind: how a response is graded, which
// response earns full marks, which responses fit the question, and in which order its parts are
// shown. kind_rules.cpp lists the bundles; grading, attempts and plans ask it by kind.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/grading.hpp"
#include "mamori/scoring/random.hpp"
#include "mamori/scoring/response.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mamori::scoring::detail {

struct KindRules {
    /// Grades a response that is not empty (grade() answers the empty one).
    Grade (*grade)(const lessons::Question& question, const Response& response);
    /// The response that earns full marks.
    Response (*correctResponse)(const lessons::Question& question);
    /// Why `response` does not fit the question (a part it lacks, the wrong shape), or nullopt.
    /// Words follow "answer to question 'ID' ".
    std::optional<std::string> (*shapeProblem)(const lessons::Question& question, const Response& response);
    /// The question's parts in the order an attempt shows them (PlannedQuestion::order); empty
    /// for kinds with no parts to order.
    std::vector<std::string> (*partOrder)(const lessons::Quiz& quiz, const lessons::Question& question,
                                          DeterministicRandom& random);
};

/// The rules of `kind`; every kind has them (a switch with no default, so the compiler names a
/// kind left out).
const KindRules& kindRules(lessons::QuestionKind kind);

// ---- small helpers the kinds share

/// A fraction clamped to 0..1, with the correctness a learner is told.
Grade gradeOf(double fraction);

/// Shuffles `ids`; when `mustDiffer`, never leaves them in their written order (for orderings
/// and matchings, whose written order is the answer).
void shuffleIds(std::vector<std::string>& ids, DeterministicRandom& random, bool mustDiffer);

/// No parts to order (true/false, short text).
std::vector<std::string> noParts(const lessons::Quiz& quiz, const lessons::Question& question,
                                 DeterministicRandom& random);

} // namespace mamori::scoring::detail
