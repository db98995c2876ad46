#include "learner_script_options.hpp"

#include "mamori/records/learner_id.hpp"

namespace mamori::app {

std::optional<scoring::Timestamp> readNowOption(std::string_view text, std::string& problem)
{
    const auto now = scoring::parseTimestamp(text);
    if (!now) {
        problem = "--now takes a UTC time written YYYY-MM-DDTHH:MM:SSZ, such as 2026-04-01T09:00:00Z";
        return std::nullopt;
    }
    if (auto outside = scoring::nowProblem(*now)) {
        problem = "--now: " + *outside;
        return std::nullopt;
    }
    return now;
}

std::optional<std::string> userOptionProblem(std::string_view id)
{
    if (auto problem = records::learnerIdProblem(id)) return "--user: " + *problem;
    return std::nullopt;
}

} // namespace mamori::app
