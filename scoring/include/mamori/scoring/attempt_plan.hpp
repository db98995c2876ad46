#pragma once
/// \file
/// Which questions an attempt asks, in which order, with its choices in which order.
/// Computed once from a seed when the attempt starts and stored with it, so that the
/// attempt resumes and is reviewed exactly as the learner saw it.

#include "mamori/lessons/model.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace mamori::scoring {

/// One question as shown in an attempt.
struct PlannedQuestion {
    std::string questionId;
    /// Display order of the question's parts: choice ids (single, multiple); step ids as
    /// first shown (ordering); right-hand item ids, pairs' and distractors' (matching).
    /// Empty for true/false and short text.
    std::vector<std::string> order;

    bool operator==(const PlannedQuestion&) const = default;
};

struct AttemptPlan {
    std::uint64_t seed = 0;
    std::vector<PlannedQuestion> questions;
};

/// Orders one question's parts from `seed`, as an attempt would (used alone by reviews).
PlannedQuestion planQuestion(const lessons::Quiz& quiz, const lessons::Question& question, std::uint64_t seed);

/// Draws `quiz.draw` questions (all when 0) from the pool, or only from `onlyFrom` when it
/// is not empty (a retry of missed questions), and orders them and their parts from `seed`.
/// Ordering steps and matching partners are always shuffled, since their written order is
/// the answer; `shuffle-choices` governs the choices of single and multiple questions.
AttemptPlan planAttempt(const lessons::Quiz& quiz, std::uint64_t seed, const std::vector<std::string>& onlyFrom = {});

} // namespace mamori::scoring
