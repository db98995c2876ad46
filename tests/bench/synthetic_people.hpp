#pragma once
// A synthetic organisation's status report for the benchmarks of HR's views: PEOPLE people ×
// 4 packs with Japanese names, departments with sections, managers, every state, and 1 % of
// files that fail verification. The same for the same size, run after run.

#include "mamori/records/org_index.hpp"

#include <cstdio>
#include <memory>
#include <random>
#include <string>

namespace mamori::bench {

inline std::shared_ptr<records::StatusReport> syntheticPeople(int people)
{
    using namespace mamori::records;
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
            row.attempts = row.status.state == AssignmentState::NotStarted ? 0 : static_cast<int>(1 + random() % 3);
            row.secondsSpent = row.attempts * static_cast<std::int64_t>(300 + random() % 900);
            report->rows.push_back(std::move(row));
        }
    }
    return report;
}

} // namespace mamori::bench
