#include "org_calendar.hpp"

namespace mamori::test {

using namespace std::chrono;

bool isWorkingDay(Day day)
{
    const weekday w{day};
    return w != Saturday && w != Sunday;
}

Day addWorkingDays(Day day, int count)
{
    for (int added = 0; added < count;) {
        day += days{1};
        if (isWorkingDay(day)) ++added;
    }
    return day;
}

int workingDaysBetween(Day from, Day to)
{
    int count = 0;
    for (Day d = from + days{1}; d <= to; d += days{1}) count += isWorkingDay(d) ? 1 : 0;
    return count;
}

Day workingDayFrom(Day day)
{
    while (!isWorkingDay(day)) day += days{1};
    return day;
}

scoring::Timestamp officeHours(Day day, scoring::DeterministicRandom& random)
{
    return scoring::Timestamp{day.time_since_epoch()} + minutes{static_cast<int>(random.below(8 * 60))};
}

seconds pause(seconds least, seconds most, scoring::DeterministicRandom& random)
{
    if (most <= least) return least;
    const double u = static_cast<double>(random.below(1u << 20)) / static_cast<double>(1u << 20);
    const auto span = static_cast<double>((most - least).count() + 1);
    return least + seconds{static_cast<long long>(u * u * span)};
}

std::uint64_t streamSeed(std::uint64_t seed, int index, std::uint64_t purpose)
{
    scoring::DeterministicRandom mixer(seed ^ (static_cast<std::uint64_t>(index) * 0x9e3779b97f4a7c15ULL) ^
                                       (purpose * 0xd1b54a32d192ed03ULL));
    mixer.next();
    return mixer.next();
}

bool chance(double p, scoring::DeterministicRandom& random)
{
    return static_cast<double>(random.below(1u << 24)) < p * static_cast<double>(1u << 24);
}

} // namespace mamori::test
