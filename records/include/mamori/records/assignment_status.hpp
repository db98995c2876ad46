#pragma once
/// \file
/// Where a person stands on one assignment, from the verified records of their pack: a pure
/// function of the assignment, the person's hire date, what their records show, and today's
/// date in the organisation's time zone. A record whose file does not verify never reaches
/// it, so it is never counted as complete.

#include "mamori/records/roster.hpp"
#include "mamori/scoring/clock.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

/// -1, 0 or 1, comparing dotted versions part by part: numerically where both parts are
/// numbers ("1.10" > "1.9", "1.01" == "1.1"), else as text, byte by byte ("1.beta" > "1.alpha",
/// "1.10" < "1.beta"); a missing part counts as less ("1.2" < "1.2.0"); the empty version is
/// below every other.
int compareVersions(std::string_view a, std::string_view b);

/// What a learner's verified records show for one pack.
struct PackEvidence {
    std::optional<scoring::Timestamp> completedAt;   ///< the pack's completion, when reached
    std::string completedVersion;                    ///< the pack version it was completed with
    std::optional<double> bestScore;                 ///< best percent of a finished quiz attempt of the pack
    bool anyActivity = false;                        ///< a page viewed, an attempt or a run started
};

enum class AssignmentState { Completed, Expired, Overdue, InProgress, NotStarted };

std::string_view assignmentStateName(AssignmentState state);   ///< "completed", "expired", "overdue", "in-progress", "not-started"

struct AssignmentStatus {
    AssignmentState state = AssignmentState::NotStarted;
    std::optional<Date> due;                ///< nullopt when due after hire and the hire date is unknown
    std::optional<Date> completedOn;        ///< the completion's date in the organisation's time zone
    std::string version;                    ///< of the completion
    std::optional<double> score;
    std::optional<Date> expiresOn;          ///< the last day the completion counts, for a validity
                                            ///< (none for a completion below the minimum version)
    bool expiresSoon = false;               ///< completed, and `expiresOn` is at most 30 days after today
    bool belowMinimumVersion = false;       ///< a completion exists, of a version older than the minimum
};

/// The status of `assignment` for a person hired on `hireDate`, given `evidence`, on `today`.
/// `completedOn` is the completion's local date (the caller converts with the time zone); when
/// it is not given, the UTC date of `evidence.completedAt` is used. There is a completion only
/// when `evidence.completedAt` is set.
///  - completed: a completion of an acceptable version (not older than the assignment's
///    minimum) that still counts today; `expiresSoon` when its last counting day is today + 30
///    or earlier (on 2026-04-01, a completion counting through 2026-05-01 expires soon, one
///    through 2026-05-02 does not), so a report's "expires on" date reads as it should;
///  - expired: the only acceptable completion no longer counts (it counts as not done);
///  - overdue: not completed (or expired, or below the minimum) and the due date has passed;
///  - in progress: some activity (or a completion below the minimum) but no counting
///    completion, not yet due;
///  - not started: nothing yet, not yet due.
/// Expired takes precedence over overdue: HR sees why the person is not done. Overdue means
/// today is after the due date: due on the day itself is not overdue. Without a hire date, an
/// assignment due so many days after hire has no due date and is never overdue.
///
/// A completion counts from its date through the day before the validity ends: 30d from
/// 2026-04-01 counts through 2026-04-30, 1y from 2026-04-01 through 2027-03-31, and 1y from
/// 2028-02-29 through 2029-02-28 (the year ends on 1 March). A completion dated after today
/// (a learner's clock ahead) still counts.
AssignmentStatus assignmentStatus(const RosterAssignment& assignment, const std::optional<Date>& hireDate,
                                  const PackEvidence& evidence, const std::optional<Date>& completedOn, Date today);

} // namespace mamori::records
