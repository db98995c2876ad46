#pragma once
// One data row of a roster, read on its own: the person's columns and the row's
// assignments, each value checked. What needs the rest of the roster (a repeated id, the
// hire date of a person's first row) is checked by the reader.

#include "roster_columns.hpp"
#include "roster_csv.hpp"

#include "mamori/records/roster.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mamori::records {

struct RowProblem {
    std::string code;
    std::string message;
};

struct RowAssignment {
    RosterAssignment assignment;
    std::string written; ///< `PACK:DUE`, for messages about it
};

struct RosterRow {
    std::string id; ///< folded; empty when the row has none or an unusable one
    std::string name;
    std::string department;
    std::string manager;
    std::string hireDateText; ///< as written, trimmed
    std::optional<Date> hireDate;
    std::vector<RowAssignment> assignments;
    std::vector<RowProblem> problems; ///< in column order

    /// A hire date was written that is not a date (already a problem of this row).
    bool hireDateUnreadable() const { return !hireDateText.empty() && !hireDate; }
};

/// Every value empty or white space: a row to skip.
bool isBlankRecord(const CsvRecord& record);

/// Reads `record` as a person with the assignments on their row. When the id is missing or
/// unusable, that is the only problem reported.
RosterRow readRosterRow(const CsvRecord& record, const RosterColumns& columns, const std::set<std::string>& knownPacks);

} // namespace mamori::records
