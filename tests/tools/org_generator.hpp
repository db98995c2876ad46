#pragma once
// A generator of realistic organisations' progress files, for benchmarks of HR's index:
// one signed file per learner, made by the real engine (a LearnerSession driven through
// lessons, quizzes, retries, scenarios and reviews over weeks of a fake clock), with the
// odd cases an organisation has (tampered, swapped, restored, another key), and a roster.
// See README.md beside this file.

#include "learner_states.hpp"

#include "mamori/records/organisation_key.hpp"

#include <array>
#include <cstdint>
#include <filesystem>

namespace mamori::test {

struct OrgOptions {
    int learners = 1000;
    std::uint64_t seed = 1;
    /// The shipped packs (MAMORI_PACKS_DIR): basics, telework, departing, targeted-attacks, tour.
    std::filesystem::path packsDir;
    std::filesystem::path dataDir; ///< files go to dataDir/progress/<id>.xml
    /// Signs the files. Set it: the default (all zeros) only lets an OrgOptions be made first.
    records::OrganisationKey key{std::array<std::uint8_t, records::OrganisationKey::kBytes>{}};
    std::filesystem::path rosterFile; ///< when set, generateOrganisation also writes the roster CSV there
    StateShares shares;               ///< the share of learners in each state
    int threads = 2;                  ///< each on its own range of learners; the files do not depend on it
};

struct OrgSummary {
    std::array<int, kLearnerStates> learners{}; ///< per LearnerState: generated, or (advance) moved on
    int filesWritten = 0;
    std::uintmax_t bytesWritten = 0; ///< progress files (and backups made by restores), not the roster
    std::uintmax_t rosterBytes = 0;
    int skipped = 0;      ///< advance: chosen learners whose file did not verify, so Mamori would not go on with it
    int ranOutOfDays = 0; ///< learners meant to finish whose last day came first (expected: 0)
    double seconds = 0.0; ///< wall time of the call (not in any file)

    int count(LearnerState state) const { return learners[static_cast<std::size_t>(state)]; }
};

/// Writes every learner's file into `dataDir/progress/` (created when missing), and the roster
/// when asked. Learner `E000001`… is the same for the same seed, packs and shares, byte for
/// byte, whatever the number of threads. Throws std::runtime_error when the packs cannot be
/// loaded, a file cannot be written, or the engine refuses an action (a bug to report).
OrgSummary generateOrganisation(const OrgOptions& options);

/// Moves `percent` % of the learners (rounded; exactly that many) on by a day of training
/// (round `round`: the round-th working day from the organisation's "today"), as for a
/// "re-ingest with 1 % changed" benchmark: each chosen learner loads their file, trains for
/// one sitting and their file is rewritten one save further (the old one becomes `.bak` where
/// Mamori keeps one). Learners who never started may be chosen, and start. Learners whose file does not
/// verify (tampered, swapped, another key) are never chosen. Which learners move on depends
/// only on the seed and the round; run rounds 1, 2, 3… on an organisation generated with the
/// same options (a round run again trains the same learners once more, later).
OrgSummary advanceOrganisation(const OrgOptions& options, double percent, int round);

} // namespace mamori::test
