#pragma once
// A roster's header row: which of its columns hold which meaning, by the names HR systems
// and Excel sheets give them in Japanese or English.

#include "roster_csv.hpp"

#include "mamori/lessons/diagnostic.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace mamori::records {

enum class RosterColumn {
    Id,
    Name,
    Department,
    Manager,
    HireDate,
    AssignmentList,
    Pack,
    Due,
    Validity,
    MinimumVersion
};
constexpr std::size_t kRosterColumnKinds = 10;

struct RosterColumns {
    std::array<std::optional<std::size_t>, kRosterColumnKinds> position; ///< by RosterColumn
    std::array<std::string, kRosterColumnKinds> title;                   ///< as the header writes it, for messages
    std::size_t width = 0;                                               ///< the header's number of fields

    std::optional<std::size_t> at(RosterColumn column) const { return position[static_cast<std::size_t>(column)]; }
    const std::string& titleOf(RosterColumn column) const { return title[static_cast<std::size_t>(column)]; }
    /// One assignment per row (a pack column) rather than a list per person.
    bool onePerRow() const { return at(RosterColumn::Pack).has_value(); }
};

/// A header name folded for matching: NFKC, ASCII lower case, `_` as a space, white space
/// trimmed and collapsed (`ＩＤ`, ` Employee_ID ` → `id`, `employee id`).
std::string foldHeaderName(std::string_view name);

struct HeaderReading {
    std::optional<RosterColumns> columns;         ///< nullopt: the roster is refused
    std::vector<lessons::Diagnostic> diagnostics; ///< warnings, or the one error that refuses it
};

/// Reads the first non-blank record as the header.
HeaderReading readRosterHeader(const CsvRecord& header, const std::string& fileName);

} // namespace mamori::records
