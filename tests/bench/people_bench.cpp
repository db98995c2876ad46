// people_bench: HR's people table at the scale of a large company (100,000 people × 4 packs by
// default): building its search keys once, then each change of the query (a search typed, a
// filter, a sort by another column) and the dashboard's figures. Prints figures; asserts nothing.
// usage: people_bench [PEOPLE]

#include "bench_figure.hpp"
#include "synthetic_people.hpp"

#include "mamori/records/people_table.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace mamori::records;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    const int people = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100'000;
    const auto report = mamori::bench::syntheticPeople(people);
    std::printf("%d people, %zu rows (people × assignments)\n", people, report->rows.size());

    auto start = Clock::now();
    const PeopleTable table(report);
    const double build = msSince(start);

    auto time = [&](const PeopleQuery& query) {
        const auto begun = Clock::now();
        const auto rows = table.select(query);
        return std::pair{msSince(begun), rows.size()};
    };
    PeopleQuery byName;
    byName.sortBy = PeopleColumn::Name;
    PeopleQuery searched;
    searched.search = "山田";
    PeopleQuery overdueInSales;
    overdueInSales.department = "営業部";
    overdueInSales.state = AssignmentState::Overdue;
    overdueInSales.sortBy = PeopleColumn::Due;
    PeopleQuery byScore;
    byScore.sortBy = PeopleColumn::Score;
    byScore.descending = true;

    std::printf("%-46s %10s %10s\n", "query (once per change, never per frame)", "ms", "rows");
    std::printf("%-46s %10.1f %10zu\n", "build the search keys", build, report->rows.size());
    for (const auto& [label, query] : {std::pair{"everyone, by name", byName}, std::pair{"search '山田'", searched},
                                       std::pair{"overdue in 営業部, by due date", overdueInSales}, std::pair{"everyone, by score, descending", byScore}}) {
        const auto [ms, rows] = time(query);
        std::printf("%-46s %10.1f %10zu\n", label, ms, rows);
        mamori::bench::figure((std::string("people table: ") + label).c_str(), ms, "ms");
    }
    start = Clock::now();
    const DashboardFigures figures = dashboardFigures(table, {});
    const double dashboard = msSince(start);
    std::printf("%-46s %10.1f %10d\n", "dashboard figures (people counted)", dashboard, figures.people);
    mamori::bench::figure("people table: build search keys", build, "ms");
    mamori::bench::figure("people table: dashboard figures", dashboard, "ms");
    return 0;
}
