#include "roster_csv.hpp"

#include "org_people.hpp"

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace mamori::test {
namespace {

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
std::string field(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string isoDate(Day day)
{
    const std::chrono::year_month_day date{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::string assignmentList(const std::vector<Assignment>& assignments)
{
    std::string list;
    for (const Assignment& a : assignments) {
        if (!list.empty()) list += ";";
        list += a.packId + ":" + a.due + (a.validity.empty() ? "" : ":" + a.validity);
    }
    return list;
}

} // namespace

std::uintmax_t writeRoster(const std::filesystem::path& file, std::uint64_t seed, int learners,
                           const StateAssignment& states)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write the roster " + file.string());
    out << "\xEF\xBB\xBF"
        << "社員番号,氏名,部署,上長,入社日,割当\r\n";
    for (int i = 0; i < learners; ++i) {
        const Person p = personAt(seed, i, states.of(i));
        out << field(p.id) << ',' << field(p.name) << ',' << field(p.department) << ',' << field(p.manager) << ','
            << isoDate(p.hired) << ',' << field(assignmentList(p.assignments)) << "\r\n";
    }
    out.close();
    if (!out) throw std::runtime_error("cannot write the roster " + file.string());
    return std::filesystem::file_size(file);
}

} // namespace mamori::test
