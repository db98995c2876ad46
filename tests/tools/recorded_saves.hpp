#pragma once
// The save history a learner's file would carry had every save been written, without writing
// any. A learner makes a few hundred saves; serialising each (25 KB) would cost more than
// the whole rest of the generation, and only the last one is ever on disk.

#include "mamori/records/save_history.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/progress_saver.hpp"
#include "mamori/scoring/random.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mamori::test {

/// Counts a session's saves and what each reached, and makes the file content of the last.
///
/// Every save gets a generation and a chain value as records::nextSave makes them, and a
/// checkpoint when it finished an attempt or a scenario run or completed something, with the
/// description the store would write. The digests of the saves before the last stand for
/// records never serialised (random, from the seed); only the last save's records are in the
/// file, so nothing can check the others. The last save's digest is the real one.
class SaveRecorder {
public:
    /// Carries on from `history` (empty for a learner never saved) and the records `progress`
    /// held when it was loaded.
    SaveRecorder(records::SaveHistory history, const scoring::LearnerProgress& progress, std::uint64_t seed);

    /// A saver for a LearnerSession that records each save at `clock`'s time and keeps nothing.
    std::unique_ptr<scoring::ProgressSaver> saver(const scoring::Clock& clock);

    void recordSave(const scoring::LearnerProgress& progress, scoring::Timestamp at);
    int saves() const { return saves_; }

    /// The unsigned file content of the last save (records::serializeSave, so its chain value
    /// covers the records as written); nullopt when nothing was saved.
    std::optional<std::string> lastSaveContent(const scoring::LearnerProgress& progress) const;

private:
    struct Save {
        scoring::Timestamp at;
        std::vector<std::string> reached;
    };

    records::SaveHistory history_;                 ///< up to the save before `last_`, without its checkpoints
    std::vector<records::Checkpoint> checkpoints_; ///< history_'s, kept aside
    std::optional<Save> last_;
    std::map<std::string, std::string> milestones_;
    std::size_t milestoneCount_ = 0;
    scoring::DeterministicRandom digests_;
    int saves_ = 0;
};

} // namespace mamori::test
