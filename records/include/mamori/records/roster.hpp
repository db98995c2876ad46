#pragma once
/// \file
/// The organisation's roster, as HR systems and Excel export it: who works here, in which
/// department, under whom, since when, and which trainings they are assigned with their due
/// dates. Read from CSV (RFC 4180, through libcsv) in UTF-8 with or without a BOM, or in
/// Shift_JIS (CP932, through ICU's "windows-31j"); header names in Japanese or English.
///
/// Every bad row is reported as `FILE:LINE: error: …` (LINE: where its record starts, even
/// after a quoted value with line breaks) and skipped; the good rows still load. Blank rows
/// are skipped; a value is at most 4096 bytes; a row may not have more values than the header.
///
/// Columns (a header row is required: the first non-blank row; names are matched after
/// folding full-width forms, case, spaces and `_`, so `社員番号`, `Employee_ID` and `ＩＤ` all
/// work; other columns are not read, with a warning):
///
/// | meaning | accepted headers |
/// |---|---|
/// | id (required) | 社員番号, 従業員番号, 社員ID, employee id, employee number, employee no, id |
/// | name | 氏名, 名前, name, full name |
/// | department | 部署, 所属, 部門, department, dept |
/// | manager | 上長, 上司, manager |
/// | hire date | 入社日, hire date, hired |
/// | assignments, as one list | 割当, 研修割当, assignments, trainings |
/// | one assignment per row: pack | 研修, 研修ID, pack, training |
/// | … its due date | 期限, 受講期限, due, due date |
/// | … its validity | 有効期間, validity |
/// | … its minimum version | 最低バージョン, min version, minimum version |
///
/// An assignment list holds items `PACK:DUE[:VALIDITY]` separated by `;` (spaces around
/// items ignored), e.g. `basics:2026-05-31:1y; telework:hire+30d`. DUE is a date as Excel
/// writes it (`2026-05-31`, `2026/5/31`, `2026/05/31`) or `hire+Nd` (N days after the hire
/// date, which the person must then have). VALIDITY is `Nd` (days) or `Ny` (years): a
/// completion counts for that long. In the list form an id appears once (a repeat is an
/// error; the first row counts). In the one-per-row form a person's id repeats on each of
/// their rows, a pack at most once; their other columns are taken from the first (a later row
/// that differs gets a warning). A row with no pack is a person with no assignment there.

#include "mamori/lessons/diagnostic.hpp"

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::records {

using Date = std::chrono::year_month_day;

/// When an assignment is due: a fixed date, or so many days after the person's hire date.
struct DueRule {
    std::optional<Date> date;
    int daysAfterHire = 0;   ///< used when there is no date

    bool operator==(const DueRule&) const = default;
};

/// How long a completion counts.
struct Validity {
    int amount = 0;
    enum class Unit { Days, Years } unit = Unit::Days;

    bool operator==(const Validity&) const = default;
};

struct RosterAssignment {
    std::string packId;
    DueRule due;
    std::optional<Validity> validity;   ///< none: a completion counts for good
    std::string minimumVersion;         ///< empty: a completion of any version counts
    int line = 0;                       ///< the CSV line it was read from

    bool operator==(const RosterAssignment&) const = default;
};

struct RosterPerson {
    std::string id;            ///< folded (foldPersonId)
    std::string name;
    std::string department;
    std::string manager;       ///< as given (an id or a name)
    std::optional<Date> hireDate;
    std::vector<RosterAssignment> assignments;
    int line = 0;              ///< the CSV line of the person's first row
};

struct Roster {
    std::vector<RosterPerson> people;                ///< in file order, ids unique
    std::vector<lessons::Diagnostic> diagnostics;    ///< errors (rows skipped) and warnings, by line
    std::string encoding;                            ///< "UTF-8", "UTF-8 with BOM" or "Shift_JIS (CP932)"

    bool hasErrors() const;
};

/// Reads a roster CSV. `knownPacks` are the pack ids that can be assigned: an assignment to
/// any other is an error on its line. Ids must be valid learner ids (learnerIdProblem). The
/// whole input is refused (one diagnostic, no people) when it is neither UTF-8 nor CP932, is
/// empty, has no recognisable header row, no id column, both assignment forms, a pack column
/// without a due column or more than 1024 columns; and (no people) when a value runs past
/// 1 MiB, which only a quote that is never closed or a file that is not CSV can do.
Roster readRoster(std::string_view bytes, const std::string& fileName, const std::set<std::string>& knownPacks);

/// An id as HR systems write it, folded: full-width letters, digits and signs become ASCII
/// (`Ｅ１２３` → `E123`, through ICU's NFKC), surrounding spaces (also full-width) removed.
std::string foldPersonId(std::string_view id);

/// A date as Excel and HR systems write it: `2026-04-01`, `2026/4/1`, `2026/04/01`, or
/// `2026年4月1日` (Excel's long date in Japanese), full-width digits folded; nullopt for
/// anything else, an impossible date or a year before 1900.
std::optional<Date> parseRosterDate(std::string_view text);

/// `2026-04-01`
std::string formatDate(Date date);

} // namespace mamori::records
