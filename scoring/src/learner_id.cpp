#include "mamori/scoring/learner_id.hpp"

namespace mamori::scoring {

std::optional<std::string> learnerIdProblem(std::string_view id)
{
    if (id.empty()) return "a learner id cannot be empty";
    if (id.size() > 64) return "a learner id can be at most 64 characters";
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    if (!alnum(id.front())) return "a learner id must start with a letter or digit";
    for (char c : id) {
        if (!alnum(c) && c != '.' && c != '-' && c != '_') {
            return "a learner id may contain only ASCII letters, digits, '.', '-' and '_'";
        }
    }
    return std::nullopt;
}

} // namespace mamori::scoring
