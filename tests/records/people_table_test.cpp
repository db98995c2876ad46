// HR's people table and dashboard over a status report: search as people type, filters,
// sorting with missing values last, and the dashboard's counts.

#include "mamori/records/people_table.hpp"

#include <doctest/doctest.h>

using namespace mamori::records;
using namespace std::chrono;

namespace {

StatusRow row(std::string id, std::string name, std::string department, std::string pack, AssignmentState state,
              std::optional<Date> completed = std::nullopt, std::optional<double> score = std::nullopt, std::string file = "valid")
{
    StatusRow r;
    r.personId = std::move(id);
    r.name = std::move(name);
    r.department = std::move(department);
    r.manager = "M1";
    r.packId = std::move(pack);
    r.status.state = state;
    r.status.completedOn = completed;
    r.status.score = score;
    r.fileStatus = std::move(file);
    return r;
}

PeopleTable sampleTable()
{
    auto report = std::make_shared<StatusReport>();
    report->rows = {
        row("E0001", "山田 花子", "営業部 第一課", "basics", AssignmentState::Completed, year(2026) / 4 / 8, 90),   // a Wednesday
        row("E0002", "ヤマモト タロウ", "営業部", "basics", AssignmentState::Completed, year(2026) / 4 / 6, 100),  // the Monday
        row("E0003", "Suzuki Ichiro", "開発部", "basics", AssignmentState::Overdue),
        row("E0004", "佐藤 次郎", "営業部長室", "basics", AssignmentState::InProgress),
        row("E0005", "田中 三郎", "開発部", "basics", AssignmentState::NotStarted, std::nullopt, std::nullopt, "tampered"),
        row("E0001", "山田 花子", "営業部 第一課", "telework", AssignmentState::Completed, year(2026) / 4 / 13, 45),
    };
    return PeopleTable(report);
}

std::vector<std::string> ids(const PeopleTable& table, const std::vector<std::uint32_t>& rows)
{
    std::vector<std::string> out;
    for (std::uint32_t i : rows) out.push_back(table.report().rows[i].personId + "/" + table.report().rows[i].packId);
    return out;
}

std::vector<std::string> found(const PeopleTable& table, const std::string& search)
{
    PeopleQuery query;
    query.search = search;
    query.sortBy = PeopleColumn::Id;
    return ids(table, table.select(query));
}

} // namespace

TEST_CASE("the search finds an id or a name however it is typed: full or half width, kana, spaces")
{
    const PeopleTable table = sampleTable();
    CHECK(found(table, "Ｅ０００３") == std::vector<std::string>{"E0003/basics"});
    CHECK(found(table, "e0003") == std::vector<std::string>{"E0003/basics"});
    CHECK(found(table, "suzuki") == std::vector<std::string>{"E0003/basics"});
    CHECK(found(table, "山田花子") == std::vector<std::string>{"E0001/basics", "E0001/telework"});
    CHECK(found(table, "やまもと") == std::vector<std::string>{"E0002/basics"});
    CHECK(found(table, "ﾔﾏﾓﾄ") == std::vector<std::string>{"E0002/basics"});
    CHECK(found(table, "nobody").empty());
    CHECK(found(table, "").size() == 6);
}

TEST_CASE("filters take a department with its sections, a pack, a state, and the files that do not verify")
{
    const PeopleTable table = sampleTable();
    PeopleQuery query;
    query.sortBy = PeopleColumn::Id;
    query.department = "営業部";
    query.packId = "basics";
    // 営業部長室 is another department, not a section of 営業部.
    CHECK(ids(table, table.select(query)) == std::vector<std::string>{"E0001/basics", "E0002/basics"});
    query = {};
    query.state = AssignmentState::Overdue;
    CHECK(ids(table, table.select(query)) == std::vector<std::string>{"E0003/basics"});
    query = {};
    query.unverifiedOnly = true;
    CHECK(ids(table, table.select(query)) == std::vector<std::string>{"E0005/basics"});
}

TEST_CASE("sorting by any column keeps missing values last in both directions, and ties in the report's order")
{
    const PeopleTable table = sampleTable();
    PeopleQuery query;
    query.packId = "basics";
    query.sortBy = PeopleColumn::Score;
    query.descending = true;
    CHECK(ids(table, table.select(query)) ==
          std::vector<std::string>{"E0002/basics", "E0001/basics", "E0003/basics", "E0004/basics", "E0005/basics"});
    query.descending = false;
    CHECK(ids(table, table.select(query)) ==
          std::vector<std::string>{"E0001/basics", "E0002/basics", "E0003/basics", "E0004/basics", "E0005/basics"});
    query.sortBy = PeopleColumn::Status;
    CHECK(ids(table, table.select(query)).front() == "E0001/basics");   // completed first
    CHECK(ids(table, table.select(query)).back() == "E0005/basics");    // not started last
}

TEST_CASE("the dashboard counts states per pack, completions by week from Monday, scores in tens, and files that do not verify")
{
    const PeopleTable table = sampleTable();
    const DashboardFigures all = dashboardFigures(table, {});
    CHECK(all.people == 5);
    CHECK(all.unverified == 1);
    REQUIRE(all.packs.size() == 2);
    const PackFigures& basics = all.packs[0];
    CHECK(basics.packId == "basics");
    CHECK(basics.states.at(AssignmentState::Completed) == 2);
    CHECK(basics.states.at(AssignmentState::Overdue) == 1);
    CHECK(basics.unverified == 1);
    CHECK(basics.completionsPerWeek.size() == 1);
    CHECK(basics.completionsPerWeek.at(year(2026) / 4 / 6) == 2);
    CHECK(basics.scores[9] == 2);   // 90 % and 100 %
    CHECK(all.packs[1].scores[4] == 1);

    PeopleQuery development;
    development.department = "開発部";
    development.search = "ignored by the dashboard";
    const DashboardFigures dev = dashboardFigures(table, development);
    CHECK(dev.people == 2);
    REQUIRE(dev.packs.size() == 1);
    CHECK_FALSE(dev.packs[0].states.count(AssignmentState::Completed));
}
