#include "mamori/records/assignment_status.hpp"

#include <algorithm>
#include <vector>

namespace mamori::records {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

std::vector<std::string_view> versionParts(std::string_view version)
{
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t dot = version.find('.', start);
        parts.push_back(version.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) return parts;
        start = dot + 1;
    }
}

bool isNumber(std::string_view part)
{
    return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int sign(int value) { return (value > 0) - (value < 0); }

/// Compares digit strings of any length as numbers, without converting them: "007" == "7".
int compareNumbers(std::string_view a, std::string_view b)
{
    a.remove_prefix(std::min(a.find_first_not_of('0'), a.size()));
    b.remove_prefix(std::min(b.find_first_not_of('0'), b.size()));
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    return sign(a.compare(b));
}

/// The last day a completion on `completedOn` counts: the day before the validity ends. A
/// year from a 29 February ends on 1 March (the year_month_day of 29 February of a common
/// year converts to 1 March), so it counts through 28 February.
Date lastCountingDay(Date completedOn, const Validity& validity)
{
    const sys_days ends = validity.unit == Validity::Unit::Days
                              ? sys_days(completedOn) + days(validity.amount)
                              : sys_days(completedOn + std::chrono::years(validity.amount));
    return Date(ends - days(1));
}

std::optional<Date> dueDate(const DueRule& due, const std::optional<Date>& hireDate)
{
    if (due.date) return due.date;
    if (!hireDate) return std::nullopt;
    return Date(sys_days(*hireDate) + days(due.daysAfterHire));
}

} // namespace

int compareVersions(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty()) return sign(int(!a.empty()) - int(!b.empty()));
    const auto left = versionParts(a);
    const auto right = versionParts(b);
    for (std::size_t i = 0; i < std::min(left.size(), right.size()); ++i) {
        const int order = isNumber(left[i]) && isNumber(right[i]) ? compareNumbers(left[i], right[i])
                                                                  : sign(left[i].compare(right[i]));
        if (order != 0) return order;
    }
    return sign(int(left.size()) - int(right.size()));
}

std::string_view assignmentStateName(AssignmentState state)
{
    switch (state) {
    case AssignmentState::Completed: return "completed";
    case AssignmentState::Expired: return "expired";
    case AssignmentState::Overdue: return "overdue";
    case AssignmentState::InProgress: return "in-progress";
    case AssignmentState::NotStarted: return "not-started";
    }
    return "unknown";
}

AssignmentStatus assignmentStatus(const RosterAssignment& assignment, const std::optional<Date>& hireDate,
                                  const PackEvidence& evidence, const std::optional<Date>& completedOn, Date today)
{
    AssignmentStatus status;
    status.due = dueDate(assignment.due, hireDate);
    status.score = evidence.bestScore;

    bool counts = false;
    bool acceptable = false;
    if (evidence.completedAt) {
        // Without the caller's local date, the UTC date is the best there is.
        status.completedOn = completedOn ? *completedOn : Date(std::chrono::floor<days>(*evidence.completedAt));
        status.version = evidence.completedVersion;
        status.belowMinimumVersion = !assignment.minimumVersion.empty() &&
                                     compareVersions(evidence.completedVersion, assignment.minimumVersion) < 0;
        acceptable = !status.belowMinimumVersion;
        if (acceptable && assignment.validity) {
            status.expiresOn = lastCountingDay(*status.completedOn, *assignment.validity);
        }
        // A completion dated after today (a learner's clock running ahead) still counts: it is
        // in verified records, and reporting a finished person as not started helps nobody.
        counts = acceptable && (!status.expiresOn || today <= *status.expiresOn);
    }

    if (counts) {
        status.state = AssignmentState::Completed;
        status.expiresSoon = status.expiresOn && sys_days(*status.expiresOn) - sys_days(today) <= days(30);
    } else if (acceptable) {
        status.state = AssignmentState::Expired;
    } else if (status.due && today > *status.due) {
        status.state = AssignmentState::Overdue;
    } else if (evidence.anyActivity || evidence.completedAt) {
        // A completion below the minimum version is work done, if not enough of it.
        status.state = AssignmentState::InProgress;
    } else {
        status.state = AssignmentState::NotStarted;
    }
    return status;
}

} // namespace mamori::records
