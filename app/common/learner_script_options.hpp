#pragma once
// The command-line values a script run takes (--user, --now), checked the same way by
// `mamori-tool play` and `mamori --script`: a wrong one is a wrong command line (exit 2),
// refused before the script is read or any file is created.

#include "mamori/scoring/clock.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace mamori::app {

/// The time given with --now: YYYY-MM-DDTHH:MM:SSZ (UTC, as scoring::parseTimestamp reads it)
/// within the years accepted as now; nullopt with `problem` set for anything else.
std::optional<scoring::Timestamp> readNowOption(std::string_view text, std::string& problem);

/// Why `id`, given with --user, cannot name a learner; nullopt when it can.
std::optional<std::string> userOptionProblem(std::string_view id);

} // namespace mamori::app
