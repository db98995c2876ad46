#pragma once
/// \file
/// The progress file format: XML, one file per learner, with a schema version. Older
/// schemas are migrated when read; newer ones are refused with a clear message.

#include "mamori/scoring/records.hpp"
#include "mamori/scoring/result.hpp"

#include <string>
#include <string_view>

namespace mamori::scoring {

/// The schema this build writes.
///  - 1: pages viewed, attempts, scenario runs, completions;
///  - 2: adds the review deck, `<review question stage due added reviews lapses/>` in each
///    `<pack>` after its completions. A schema-1 file gets the deck its finished attempts
///    would have built.
inline constexpr int kProgressSchemaVersion = 2;

/// The file's content without its signature line.
std::string serializeProgress(const LearnerProgress& progress);

/// Parses (and migrates) a progress file's signed content. Errors read
/// `NAME:LINE: error: MESSAGE`, with `displayName` naming the file.
Result<LearnerProgress> parseProgress(std::string_view content, const std::string& displayName);

} // namespace mamori::scoring
