#pragma once
// One progress file's records as the index's rows, built on the reader threads: the thread
// that writes the index (there is one) only stores them. Plain values, the same for every
// database engine.

#include "mamori/records/progress_check.hpp"
#include "mamori/records/trust_flags.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mamori::lessons {
struct PackLibrary;
}

namespace mamori::records {

/// A progress file as found in the folder.
struct FileStamp {
    std::string name;
    std::string learnerId;          ///< from the name
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::string signature;
    bool indexed = false;           ///< the index has a row for it, from an earlier ingest
};

// Times are seconds since 1970; lists are space-separated, as the schema describes them.
struct LearnerPackRow {
    std::string packId, lastVersion;
    std::int64_t pagesViewed = 0;
    std::optional<std::int64_t> firstActivity, lastActivity, completedAt;
    std::optional<std::string> completedVersion;
    std::optional<double> bestPercent;
    std::string completions;             ///< the pack's completions, as index_json.hpp writes them
};

struct AttemptRow {
    std::string packId, packVersion, quizId, seed, questions;
    std::int64_t number = 0, started = 0;
    std::optional<std::int64_t> finished;
    std::optional<std::string> ending;   ///< submitted or timed-out, once finished
    std::optional<double> score, maxScore, percent;
    std::optional<bool> passed;
    std::string answers;                 ///< the answer steps, as index_json.hpp writes them
};

struct RunRow {
    std::string packId, packVersion, scenarioId, path;
    std::int64_t number = 0, started = 0;
    std::optional<std::int64_t> finished;
    std::optional<std::string> endingId, outcome;
    std::optional<std::int64_t> score;
    std::optional<bool> passed;
};

struct InboxRunRow {
    std::string packId, packVersion, inboxId;
    std::int64_t number = 0, started = 0;
    std::optional<std::int64_t> finished;
    std::optional<double> score, maxScore, percent;
    std::optional<bool> passed;
    std::string actions;                 ///< the run's actions, as index_json.hpp writes them
};

struct FileRows {
    FileStamp stamp;
    std::string status, problem;
    std::optional<std::string> holdsLearner, displayName;
    std::optional<std::string> writtenBy;  ///< the app that wrote the file, when it could be read and notes it
    std::optional<std::int64_t> generation;
    std::vector<LearnerPackRow> packs;
    std::vector<AttemptRow> attempts;
    std::vector<RunRow> runs;
    std::vector<InboxRunRow> inboxRuns;
    std::vector<TrustFlag> flags;        ///< what the file itself shows
    bool verified = false;               ///< the records above count; the history below is the file's
    SaveHistory history;                 ///< judged against the one the index saw last
    std::string encodedHistory;          ///< encodeChains(history), kept for the next ingest
};

/// The rows of the file `stamp` that `check` read; `packs` (may be null) tells pack versions it does not know.
FileRows fileRows(FileStamp stamp, ProgressCheck check, const lessons::PackLibrary* packs, scoring::Timestamp now);

} // namespace mamori::records
