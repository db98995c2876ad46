#pragma once
// One learner's training, from their seed to the content of their progress file: a session
// over an in-memory saver, driven by a Trainee with the persona of their state.

#include "learner_states.hpp"
#include "org_calendar.hpp"
#include "trainee.hpp"

#include "mamori/records/save_history.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace mamori::test {

struct TrainedLearner {
    std::optional<std::string> content; ///< the file's content, unsigned; nullopt when nothing was saved
    scoring::Timestamp lastAction;      ///< where the learner's clock stopped
    bool done = false;                  ///< every pack they take is complete (or allows no more attempts)
};

/// Learner `index` trained as `state` from their first day. The same arguments give the
/// same content, byte for byte.
TrainedLearner trainLearner(const Training& training, std::uint64_t seed, int index, LearnerState state);

/// What a learner loaded from their file holds: nothing for a learner who never started.
struct LoadedRecords {
    std::optional<scoring::LearnerProgress> progress;
    records::SaveHistory history;
};

/// Learner `index` comes back on `day` (round `round` of advanceOrganisation) and trains for
/// one sitting, carrying on from `loaded`.
TrainedLearner trainAnotherDay(const Training& training, std::uint64_t seed, int index, LearnerState state,
                               LoadedRecords loaded, Day day, int round);

} // namespace mamori::test
