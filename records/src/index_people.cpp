// Looking up a person of the roster in HR's index.

#include "org_index_impl.hpp"

namespace mamori::records {

scoring::Result<std::optional<std::string>> OrgIndex::personName(const std::string& personId)
{
    auto query = impl_->db.prepare("SELECT name FROM people WHERE id = ?", sql::Rows::Few);
    if (!query) return query.refusal();
    auto& q = query.value();
    q.bind(1, personId);
    std::optional<std::string> name;
    if (auto row = q.step(); row && row.value()) name = q.text(0);
    q.reset();
    return name;
}

} // namespace mamori::records
