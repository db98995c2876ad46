#pragma once
/// \file
/// Time as the scoring engine sees it: through an interface, so that tests and scripts can
/// advance a fake clock by minutes or days.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::scoring {

using Timestamp = std::chrono::sys_seconds;

class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

/// The real clock, to the second.
class SystemClock final : public Clock {
public:
    Timestamp now() const override;
};

/// A clock that moves only when told to.
class FakeClock final : public Clock {
public:
    explicit FakeClock(Timestamp start) : now_(start) {}
    Timestamp now() const override { return now_; }
    void advance(std::chrono::seconds by) { now_ += by; }
    void set(Timestamp to) { now_ = to; }

private:
    Timestamp now_;
};

/// `2026-11-25T09:30:00Z`
std::string formatTimestamp(Timestamp time);

/// Parses exactly the form formatTimestamp writes, for years 2000 to 9999; nullopt for
/// anything else (signs, spaces, missing digits, impossible dates).
std::optional<Timestamp> parseTimestamp(std::string_view text);

/// The times accepted as "now": 2000-01-01 to the end of 2199. Every time a learner's records
/// hold is now, or now plus a few days (a review's due date), so a clock inside this range can
/// never produce a time the file reader refuses. A clock outside it (a PC whose battery died,
/// `--now 9999-12-31T23:59:59Z`) is refused before anything is recorded.
inline constexpr Timestamp kEarliestNow{std::chrono::sys_days(std::chrono::year(2000) / 1 / 1).time_since_epoch()};
inline constexpr Timestamp kLatestNow{(std::chrono::sys_days(std::chrono::year(2200) / 1 / 1) - std::chrono::seconds(1)).time_since_epoch()};

/// Why `now` cannot be used as the current time, or nullopt when it can.
std::optional<std::string> nowProblem(Timestamp now);

} // namespace mamori::scoring
