#pragma once
// The little languages of a roster's cells: due rules (`2026-05-31`, `hire+30d`) and
// validities (`365d`, `1y`). Dates and ids are public (roster.hpp).

#include "mamori/records/roster.hpp"

#include <optional>
#include <string_view>

namespace mamori::records {

/// A date (parseRosterDate) or `hire+Nd`, N from 0 to kMaxRosterDays; full-width forms and
/// case folded, spaces around `+` allowed.
std::optional<DueRule> parseDueRule(std::string_view text);

/// `Nd` (1 to kMaxRosterDays) or `Ny` (1 to kMaxRosterYears); full-width forms and case folded.
std::optional<Validity> parseValidity(std::string_view text);

/// A hundred years: longer spans are typing mistakes, and stay far from overflowing a date.
constexpr int kMaxRosterDays = 36500;
constexpr int kMaxRosterYears = 100;

} // namespace mamori::records
