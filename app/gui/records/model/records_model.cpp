#include "records_model.hpp"

#include <array>
#include <utility>

namespace mamori::app {
namespace {

constexpr std::array kTabNames{std::pair{RecordsTab::Dashboard, "dashboard"}, std::pair{RecordsTab::People, "people"},
                               std::pair{RecordsTab::Person, "person"}, std::pair{RecordsTab::Items, "items"},
                               std::pair{RecordsTab::Unverified, "unverified"}};

bool sameQuery(const records::PeopleQuery& a, const records::PeopleQuery& b)
{
    return a.department == b.department && a.manager == b.manager && a.packId == b.packId && a.state == b.state &&
           a.unverifiedOnly == b.unverifiedOnly && a.search == b.search && a.sortBy == b.sortBy && a.descending == b.descending;
}

} // namespace

std::string_view recordsTabName(RecordsTab tab)
{
    for (const auto& [value, name] : kTabNames) {
        if (value == tab) return name;
    }
    return "dashboard";
}

std::optional<RecordsTab> recordsTabNamed(std::string_view name)
{
    for (const auto& [value, tabName] : kTabNames) {
        if (tabName == name) return value;
    }
    return std::nullopt;
}

std::string_view recordsRoleName(RecordsRole role)
{
    switch (role) {
    case RecordsRole::Hr: return "hr";
    case RecordsRole::Trainer: return "trainer";
    case RecordsRole::Manager: return "manager";
    }
    return "hr";
}

bool RecordsModel::queryPending() const
{
    return table && !sameQuery(query, shownQuery);
}

} // namespace mamori::app
