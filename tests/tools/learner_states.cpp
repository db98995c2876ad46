#include "learner_states.hpp"

#include "mamori/scoring/random.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mamori::test {

std::array<LearnerState, kLearnerStates> allLearnerStates()
{
    return {LearnerState::Complete, LearnerState::InProgress, LearnerState::NotStarted, LearnerState::Failing,
            LearnerState::Stale,    LearnerState::Fast,       LearnerState::Restored,   LearnerState::Tampered,
            LearnerState::Swapped,  LearnerState::OtherKey};
}

std::string_view learnerStateName(LearnerState state)
{
    switch (state) {
    case LearnerState::Complete: return "complete";
    case LearnerState::InProgress: return "in-progress";
    case LearnerState::NotStarted: return "not-started";
    case LearnerState::Failing: return "failing";
    case LearnerState::Stale: return "stale";
    case LearnerState::Fast: return "fast";
    case LearnerState::Restored: return "restored";
    case LearnerState::Tampered: return "tampered";
    case LearnerState::Swapped: return "swapped";
    case LearnerState::OtherKey: return "other-key";
    }
    return "?";
}

bool fileVerifies(LearnerState state)
{
    return state != LearnerState::NotStarted && state != LearnerState::Tampered && state != LearnerState::Swapped &&
           state != LearnerState::OtherKey;
}

double StateShares::of(LearnerState state) const
{
    switch (state) {
    case LearnerState::Complete: return complete;
    case LearnerState::InProgress: return inProgress;
    case LearnerState::NotStarted: return notStarted;
    case LearnerState::Failing: return failing;
    case LearnerState::Stale: return stale;
    case LearnerState::Fast: return fast;
    case LearnerState::Restored: return restored;
    case LearnerState::Tampered: return tampered;
    case LearnerState::Swapped: return swapped;
    case LearnerState::OtherKey: return otherKey;
    }
    return 0.0;
}

StateAssignment::StateAssignment(const StateShares& shares, int learners, std::uint64_t seed)
    : learners_(static_cast<std::uint64_t>(std::max(learners, 1)))
{
    // A stride near N/φ that is coprime with N makes i -> (stride·i + offset) mod N a
    // permutation that scatters neighbours far apart.
    stride_ =
        std::max<std::uint64_t>(1, static_cast<std::uint64_t>(static_cast<double>(learners_) * 0.6180339887498949));
    while (std::gcd(stride_, learners_) != 1) ++stride_;
    offset_ = scoring::DeterministicRandom(seed ^ 0x5eed5747e5ULL).below(learners_);

    double total = 0.0;
    for (LearnerState s : allLearnerStates()) total += std::max(0.0, shares.of(s));
    double cumulative = 0.0;
    for (int s = 0; s < kLearnerStates; ++s) {
        cumulative +=
            total > 0.0 ? std::max(0.0, shares.of(static_cast<LearnerState>(s))) / total : (s == 0 ? 1.0 : 0.0);
        bounds_[static_cast<std::size_t>(s) + 1] =
            std::min(learners_, static_cast<std::uint64_t>(std::llround(cumulative * static_cast<double>(learners_))));
    }
    bounds_[kLearnerStates] = learners_; // no learner left over by rounding
}

LearnerState StateAssignment::of(int index) const
{
    const std::uint64_t position = (stride_ * static_cast<std::uint64_t>(index) + offset_) % learners_;
    int state = 0;
    while (state + 1 < kLearnerStates && position >= bounds_[static_cast<std::size_t>(state) + 1]) ++state;
    return static_cast<LearnerState>(state);
}

int StateAssignment::count(LearnerState state) const
{
    const auto s = static_cast<std::size_t>(state);
    return static_cast<int>(bounds_[s + 1] - bounds_[s]);
}

} // namespace mamori::test
