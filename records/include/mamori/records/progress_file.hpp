#pragma once
/// \file
/// The progress file format: XML, one file per learner, with a schema version. Older
/// schemas are migrated when read; newer ones are refused with a clear message.

#include "mamori/records/save_history.hpp"
#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/result.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

/// The schema this build writes.
///  - 1: pages viewed, attempts, scenario runs, completions;
///  - 2: adds the review deck, `<review question stage due added reviews lapses/>` in each
///    `<pack>` after its completions. A schema-1 file gets the deck its finished attempts
///    would have built.
///  - 3: adds the save history, `<history>` as the last element of `<progress>` (see
///    save_history.hpp), and answers' `seconds` may exceed 2^31. An older file has no
///    history until its next save starts one.
///  - 4: adds inbox exercise runs, `<inbox-run>` after the scenario runs, each action an `<act>`.
///
/// Every save also notes the app that wrote it, `written-by="Mamori 0.1.0 (abc123def456)"` on
/// `<progress>` (build_info.hpp): printable ASCII, at most kMaxAppIdentityCharacters. It came
/// without a new schema, because every reader of schema 4 passes over attributes it does not
/// know (it refuses only unknown elements): an older Mamori reads such a file as before, and
/// its own next save carries no note, which is true of that save. The signature covers the
/// note like the rest. A file without one (older saves) reads as written by an unknown app.
inline constexpr int kProgressSchemaVersion = 4;

/// What a progress file holds.
struct ProgressDocument {
    scoring::LearnerProgress progress;
    SaveHistory history;
    std::optional<std::string> writtenBy;   ///< the app that wrote the save; nullopt: not noted (an older Mamori)
};

/// The file's content without its signature line, with `history` as given. Like every save,
/// it notes this build as the app that wrote it (appIdentity()).
std::string serializeProgress(const scoring::LearnerProgress& progress, const SaveHistory& history);

/// The content of a new save: the records, then the history that `advance` makes from the
/// SHA-256 (hex) of the records as written, which the save's chain value covers.
std::string serializeSave(const scoring::LearnerProgress& progress,
                          const std::function<SaveHistory(std::string_view recordsDigest)>& advance);

/// Parses (and migrates) a progress file's signed content. Errors read
/// `NAME:LINE: error: MESSAGE`, with `displayName` naming the file. Refused: malformed XML,
/// unknown elements, times that are not `YYYY-MM-DDTHH:MM:SSZ` in 2000–9999, numbers out of
/// range, texts with invalid UTF-8 or control characters or over 4096 characters, a
/// `written-by` that appIdentityProblem refuses.
scoring::Result<ProgressDocument> parseProgress(std::string_view content, const std::string& displayName);

} // namespace mamori::records
