#pragma once
// What a learner answers and chooses: the right answer, or a mistake people make, always in
// a shape the question accepts (the session refuses any other).

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/random.hpp"
#include "mamori/scoring/response.hpp"

namespace mamori::test {

enum class Answer {
    Right,
    Mistaken, ///< wrong, but partly right where the kind gives partial credit (one step out of place)
    Clueless, ///< earns nothing (every pair mismatched, the steps reversed)
};

scoring::Response respond(const lessons::Question& question, Answer answer, scoring::DeterministicRandom& random);

/// The option a learner takes at `node`: the one that scores best when playing well, any otherwise.
const lessons::ScenarioOption& pickOption(const lessons::ScenarioNode& node, bool playWell,
                                          scoring::DeterministicRandom& random);

} // namespace mamori::test
