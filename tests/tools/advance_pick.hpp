#pragma once
// Who moves on in a round of advanceOrganisation: exactly the asked number of learners,
// drawn at random from the seed and the round, without keeping anything per learner.

#include "learner_states.hpp"

#include <cstdint>

namespace mamori::test {

/// Whether a learner can move on: their file verifies, or they have none yet.
bool canMoveOn(LearnerState state);

class AdvancePick {
public:
    /// Picks `count` of the learners who can move on (all of them, when fewer), each drawn
    /// with a number from (seed, round, index): those with the smallest draws are picked.
    AdvancePick(const StateAssignment& states, int learners, std::uint64_t seed, int round, int count);

    bool picked(int index) const;
    int count() const { return count_; }

private:
    std::uint64_t draw(int index) const;
    /// How many learners who can move on draw below `threshold`.
    int countBelow(std::uint64_t threshold) const;

    const StateAssignment& states_;
    int learners_;
    std::uint64_t seed_;
    int round_;
    int count_ = 0;
    std::uint64_t threshold_ = 0; ///< picked: draw < threshold_
};

} // namespace mamori::test
