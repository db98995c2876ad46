#pragma once
// What a learner's records have reached that a save history keeps a checkpoint for: every
// finished attempt, scenario run and inbox run and every completion, each with a key that stays the
// same from save to save and a description for people.

#include "mamori/scoring/learner_progress.hpp"

#include <map>
#include <string>

namespace mamori::records {

/// key → description, e.g. "basics/attempt/final/2" → "basics: quiz final, attempt 2 submitted (60%, failed)".
std::map<std::string, std::string> milestonesOf(const scoring::LearnerProgress& progress);

} // namespace mamori::records
