#include "advance_pick.hpp"

#include "org_calendar.hpp"

#include <algorithm>

namespace mamori::test {
namespace {

/// The purpose of the draws (see streamSeed), plus the round.
constexpr std::uint64_t kPickForRound = 3'000'000;

} // namespace

bool canMoveOn(LearnerState state)
{
    return fileVerifies(state) || state == LearnerState::NotStarted;
}

AdvancePick::AdvancePick(const StateAssignment& states, int learners, std::uint64_t seed, int round, int count)
    : states_(states), learners_(learners), seed_(seed), round_(round)
{
    count_ = std::min(count, countBelow(UINT64_MAX));
    if (count_ <= 0) return;
    // The smallest threshold with `count_` draws below it: a binary search over 64 bits, each
    // step one pass over the learners (cheap: a hash each), so nothing per learner is kept.
    std::uint64_t low = 0, high = UINT64_MAX;
    while (low < high) {
        const std::uint64_t middle = low + (high - low) / 2;
        if (countBelow(middle) >= count_)
            high = middle;
        else
            low = middle + 1;
    }
    threshold_ = low;
    count_ = countBelow(threshold_);
}

bool AdvancePick::picked(int index) const
{
    return canMoveOn(states_.of(index)) && draw(index) < threshold_;
}

std::uint64_t AdvancePick::draw(int index) const
{
    return streamSeed(seed_, index, kPickForRound + static_cast<std::uint64_t>(round_));
}

int AdvancePick::countBelow(std::uint64_t threshold) const
{
    int count = 0;
    for (int i = 0; i < learners_; ++i) count += canMoveOn(states_.of(i)) && draw(i) < threshold ? 1 : 0;
    return count;
}

} // namespace mamori::test
