#pragma once
// The dates a generated organisation lives by. They are fixed, never read from the wall
// clock, so that a seed gives the same files today and next year.

#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/random.hpp"

#include <chrono>
#include <cstdint>

namespace mamori::test {

using Day = std::chrono::sys_days;

constexpr Day dayOf(int year, unsigned month, unsigned day)
{
    return Day{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
}

/// This year's training campaign opens (a Monday).
inline constexpr Day kCampaignStart = dayOf(2026, 4, 6);
/// The day an organisation is generated as of (a Tuesday): every record is earlier. Round R
/// of advanceOrganisation trains on the R-th working day from it (round 1: that very day).
inline constexpr Day kToday = dayOf(2026, 6, 30);
/// Last year's campaign, which stale learners finished and never came back to.
inline constexpr Day kLastCampaignStart = dayOf(2025, 4, 7);
inline constexpr Day kLastCampaignEnd = dayOf(2025, 6, 27);

bool isWorkingDay(Day day); ///< Monday to Friday (public holidays are not modelled)
/// The working day `count` working days after `day` (count ≥ 1).
Day addWorkingDays(Day day, int count);
/// The working days after `from` up to and including `to`.
int workingDaysBetween(Day from, Day to);
/// The first working day on or after `day`.
Day workingDayFrom(Day day);

/// A time in office hours on `day`: 09:00 to 17:00 in Japan, which is 00:00 to 08:00 UTC.
scoring::Timestamp officeHours(Day day, scoring::DeterministicRandom& random);

/// A whole number of seconds in [least, most], more often short than long (as people's pauses are).
std::chrono::seconds pause(std::chrono::seconds least, std::chrono::seconds most, scoring::DeterministicRandom& random);

/// An independent random stream for one learner and one purpose, from the organisation's seed.
std::uint64_t streamSeed(std::uint64_t seed, int index, std::uint64_t purpose);

/// True with probability `p`.
bool chance(double p, scoring::DeterministicRandom& random);

} // namespace mamori::test
