// Where a person stands on an assignment: tables of dates to check by eye. Dates are written
// as text, and the expected state by its name, so a failure reads like the table.

#include "mamori/records/assignment_status.hpp"

#include <doctest/doctest.h>

#include <charconv>
#include <cstdio>

using namespace mamori::records;
using mamori::scoring::Timestamp;

namespace {

/// `2026-04-01`, for tables; fails the test for anything else.
Date date(std::string_view text)
{
    int year = 0;
    unsigned month = 0, day = 0;
    const char* end = text.data() + text.size();
    auto parsed = std::from_chars(text.data(), end, year);
    if (parsed.ec == std::errc() && parsed.ptr != end && *parsed.ptr == '-') {
        parsed = std::from_chars(parsed.ptr + 1, end, month);
    }
    if (parsed.ec == std::errc() && parsed.ptr != end && *parsed.ptr == '-') {
        parsed = std::from_chars(parsed.ptr + 1, end, day);
    }
    const Date result{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)};
    REQUIRE_MESSAGE(result.ok(), "not a date in the table: ", std::string(text));
    return result;
}

std::optional<Date> maybeDate(const char* text) { return text ? std::optional(date(text)) : std::nullopt; }

/// `2026-04-01`, or `none`.
std::string text(const std::optional<Date>& day)
{
    if (!day) return "none";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(day->year()), unsigned(day->month()),
                  unsigned(day->day()));
    return buffer;
}

std::string text(AssignmentState state) { return std::string(assignmentStateName(state)); }

/// `30d` or `1y`, as the roster writes it.
Validity validity(std::string_view text)
{
    Validity result;
    std::from_chars(text.data(), text.data() + text.size() - 1, result.amount);
    result.unit = text.back() == 'y' ? Validity::Unit::Years : Validity::Unit::Days;
    return result;
}

DueRule dueOn(const char* day) { return DueRule{date(day), 0}; }
DueRule dueAfterHire(int days) { return DueRule{std::nullopt, days}; }

RosterAssignment assigned(DueRule due, std::optional<Validity> validFor = std::nullopt, std::string minimum = {})
{
    RosterAssignment assignment;
    assignment.packId = "basics";
    assignment.due = due;
    assignment.validity = validFor;
    assignment.minimumVersion = std::move(minimum);
    return assignment;
}

PackEvidence nothing() { return {}; }

PackEvidence started()
{
    PackEvidence evidence;
    evidence.anyActivity = true;
    return evidence;
}

/// Completed at 09:00 UTC on `day`, with a best score of 85.
PackEvidence completed(const char* day, std::string version = "1.0")
{
    PackEvidence evidence;
    evidence.completedAt = Timestamp(std::chrono::sys_days(date(day)) + std::chrono::hours(9));
    evidence.completedVersion = std::move(version);
    evidence.bestScore = 85.0;
    evidence.anyActivity = true;
    return evidence;
}

/// The status on `today`, the completion's local date being its UTC date.
AssignmentStatus statusOn(const char* today, const RosterAssignment& assignment, const PackEvidence& evidence,
                          const char* hired = "2026-04-01")
{
    std::optional<Date> completedOn;
    if (evidence.completedAt) completedOn = Date(std::chrono::floor<std::chrono::days>(*evidence.completedAt));
    return assignmentStatus(assignment, maybeDate(hired), evidence, completedOn, date(today));
}

} // namespace

TEST_CASE("every state of a training due 2026-05-31 that counts for a year")
{
    const RosterAssignment basics = assigned(dueOn("2026-05-31"), validity("1y"));
    struct Row {
        const char* what;
        PackEvidence evidence;
        const char* today;
        const char* state;
    };
    const Row rows[] = {
        {"nothing yet, before the due date", nothing(), "2026-05-01", "not-started"},
        {"a page viewed, before the due date", started(), "2026-05-01", "in-progress"},
        {"nothing, on the due date itself: not yet overdue", nothing(), "2026-05-31", "not-started"},
        {"started, on the due date itself", started(), "2026-05-31", "in-progress"},
        {"nothing, the day after the due date", nothing(), "2026-06-01", "overdue"},
        {"started, the day after the due date", started(), "2026-06-01", "overdue"},
        {"completed before the due date", completed("2026-05-20"), "2026-06-01", "completed"},
        {"completed on the due date", completed("2026-05-31"), "2026-05-31", "completed"},
        {"completed late, after being overdue", completed("2026-06-10"), "2026-06-15", "completed"},
        {"completed, on its last counting day", completed("2026-05-20"), "2027-05-19", "completed"},
        {"completed a year ago: expired, not overdue", completed("2026-05-20"), "2027-05-20", "expired"},
        {"dated after today (a clock ahead): counts", completed("2026-06-10"), "2026-06-01", "completed"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(text(statusOn(row.today, basics, row.evidence).state) == row.state);
    }
}

TEST_CASE("expired takes precedence over overdue")
{
    // Completed 2026-04-01 for 30 days: counts through 2026-04-30.
    struct Row {
        const char* what;
        const char* due;
        const char* today;
        const char* state;
    };
    const Row rows[] = {
        {"expired, due date still ahead", "2026-12-31", "2026-05-01", "expired"},
        {"expired, due date passed", "2026-05-15", "2026-06-01", "expired"},
        {"still counting, due date passed", "2026-04-15", "2026-04-30", "completed"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto status = statusOn(row.today, assigned(dueOn(row.due), validity("30d")), completed("2026-04-01"));
        CHECK(text(status.state) == row.state);
        CHECK(text(status.expiresOn) == "2026-04-30");
    }
}

TEST_CASE("due on a date, or so many days after hire; never overdue without a hire date")
{
    struct Row {
        const char* what;
        DueRule due;
        const char* hired;   // nullptr: unknown
        PackEvidence evidence;
        const char* today;
        const char* expectedDue;
        const char* state;
    };
    const Row rows[] = {
        {"a date, whatever the hire date", dueOn("2026-05-31"), "2026-04-01", nothing(), "2026-06-01", "2026-05-31", "overdue"},
        {"a date, no hire date needed", dueOn("2026-05-31"), nullptr, nothing(), "2026-06-01", "2026-05-31", "overdue"},
        {"hire+30d, on the due day", dueAfterHire(30), "2026-04-01", nothing(), "2026-05-01", "2026-05-01", "not-started"},
        {"hire+30d, the day after", dueAfterHire(30), "2026-04-01", nothing(), "2026-05-02", "2026-05-01", "overdue"},
        {"hire+30d over a leap day (2028-02 has 29)", dueAfterHire(30), "2028-02-15", nothing(), "2028-03-17", "2028-03-16", "overdue"},
        {"hire+0d: due on the first day", dueAfterHire(0), "2026-04-01", started(), "2026-04-02", "2026-04-01", "overdue"},
        {"hire+30d, hire date unknown", dueAfterHire(30), nullptr, nothing(), "2030-01-01", "none", "not-started"},
        {"hire+30d, hire date unknown, started", dueAfterHire(30), nullptr, started(), "2030-01-01", "none", "in-progress"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto status = statusOn(row.today, assigned(row.due), row.evidence, row.hired);
        CHECK(text(status.due) == row.expectedDue);
        CHECK(text(status.state) == row.state);
    }
}

TEST_CASE("a completion of a version older than the minimum does not count")
{
    // Due 2026-05-31; the status is taken on 2026-05-01 (not yet due) unless said otherwise.
    struct Row {
        const char* what;
        const char* minimum;
        const char* completedVersion;
        const char* today;
        const char* state;
        bool belowMinimum;
    };
    const Row rows[] = {
        {"no minimum: any version counts", "", "0.9", "2026-05-01", "completed", false},
        {"older than the minimum", "1.2", "1.1", "2026-05-01", "in-progress", true},
        {"older, and the due date passed", "1.2", "1.1", "2026-06-01", "overdue", true},
        {"equal to the minimum", "1.2", "1.2", "2026-05-01", "completed", false},
        {"newer than the minimum", "1.2", "1.3", "2026-05-01", "completed", false},
        {"1.10 is newer than 1.9", "1.9", "1.10", "2026-05-01", "completed", false},
        {"1.9 is older than 1.10", "1.10", "1.9", "2026-05-01", "in-progress", true},
        {"1.2 is older than 1.2.0", "1.2.0", "1.2", "2026-05-01", "in-progress", true},
        {"no version recorded", "1.0", "", "2026-05-01", "in-progress", true},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const auto assignment = assigned(dueOn("2026-05-31"), validity("1y"), row.minimum);
        const auto status = statusOn(row.today, assignment, completed("2026-04-10", row.completedVersion));
        CHECK(text(status.state) == row.state);
        CHECK(status.belowMinimumVersion == row.belowMinimum);
        CHECK(status.version == row.completedVersion);
        CHECK(text(status.completedOn) == "2026-04-10");
        // A completion that never counts has no last counting day.
        CHECK(text(status.expiresOn) == (row.belowMinimum ? "none" : "2027-04-09"));
    }
}

TEST_CASE("validity in days and in calendar years, the leap day included")
{
    struct Row {
        const char* validFor;
        const char* completedOn;
        const char* lastCountingDay;
        const char* firstExpiredDay;
    };
    const Row rows[] = {
        {"1d", "2026-04-01", "2026-04-01", "2026-04-02"},
        {"30d", "2026-04-01", "2026-04-30", "2026-05-01"},
        {"365d", "2028-01-01", "2028-12-30", "2028-12-31"},   // 2028 has 366 days
        {"1y", "2026-04-01", "2027-03-31", "2027-04-01"},
        {"1y", "2028-02-29", "2029-02-28", "2029-03-01"},     // no 2029-02-29: the year ends on 03-01
        {"4y", "2028-02-29", "2032-02-28", "2032-02-29"},     // 2032 has a 29 February
        {"1y", "2027-02-28", "2028-02-27", "2028-02-28"},
        {"1y", "2027-03-01", "2028-02-29", "2028-03-01"},
        {"2y", "2026-12-31", "2028-12-30", "2028-12-31"},
    };
    for (const Row& row : rows) {
        INFO(row.validFor, " from ", row.completedOn);
        const auto assignment = assigned(dueOn("2030-01-01"), validity(row.validFor));
        const auto onLastDay = statusOn(row.lastCountingDay, assignment, completed(row.completedOn));
        CHECK(text(onLastDay.expiresOn) == row.lastCountingDay);
        CHECK(text(onLastDay.state) == "completed");
        CHECK(text(statusOn(row.firstExpiredDay, assignment, completed(row.completedOn)).state) == "expired");
    }

    const auto forGood = statusOn("2099-12-31", assigned(dueOn("2026-05-31")), completed("2026-04-01"));
    CHECK(text(forGood.state) == "completed");
    CHECK(text(forGood.expiresOn) == "none");
    CHECK_FALSE(forGood.expiresSoon);
}

TEST_CASE("expiresSoon: the last counting day is today + 30 or earlier")
{
    // Completed 2026-04-01 for a year: counts through 2027-03-31.
    struct Row {
        const char* today;
        int daysToLastCountingDay;   // for the reader: 2027-03-31 minus today
        const char* state;
        bool expiresSoon;
    };
    const Row rows[] = {
        {"2026-04-01", 364, "completed", false},
        {"2027-02-28", 31, "completed", false},
        {"2027-03-01", 30, "completed", true},
        {"2027-03-02", 29, "completed", true},
        {"2027-03-31", 0, "completed", true},
        {"2027-04-01", -1, "expired", false},
    };
    const auto assignment = assigned(dueOn("2026-05-31"), validity("1y"));
    for (const Row& row : rows) {
        INFO("today ", row.today, ", ", row.daysToLastCountingDay, " days to the last counting day");
        const auto status = statusOn(row.today, assignment, completed("2026-04-01"));
        CHECK(text(status.expiresOn) == "2027-03-31");
        CHECK(text(status.state) == row.state);
        CHECK(status.expiresSoon == row.expiresSoon);
    }
}

TEST_CASE("the completion's local date from the caller decides, and the status reports the completion")
{
    // 20:00 UTC on 31 March is 1 April in Tokyo.
    PackEvidence evidence = completed("2026-03-31", "1.4");
    *evidence.completedAt += std::chrono::hours(11);
    const auto assignment = assigned(dueOn("2026-05-31"), validity("30d"));

    const auto hired = date("2026-01-05");
    const auto tokyo = assignmentStatus(assignment, hired, evidence, date("2026-04-01"), date("2026-04-30"));
    CHECK(text(tokyo.state) == "completed");
    CHECK(text(tokyo.completedOn) == "2026-04-01");
    CHECK(text(tokyo.expiresOn) == "2026-04-30");
    CHECK(text(tokyo.due) == "2026-05-31");
    CHECK(tokyo.version == "1.4");
    REQUIRE(tokyo.score);
    CHECK(*tokyo.score == 85.0);

    // Without a local date the UTC date is used: a day earlier here.
    const auto utc = assignmentStatus(assignment, hired, evidence, std::nullopt, date("2026-04-30"));
    CHECK(text(utc.completedOn) == "2026-03-31");
    CHECK(text(utc.expiresOn) == "2026-04-29");
    CHECK(text(utc.state) == "expired");

    // A local date without a completion is no completion.
    const auto none = assignmentStatus(assignment, hired, started(), date("2026-04-01"), date("2026-04-30"));
    CHECK(text(none.state) == "in-progress");
    CHECK(text(none.completedOn) == "none");
}

TEST_CASE("compareVersions: numbers as numbers, other parts as text, a missing part is less")
{
    struct Row {
        const char* a;
        const char* b;
        int expected;
    };
    const Row rows[] = {
        {"1.10", "1.9", 1},
        {"1.2", "1.2", 0},
        {"1.2", "1.2.0", -1},
        {"2", "10", -1},
        {"1.01", "1.1", 0},
        {"99999999999999999999999", "1", 1},   // longer than any integer type
        {"1.beta", "1.alpha", 1},
        {"1.0-beta", "1.0-rc", -1},
        {"1.10", "1.beta", -1},                // '1' sorts before 'b'
        {"1.2a", "1.10", 1},                   // "2a" is text: '2' after '1'
        {"", "0", -1},
        {"", "", 0},
    };
    for (const Row& row : rows) {
        INFO(row.a, " vs ", row.b);
        CHECK(compareVersions(row.a, row.b) == row.expected);
        CHECK(compareVersions(row.b, row.a) == -row.expected);
    }
}

TEST_CASE("every state has its name")
{
    CHECK(text(AssignmentState::Completed) == "completed");
    CHECK(text(AssignmentState::Expired) == "expired");
    CHECK(text(AssignmentState::Overdue) == "overdue");
    CHECK(text(AssignmentState::InProgress) == "in-progress");
    CHECK(text(AssignmentState::NotStarted) == "not-started");
}
