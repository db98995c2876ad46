#include "org_people.hpp"

#include <array>
#include <cstdio>
#include <string_view>

namespace mamori::test {
namespace {

using namespace std::chrono;

constexpr int kTeamSize = 8;

constexpr std::array<std::string_view, 20> kFamilyNames{"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺",   "山本",
                                                        "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口",
                                                        "松本", "井上", "木村", "林",   "斎藤", "清水"};
constexpr std::array<std::string_view, 30> kGivenNames{
    "花子", "陽子", "美咲", "結衣", "さくら", "愛",   "恵",   "由美", "真由美", "彩",
    "奈々", "優子", "明美", "千尋", "葵",     "太郎", "健太", "翔太", "大輔",   "拓也",
    "誠",   "浩",   "直樹", "亮",   "悠人",   "蓮",   "隆",   "一郎", "達也",   "和也"};

struct Department {
    std::string_view name;
    std::vector<std::string_view> sections;
    bool targeted; ///< a favourite target of targeted attacks: that training must be renewed every year
};

const std::vector<Department>& departments()
{
    static const std::vector<Department> all{
        {"営業部", {"第一営業課", "第二営業課", "営業企画課"}, false},
        {"開発部", {"第一開発課", "第二開発課", "品質保証課"}, false},
        {"製造部", {"第一製造課", "第二製造課", "生産管理課"}, false},
        {"人事部", {"人事課", "労務課"}, true},
        {"総務部", {"総務課", "法務課"}, false},
        {"経理部", {"経理課", "財務課"}, true},
        {"情報システム部", {"インフラ課", "業務システム課"}, true},
        {"研究開発部", {"基礎研究課", "応用研究課"}, false},
    };
    return all;
}

Day hireDate(scoring::DeterministicRandom& random, bool recent, bool stale)
{
    if (recent) {
        // New graduates join on 1 April; mid-career hires any working day up to three weeks ago.
        if (chance(0.5, random)) return dayOf(2026, 4, 1);
        return workingDayFrom(kToday - days{21 + static_cast<int>(random.below(60))});
    }
    const Day latest = stale ? dayOf(2025, 3, 1) : dayOf(2026, 3, 1);
    if (chance(0.75, random)) {
        const int lastYear = stale ? 2024 : 2025;
        return dayOf(1988 + static_cast<int>(random.below(static_cast<std::uint64_t>(lastYear - 1988 + 1))), 4, 1);
    }
    const Day earliest = dayOf(1995, 1, 1);
    return workingDayFrom(
        earliest + days{static_cast<int>(random.below(static_cast<std::uint64_t>((latest - earliest).count())))});
}

std::vector<Assignment> assignmentsFor(bool recentHire, bool targeted)
{
    const std::string renew = targeted ? "1y" : "";
    if (recentHire) {
        return {{"basics", "hire+30d", "1y"},
                {"telework", "hire+30d", ""},
                {"targeted-attacks", "hire+30d", renew},
                {"departing", "hire+60d", ""}};
    }
    return {{"basics", "2026-06-30", "1y"},
            {"telework", "2026-06-30", ""},
            {"targeted-attacks", "2026-07-31", renew},
            {"departing", "2026-09-30", ""}};
}

} // namespace

std::string learnerIdAt(int index)
{
    char id[16];
    std::snprintf(id, sizeof id, "E%06d", index + 1);
    return id;
}

Person personAt(std::uint64_t seed, int index, LearnerState state)
{
    scoring::DeterministicRandom random(streamSeed(seed, index, 1));
    const auto& all = departments();
    const int team = index / kTeamSize;
    const int departmentIndex = team % static_cast<int>(all.size());
    const Department& department = all[static_cast<std::size_t>(departmentIndex)];
    const std::size_t section =
        static_cast<std::size_t>(team / static_cast<int>(all.size())) % department.sections.size();

    Person person;
    person.id = learnerIdAt(index);
    person.name = std::string(kFamilyNames[random.below(kFamilyNames.size())]) + " " +
                  std::string(kGivenNames[random.below(kGivenNames.size())]);
    person.department = std::string(department.name) + " " + std::string(department.sections[section]);
    const int teamLead = team * kTeamSize;
    const int departmentHead = departmentIndex * kTeamSize; // the lead of the department's first team
    if (index != teamLead)
        person.manager = learnerIdAt(teamLead);
    else if (index != departmentHead)
        person.manager = learnerIdAt(departmentHead);
    else if (index != 0)
        person.manager = learnerIdAt(0);
    const bool stale = state == LearnerState::Stale;
    person.recentHire = !stale && index != teamLead && chance(0.06, random); // leads have been here a while
    person.hired = hireDate(random, person.recentHire, stale);
    person.assignments = assignmentsFor(person.recentHire, department.targeted);
    return person;
}

} // namespace mamori::test
