#pragma once
// The parts of a learner's records that the index keeps as JSON in the row they belong to:
// an attempt's answer steps (attempts.answers) and a pack's completions
// (learner_packs.completions). A row costs an ingest's single writer far more than its text,
// and these are read whole with their attempt or pack. Written by hand on the reader threads
// (the ingest's hot path), read back with nlohmann::json. Every key that may be missing reads
// as NULL in SQL (SQLite's json_extract, PostgreSQL's ->>).
//
// answers, in step order:
//   [{"question": ID, "choices": [ID…], "matches": [[LEFT, RIGHT]…], "typed": TEXT, "certainty": 1-3,
//     "at": SECONDS SINCE 1970, "seconds": N, "fraction": 0..1, "score": X, "max_score": X}…]
//   "choices", "matches", "typed" and "certainty" are left out when empty.
// completions, in the file's order:
//   [{"kind": "lesson"|"quiz"|"scenario"|"pack"|"inbox", "id": ID, "at": SECONDS SINCE 1970, "pack_version": V}…]
// an inbox run's actions (inbox_runs.actions), in order:
//   [{"message": ID, "action": "open"|"open-link"|…, "target": TEXT, "at": SECONDS SINCE 1970}…]
//   "target" is left out when empty.

#include "mamori/records/indexed_records.hpp"
#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace mamori::records {

/// Appends `steps` to `out` as the answers array described above.
void appendAnswerStepsJson(std::string& out, const std::vector<scoring::AnswerStep>& steps);

/// The steps of an `attempts.answers` text; refused when it is not such an array.
scoring::Result<std::vector<IndexedAnswer>> readAnswerStepsJson(std::string_view json);

/// Appends `completions` to `out` as the completions array described above.
void appendCompletionsJson(std::string& out, const std::vector<scoring::Completion>& completions);

/// The completions of a `learner_packs.completions` text; refused when it is not such an
/// array. A kind this build does not know (a newer Mamori's) is left out rather than guessed.
scoring::Result<std::vector<IndexedCompletion>> readCompletionsJson(std::string_view json);

/// Appends `steps` to `out` as the inbox actions array described above.
void appendInboxActionsJson(std::string& out, const std::vector<scoring::InboxStep>& steps);

/// The actions of an `inbox_runs.actions` text; refused when it is not such an array. An
/// action this build does not know (a newer Mamori's) is left out rather than guessed.
scoring::Result<std::vector<IndexedInboxAction>> readInboxActionsJson(std::string_view json);

} // namespace mamori::records
