#pragma once
/// \file
/// Grading: pure functions from a question and a response to a mark. No clock, no I/O.
/// The rules, with worked examples, are in lessons/README.md ("How answers are scored").

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/response.hpp"

#include <optional>

namespace mamori::scoring {

/// Whether a response was right, as a learner is told.
enum class Correctness { Right, PartlyRight, Wrong, Unanswered };

struct Grade {
    double fraction = 0.0;   ///< 0..1 of the question's points
    Correctness correctness = Correctness::Unanswered;
};

/// Grades `response` to `question`.
///  - single choice, true/false, short text: 1 or 0;
///  - multiple response: max(0, c/C − w/W) with c of C correct choices and w of W wrong
///    choices selected; all-or-nothing: 1 only for exactly the correct set;
///  - ordering: (L − 1)/(n − 1), L the longest run of steps (not necessarily adjacent) in
///    the right relative order, n the number of steps; all-or-nothing: 1 only when exact;
///  - matching: the share of left items given their right partner.
Grade grade(const lessons::Question& question, const Response& response);

/// Certainty-based marks for one question, in units of its points: right answers earn
/// 1, 2 or 3 (scaled by the fraction for partly right ones) at low, medium and high
/// certainty; wrong answers (fraction 0) earn 0, −2 or −6.
double certaintyMarks(double fraction, Certainty certainty);

/// The best mark a question can earn under certainty-based marking, per point.
inline constexpr double kMaxCertaintyMarks = 3.0;

/// The response that earns full marks, for reviews and tests.
Response correctResponse(const lessons::Question& question);

} // namespace mamori::scoring
