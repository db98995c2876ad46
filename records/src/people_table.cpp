// HR's people table: one pass to filter and search, one stable sort of row numbers.

#include "mamori/records/people_table.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

namespace mamori::records {
namespace {

bool inDepartment(const std::string& department, const std::string& wanted)
{
    return department == wanted || (department.size() > wanted.size() && department.starts_with(wanted) &&
                                    (department[wanted.size()] == ' ' || department.compare(wanted.size(), 3, "\xE3\x80\x80") == 0));
}

/// A file that exists and does not verify: its records never count.
bool unverified(const StatusRow& row)
{
    return row.fileStatus != "valid" && row.fileStatus != "none";
}

/// Missing values after present ones, whichever the direction.
template <typename T>
int compareOptional(const std::optional<T>& a, const std::optional<T>& b, bool descending)
{
    if (!a || !b) return a ? -1 : b ? 1 : 0;
    const int order = *a < *b ? -1 : *b < *a ? 1 : 0;
    return descending ? -order : order;
}

const std::string& textOf(const StatusRow& row, std::size_t column)
{
    switch (column) {
    case 0: return row.personId;
    case 1: return row.name;
    case 2: return row.department;
    case 3: return row.manager;
    default: return row.packId;
    }
}

/// Each row's rank among the distinct values of text column `column`, in byte order.
std::vector<std::uint32_t> ranksOf(const std::vector<StatusRow>& rows, std::size_t column)
{
    std::unordered_map<std::string_view, std::uint32_t> rankOf;
    for (const StatusRow& row : rows) rankOf.emplace(textOf(row, column), 0);
    std::vector<std::string_view> distinct;
    distinct.reserve(rankOf.size());
    for (const auto& entry : rankOf) distinct.push_back(entry.first);
    std::sort(distinct.begin(), distinct.end());
    for (std::uint32_t i = 0; i < distinct.size(); ++i) rankOf[distinct[i]] = i;
    std::vector<std::uint32_t> ranks;
    ranks.reserve(rows.size());
    for (const StatusRow& row : rows) ranks.push_back(rankOf[textOf(row, column)]);
    return ranks;
}

int sign(long long value)
{
    return value < 0 ? -1 : value > 0 ? 1 : 0;
}

} // namespace

std::string_view peopleColumnName(PeopleColumn column)
{
    static constexpr std::string_view kNames[] = {"id", "name", "department", "manager", "pack", "status", "due", "completed", "score", "attempts", "time", "flags"};
    return kNames[static_cast<std::size_t>(column)];
}

std::optional<PeopleColumn> peopleColumnNamed(std::string_view name)
{
    for (int c = 0; c <= static_cast<int>(PeopleColumn::Flags); ++c) {
        if (peopleColumnName(static_cast<PeopleColumn>(c)) == name) return static_cast<PeopleColumn>(c);
    }
    return std::nullopt;
}

PeopleTable::PeopleTable(std::shared_ptr<const StatusReport> report) : report_(std::move(report))
{
    searchKeys_.reserve(report_->rows.size());
    const StatusRow* previous = nullptr;
    for (const StatusRow& row : report_->rows) {
        // A person's rows come together (one per assignment): fold their id and name once.
        const bool samePerson = previous && previous->personId == row.personId && previous->name == row.name;
        searchKeys_.push_back(samePerson ? searchKeys_.back() : searchFold(row.personId) + "\n" + searchFold(row.name));
        previous = &row;
    }
    for (std::size_t column = 0; column < textRanks_.size(); ++column) textRanks_[column] = ranksOf(report_->rows, column);
}

int PeopleTable::compare(std::uint32_t a, std::uint32_t b, PeopleColumn column, bool descending) const
{
    const StatusRow& x = report_->rows[a];
    const StatusRow& y = report_->rows[b];
    const int direction = descending ? -1 : 1;
    switch (column) {
    case PeopleColumn::Id:
    case PeopleColumn::Name:
    case PeopleColumn::Department:
    case PeopleColumn::Manager:
    case PeopleColumn::Pack: {
        const auto& ranks = textRanks_[static_cast<std::size_t>(column)];
        return direction * sign(static_cast<long long>(ranks[a]) - ranks[b]);
    }
    case PeopleColumn::Status: return direction * sign(static_cast<int>(x.status.state) - static_cast<int>(y.status.state));
    case PeopleColumn::Due: return compareOptional(x.status.due, y.status.due, descending);
    case PeopleColumn::Completed: return compareOptional(x.status.completedOn, y.status.completedOn, descending);
    case PeopleColumn::Score: return compareOptional(x.status.score, y.status.score, descending);
    case PeopleColumn::Attempts: return direction * sign(x.attempts - y.attempts);
    case PeopleColumn::Time: return direction * sign(x.secondsSpent - y.secondsSpent);
    case PeopleColumn::Flags: return direction * sign(x.flags - y.flags);
    }
    return 0;
}

bool PeopleTable::passes(std::uint32_t index, const PeopleQuery& query, const std::string& search) const
{
    const StatusRow& row = report_->rows[index];
    if (query.packId && row.packId != *query.packId) return false;
    if (query.department && !inDepartment(row.department, *query.department)) return false;
    if (query.manager && row.manager != *query.manager) return false;
    if (query.state && row.status.state != *query.state) return false;
    if (query.unverifiedOnly && !unverified(row)) return false;
    return search.empty() || searchKeys_[index].find(search) != std::string::npos;
}

std::vector<std::uint32_t> PeopleTable::filter(const PeopleQuery& query) const
{
    const std::string search = searchFold(query.search);
    std::vector<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < report_->rows.size(); ++i) {
        if (passes(i, query, search)) rows.push_back(i);
    }
    return rows;
}

std::vector<std::uint32_t> PeopleTable::select(const PeopleQuery& query) const
{
    std::vector<std::uint32_t> rows = filter(query);
    std::stable_sort(rows.begin(), rows.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return compare(a, b, query.sortBy, query.descending) < 0; });
    return rows;
}

DashboardFigures dashboardFigures(const PeopleTable& table, const PeopleQuery& query)
{
    PeopleQuery scope;
    scope.department = query.department;
    scope.manager = query.manager;
    scope.packId = query.packId;
    std::map<std::string, PackFigures> packs;
    std::set<std::string> people, unverifiedPeople;
    for (std::uint32_t index : table.filter(scope)) {
        const StatusRow& row = table.report().rows[index];
        PackFigures& figures = packs[row.packId];
        figures.packId = row.packId;
        ++figures.states[row.status.state];
        people.insert(row.personId);
        if (unverified(row)) {
            ++figures.unverified;
            unverifiedPeople.insert(row.personId);
        }
        if (row.status.state != AssignmentState::Completed) continue;
        if (row.status.completedOn) {
            // The Monday of its week.
            const std::chrono::sys_days day(*row.status.completedOn);
            const std::chrono::weekday weekday(day);
            const Date monday(day - (weekday - std::chrono::Monday));
            ++figures.completionsPerWeek[monday];
        }
        if (row.status.score) {
            const int bin = std::clamp(static_cast<int>(*row.status.score / 10), 0, 9);
            ++figures.scores[static_cast<std::size_t>(bin)];
        }
    }
    DashboardFigures dashboard;
    for (auto& [id, figures] : packs) dashboard.packs.push_back(std::move(figures));
    dashboard.people = static_cast<int>(people.size());
    dashboard.unverified = static_cast<int>(unverifiedPeople.size());
    return dashboard;
}

} // namespace mamori::records
