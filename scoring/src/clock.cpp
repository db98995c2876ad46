#include "mamori/scoring/clock.hpp"

#include <cstdio>
#include <string>

namespace mamori::scoring {

Timestamp SystemClock::now() const
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string formatTimestamp(Timestamp time)
{
    const auto days = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day date(days);
    const std::chrono::hh_mm_ss clock(time - days);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<long>(clock.hours().count()), static_cast<long>(clock.minutes().count()),
                  static_cast<long long>(clock.seconds().count()));
    return buffer;
}

std::optional<Timestamp> parseTimestamp(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SSZ, every digit checked: sscanf would take signs and spaces.
    static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != kShape.size()) return std::nullopt;
    for (std::size_t i = 0; i < kShape.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        if (kShape[i] == 'd' ? !digit : text[i] != kShape[i]) return std::nullopt;
    }
    auto field = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = field(0, 4);
    const unsigned month = static_cast<unsigned>(field(5, 2)), day = static_cast<unsigned>(field(8, 2));
    const int hour = field(11, 2), minute = field(14, 2), second = field(17, 2);
    const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)};
    if (year < 2000 || !date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
    return std::chrono::sys_days(date) + std::chrono::hours(hour) + std::chrono::minutes(minute) + std::chrono::seconds(second);
}

std::optional<std::string> nowProblem(Timestamp now)
{
    if (now >= kEarliestNow && now <= kLatestNow) return std::nullopt;
    const auto days = std::chrono::floor<std::chrono::days>(now);
    const int year = static_cast<int>(std::chrono::year_month_day(days).year());
    const std::string shown = year >= 0 && year <= 9999 ? formatTimestamp(now) : "the year " + std::to_string(year);
    return "the time " + shown + " is outside 2000-01-01 to 2199-12-31; check the computer's date and time";
}

} // namespace mamori::scoring
