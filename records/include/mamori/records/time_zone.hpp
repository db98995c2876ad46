#pragma once
/// \file
/// The organisation's time zone, in which HR's dates are shown and compared: a completion at
/// 2026-03-31T16:00:00Z is on 2026-04-01 in Tokyo. Through ICU's time zone data.

#include "mamori/records/roster.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/result.hpp"

#include <memory>
#include <string>

namespace mamori::records {

class TimeZone {
public:
    /// An IANA zone such as "Asia/Tokyo", or "UTC"; refused ("bad-time-zone") when unknown.
    static scoring::Result<TimeZone> named(const std::string& id);
    /// This computer's zone (from /etc/localtime or $TZ), or UTC when it cannot be told.
    static TimeZone ofThisComputer();
    /// named(id), or ofThisComputer() when `id` is empty.
    static scoring::Result<TimeZone> namedOrLocal(const std::string& id);

    TimeZone(TimeZone&&) noexcept;
    TimeZone& operator=(TimeZone&&) noexcept;
    ~TimeZone();

    const std::string& id() const { return id_; }
    /// The calendar date of `time` in this zone.
    Date localDate(scoring::Timestamp time) const;
    /// `2026-04-01 18:30` in this zone.
    std::string localDateTime(scoring::Timestamp time) const;

private:
    struct Zone;   // ICU's, kept out of this header
    TimeZone(std::string id, std::unique_ptr<Zone> zone);
    std::chrono::seconds offsetAt(scoring::Timestamp time) const;

    std::string id_;
    std::unique_ptr<Zone> zone_;
};

} // namespace mamori::records
