#pragma once
// What state each learner of a generated organisation is in, and which learners get which:
// exact shares, spread over the whole organisation, decided by the seed alone.

#include <array>
#include <cstdint>
#include <string_view>

namespace mamori::test {

enum class LearnerState {
    Complete,   ///< finished all four training packs this year
    InProgress, ///< stopped part way, perhaps in the middle of a quiz
    NotStarted, ///< no progress file at all: only in the roster
    Failing,    ///< failed a final quiz and has not passed it yet
    Stale,      ///< finished everything more than a year ago, nothing since
    Fast,       ///< finished, answering quizzes suspiciously fast (10 answers in under 20 s)
    Restored,   ///< finished; then the main file was deleted and Mamori restored the backup (a signed event)
    Tampered,   ///< a byte of the file changed after signing
    Swapped,    ///< holds another learner's records (a colleague's file copied under this name)
    OtherKey,   ///< signed with another organisation's key
};

inline constexpr int kLearnerStates = 10;

/// Every state, in the order above.
std::array<LearnerState, kLearnerStates> allLearnerStates();

/// "complete", "in-progress", "not-started", "failing", "stale", "fast", "restored",
/// "tampered", "swapped", "other-key".
std::string_view learnerStateName(LearnerState state);

/// Whether the learner's file verifies (signed with the key, unaltered, named after its learner).
bool fileVerifies(LearnerState state);

/// The share of learners in each state. Only their ratios matter (they are normalised); the
/// defaults are an organisation a few months into its yearly training.
struct StateShares {
    double complete = 0.71;
    double inProgress = 0.10;
    double notStarted = 0.05;
    double failing = 0.06;
    double stale = 0.03;
    double fast = 0.01;
    double restored = 0.01;
    double tampered = 0.01;
    double swapped = 0.01;
    double otherKey = 0.01;

    double of(LearnerState state) const;
};

/// Which learner is in which state. Each state gets exactly its share (rounded) of the
/// learners, so that even 200 learners have their few tampered ones; the learners are
/// interleaved (an affine permutation with a golden-ratio stride), so every department has
/// its mix. Cheap and stateless: one multiplication per question.
class StateAssignment {
public:
    StateAssignment(const StateShares& shares, int learners, std::uint64_t seed);

    /// The state of learner `index` (0-based).
    LearnerState of(int index) const;
    /// How many learners are in `state`.
    int count(LearnerState state) const;

private:
    std::uint64_t learners_;
    std::uint64_t stride_;
    std::uint64_t offset_;
    std::array<std::uint64_t, kLearnerStates + 1> bounds_{}; ///< positions [bounds_[s], bounds_[s + 1]) are in state s
};

} // namespace mamori::test
