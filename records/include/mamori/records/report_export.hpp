#pragma once
/// \file
/// HR's report of where people stand (OrgIndex::status), exported for people who do not use
/// the command line: a CSV for any spreadsheet, an Excel workbook, and a printable HTML page.
/// The table is built once from the status report, as typed cells (text, number, date), and
/// each writer only lays it out, so the three exports always agree.
///
/// The exports hold personal data (names, departments, results). Each is written to a
/// temporary file beside its target and renamed into place, so a failed export never leaves
/// half a file; a symbolic link or a folder at the target is refused, never written through.

#include "mamori/records/org_index.hpp"
#include "mamori/records/roster.hpp"
#include "mamori/scoring/result.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace mamori::records {

/// One cell: empty, text (always written as text, never as a formula), a number, or a date.
using ReportCell = std::variant<std::monostate, std::string, double, Date>;

/// A titled table: a header row and rows of cells, each row as long as the header.
struct ReportSheet {
    std::string title;                             ///< "概要 summary", "明細 detail"
    std::vector<std::string> headers;              ///< Japanese first, then English: "氏名 name"
    std::vector<std::vector<ReportCell>> rows;
};

/// One pack's totals. `expiringSoon` is part of `completed` (those completions still count).
struct PackTotals {
    std::string packId;
    int assigned = 0;
    int completed = 0;
    int expiringSoon = 0;
    int inProgress = 0;
    int notStarted = 0;
    int overdue = 0;
    int expired = 0;
    /// completed / assigned in percent (0 when nobody is assigned).
    double completionRate() const;
};

struct ReportTable {
    Date today;                       ///< the report's date, in `timeZone`
    std::string timeZone;             ///< "Asia/Tokyo"
    int notOnRoster = 0;              ///< learners with files who are not on the roster
    std::vector<PackTotals> packs;    ///< by pack id
    ReportSheet summary;              ///< one row per pack (the numbers of `packs`)
    ReportSheet detail;               ///< one row per person and assignment
};

/// The report of `status` on `today` in `timeZone`.
ReportTable makeReportTable(const StatusReport& status, Date today, const std::string& timeZone);

/// The detail as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads Japanese,
/// CRLF line ends). A text cell that a spreadsheet would take for a formula (it starts with
/// =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, so that it
/// opens as text. A spreadsheet still guesses the type of the other quoted cells (an
/// employee id 00123 shows as 123, a version 1.10 as 1.1): the XLSX keeps them as written.
scoring::Result<scoring::Done> writeCsvReport(const ReportTable& table, const std::filesystem::path& file);

/// The summary and the detail as two sheets of an Excel workbook: dates as dates
/// (yyyy-mm-dd), numbers as numbers, text always as text, the header row frozen and filtered.
scoring::Result<scoring::Done> writeXlsxReport(const ReportTable& table, const std::filesystem::path& file);

/// One self-contained printable page (no scripts, no external resources): the summary, a
/// stacked bar per pack, then the detail. Every value is HTML-escaped.
scoring::Result<scoring::Done> writeHtmlReport(const ReportTable& table, const std::filesystem::path& file);

/// Writes `target` safely: refuses a symbolic link, a folder or anything but a regular file
/// there ("report-target"), and a missing folder ("report-folder"); lets `write` fill a new
/// temporary file in the same folder, and renames it over `target` only when `write`
/// succeeded. Any failure removes the temporary file and leaves `target` as it was.
scoring::Result<scoring::Done> replaceReportFile(const std::filesystem::path& target,
                                                 const std::function<scoring::Result<scoring::Done>(const std::filesystem::path& temporary)>& write);

/// Writes `bytes` to `file` (already created, empty) and syncs it to disk.
scoring::Result<scoring::Done> writeWholeFile(const std::filesystem::path& file, const std::string& bytes);

} // namespace mamori::records
