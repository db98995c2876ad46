#include "mamori/records/learner_id.hpp"

namespace mamori::records {

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

std::optional<std::string> learnerIdInFileName(std::string_view fileName)
{
    // Ids may contain dots (yamada.taro, even a.xml), so strip one of the names Mamori gives
    // a learner's files, longest id first.
    for (std::size_t at = fileName.rfind(".xml"); at != std::string_view::npos && at > 0; at = fileName.rfind(".xml", at - 1)) {
        const std::string_view rest = fileName.substr(at + 4);
        const bool ours = rest.empty() || rest == ".bak" || rest.starts_with(".rejected-") || rest.starts_with(".bak.rejected-");
        const std::string_view id = fileName.substr(0, at);
        if (ours && !learnerIdProblem(id)) return std::string(id);
    }
    return std::nullopt;
}

} // namespace mamori::records
