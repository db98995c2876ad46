// people_bench: HR's people table at the scale of a large company (100,000 people × 4 packs by
// default): building its search keys once, then each change of the query (a search typed, a
// filter, a sort by another column) and the dashboard's figures. Prints figures; asserts nothing.
// usage: people_bench [PEOPLE]

#include "bench_figure.hpp"

#include "mamori/records/people_table.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace mamori::records;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::shared_ptr<StatusReport> organisation(int people)
{
    const char* family[] = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"};
    const char* given[] = {"花子", "太郎", "一郎", "美咲", "翔太", "陽菜", "大輔", "結衣", "健", "さくら"};
    const char* departments[] = {"営業部 第一課", "営業部 第二課", "開発部", "人事部 人事課", "総務部"};
    const char* packs[] = {"basics", "departing", "targeted-attacks", "telework"};
    std::mt19937 random(1);
    auto report = std::make_shared<StatusReport>();
    report->rows.reserve(static_cast<std::size_t>(people) * 4);
    for (int p = 0; p < people; ++p) {
        char id[16];
        std::snprintf(id, sizeof id, "E%06d", p + 1);
        const std::string name = std::string(family[random() % 10]) + " " + given[random() % 10];
        const std::string department = departments[random() % 5];
        for (const char* pack : packs) {
            StatusRow row;
            row.personId = id;
            row.name = name;
            row.department = department;
            row.manager = "M" + std::to_string(random() % 500);
            row.packId = pack;
            row.status.state = static_cast<AssignmentState>(random() % 5);
            if (row.status.state == AssignmentState::Completed) {
                row.status.completedOn = std::chrono::year(2026) / 4 / static_cast<unsigned>(1 + random() % 28);
                row.status.score = static_cast<double>(random() % 101);
            }
            row.fileStatus = random() % 100 ? "valid" : "tampered";
            report->rows.push_back(std::move(row));
        }
    }
    return report;
}

} // namespace

int main(int argc, char** argv)
{
    const int people = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100'000;
    const auto report = organisation(people);
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
