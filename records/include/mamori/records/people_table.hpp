#pragma once
/// \file
/// HR's table of people × assignments, for the records screens: filtered, searched and sorted
/// once per change of the query (never per frame), fast enough for 100,000 rows; and the
/// dashboard's figures over the same filters. Plain values over a status report.

#include "mamori/records/org_index.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::records {

enum class PeopleColumn { Id, Name, Department, Manager, Pack, Status, Due, Completed, Score, Attempts, Time, Flags };

/// "id", "name", "department", "manager", "pack", "status", "due", "completed", "score", "attempts",
/// "time", "flags".
std::string_view peopleColumnName(PeopleColumn column);
/// The column named `name` (as peopleColumnName gives it), or nullopt.
std::optional<PeopleColumn> peopleColumnNamed(std::string_view name);

struct PeopleQuery {
    std::optional<std::string> department;   ///< the department or any of its sections ("営業部" takes "営業部 第一課")
    std::optional<std::string> manager;
    std::optional<std::string> packId;
    std::optional<AssignmentState> state;
    bool unverifiedOnly = false;             ///< rows whose file does not verify
    std::string search;                      ///< part of an id or a name, full- and half-width alike
    PeopleColumn sortBy = PeopleColumn::Department;
    bool descending = false;
};

/// `text` as search compares it: NFKC (full-width letters and digits as ASCII, half-width
/// katakana as full-width), ASCII letters in lower case, hiragana as katakana, no spaces.
std::string searchFold(std::string_view text);

class PeopleTable {
public:
    explicit PeopleTable(std::shared_ptr<const StatusReport> report);

    /// The rows `query` selects, as indexes into report().rows, in its order; rows equal on the
    /// sort column keep the report's order (department, person, pack).
    std::vector<std::uint32_t> select(const PeopleQuery& query) const;

    const StatusReport& report() const { return *report_; }

    /// The rows `query`'s filters and search select, in the report's order (its sort ignored).
    std::vector<std::uint32_t> filter(const PeopleQuery& query) const;

private:
    bool passes(std::uint32_t row, const PeopleQuery& query, const std::string& search) const;
    int compare(std::uint32_t a, std::uint32_t b, PeopleColumn column, bool descending) const;

    std::shared_ptr<const StatusReport> report_;
    std::vector<std::string> searchKeys_;   ///< per row: folded id and name
    /// Per text column (id, name, department, manager, pack), each row's place among the
    /// column's distinct values: a sort compares numbers, not strings.
    std::array<std::vector<std::uint32_t>, 5> textRanks_;
};

/// One pack's share of states, completions per week and scores, for the dashboard.
struct PackFigures {
    std::string packId;
    std::map<AssignmentState, int> states;
    std::map<Date, int> completionsPerWeek;   ///< by the Monday that starts the week
    std::array<int, 10> scores{};             ///< completed people's scores: 0–9 %, 10–19 %, … 90–100 %
    int unverified = 0;                        ///< rows whose file does not verify (never counted as completed)
};

struct DashboardFigures {
    std::vector<PackFigures> packs;   ///< by pack id
    int people = 0;                   ///< distinct people in the rows counted
    int unverified = 0;               ///< people whose file does not verify
};

/// The dashboard over the rows `query`'s department, manager and pack filters select (its
/// search, state and sort do not apply).
DashboardFigures dashboardFigures(const PeopleTable& table, const PeopleQuery& query);

} // namespace mamori::records
