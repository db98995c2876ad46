#include "mamori/records/time_zone.hpp"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cstdio>

namespace mamori::records {

struct TimeZone::Zone {
    std::unique_ptr<icu::TimeZone> icu;
};

scoring::Result<TimeZone> TimeZone::named(const std::string& id)
{
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(id)));
    // ICU answers an unknown id with the "Etc/Unknown" zone rather than an error.
    if (!zone || *zone == icu::TimeZone::getUnknown()) {
        return scoring::refuse(scoring::RefusalCode::BadTimeZone, "'" + id + "' is not a time zone (use a name such as Asia/Tokyo or UTC)");
    }
    return TimeZone(id, std::make_unique<Zone>(Zone{std::move(zone)}));
}

TimeZone TimeZone::ofThisComputer()
{
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createDefault());
    if (!zone || *zone == icu::TimeZone::getUnknown()) zone.reset(icu::TimeZone::createTimeZone("UTC"));
    icu::UnicodeString id;
    std::string text;
    zone->getID(id).toUTF8String(text);
    return TimeZone(text, std::make_unique<Zone>(Zone{std::move(zone)}));
}

scoring::Result<TimeZone> TimeZone::namedOrLocal(const std::string& id)
{
    if (id.empty()) return ofThisComputer();
    return named(id);
}

TimeZone::TimeZone(std::string id, std::unique_ptr<Zone> zone) : id_(std::move(id)), zone_(std::move(zone)) {}
TimeZone::TimeZone(TimeZone&&) noexcept = default;
TimeZone& TimeZone::operator=(TimeZone&&) noexcept = default;
TimeZone::~TimeZone() = default;

std::chrono::seconds TimeZone::offsetAt(scoring::Timestamp time) const
{
    int32_t raw = 0, daylight = 0;
    UErrorCode status = U_ZERO_ERROR;
    const UDate milliseconds = static_cast<UDate>(time.time_since_epoch().count()) * 1000.0;
    zone_->icu->getOffset(milliseconds, false, raw, daylight, status);
    if (U_FAILURE(status)) return std::chrono::seconds(0);
    return std::chrono::seconds((raw + daylight) / 1000);
}

Date TimeZone::localDate(scoring::Timestamp time) const
{
    return Date(std::chrono::floor<std::chrono::days>(time + offsetAt(time)));
}

std::string TimeZone::localDateTime(scoring::Timestamp time) const
{
    const auto local = time + offsetAt(time);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::hh_mm_ss clock(local - day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, " %02ld:%02ld", static_cast<long>(clock.hours().count()),
                  static_cast<long>(clock.minutes().count()));
    return formatDate(Date(day)) + buffer;
}

} // namespace mamori::records
