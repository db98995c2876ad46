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

/// Parses the form written by formatTimestamp; nullopt for anything else.
std::optional<Timestamp> parseTimestamp(std::string_view text);

} // namespace mamori::scoring
