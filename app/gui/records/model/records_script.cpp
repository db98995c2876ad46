#include "records_script.hpp"

#include "mamori/records/regular_file.hpp"

#include <charconv>
#include <sstream>

namespace mamori::app {
namespace {

namespace ra = records_action;

std::vector<std::string> words(std::string_view line)
{
    std::vector<std::string> out;
    std::istringstream in{std::string(line)};
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::optional<std::string> anyOrValue(const std::string& word)
{
    return word == "all" ? std::nullopt : std::optional(word);
}

std::optional<ItemColumn> itemColumnNamed(std::string_view name)
{
    constexpr std::pair<std::string_view, ItemColumn> kNames[] = {
        {"flagged", ItemColumn::Flagged},   {"quiz", ItemColumn::Quiz},         {"question", ItemColumn::Question},
        {"attempts", ItemColumn::Attempts}, {"facility", ItemColumn::Facility}, {"discrimination", ItemColumn::Discrimination}};
    for (const auto& [n, column] : kNames) {
        if (n == name) return column;
    }
    return std::nullopt;
}

std::optional<std::size_t> count(const std::string& word)
{
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (ec != std::errc() || end != word.data() + word.size()) return std::nullopt;
    return value;
}

/// The step for one line's words, or a message saying what is wrong.
std::variant<RecordsStepAction, std::string> step(const std::vector<std::string>& w, std::string_view rest)
{
    const std::string& verb = w[0];
    const std::size_t n = w.size();
    auto need = [&](std::size_t k) { return n == k + 1; };
    if (verb == "tab" && need(1)) {
        if (auto tab = recordsTabNamed(w[1])) return RecordsAction{ra::ShowTab{*tab}};
        return "no tab '" + w[1] + "' (dashboard, people, person, items, unverified)";
    }
    if (verb == "department" && n >= 2) return RecordsAction{ra::SetDepartment{anyOrValue(std::string(rest))}};
    if (verb == "manager" && n >= 2) return RecordsAction{ra::SetManager{anyOrValue(std::string(rest))}};
    if (verb == "pack" && need(1)) return RecordsAction{ra::SetPack{anyOrValue(w[1])}};
    if (verb == "state" && need(1)) {
        if (w[1] == "all") return RecordsAction{ra::SetState{}};
        for (auto s : {records::AssignmentState::Completed, records::AssignmentState::Expired, records::AssignmentState::Overdue,
                       records::AssignmentState::InProgress, records::AssignmentState::NotStarted}) {
            if (records::assignmentStateName(s) == w[1]) return RecordsAction{ra::SetState{s}};
        }
        return "no state '" + w[1] + "' (completed, in-progress, not-started, overdue, expired, all)";
    }
    if (verb == "search") return RecordsAction{ra::SetSearch{std::string(rest)}};
    if (verb == "sort" && (need(1) || need(2))) {
        const auto column = records::peopleColumnNamed(w[1]);
        if (!column) return "no column '" + w[1] + "' to sort by";
        if (n == 3 && w[2] != "asc" && w[2] != "desc") return "sort takes asc or desc, not '" + w[2] + "'";
        return RecordsAction{ra::SortPeople{*column, n == 3 && w[2] == "desc"}};
    }
    if (verb == "sort-items" && (need(1) || need(2))) {
        const auto column = itemColumnNamed(w[1]);
        if (!column) return "no item column '" + w[1] + "'";
        return RecordsAction{ra::SortItems{*column, n == 3 && w[2] == "desc"}};
    }
    if (verb == "open-person" && need(1)) return RecordsAction{ra::OpenPerson{w[1]}};
    if (verb == "items" && (need(1) || need(2))) {
        return RecordsAction{ra::OpenItems{w[1], n == 3 ? std::optional(w[2]) : std::nullopt}};
    }
    if (verb == "select-question" && need(2)) return RecordsAction{ra::SelectQuestion{w[1], w[2]}};
    if (verb == "language" && need(1)) {
        if (w[1] == "ja") return RecordsAction{ra::SetLanguage{lessons::Language::Japanese}};
        if (w[1] == "en") return RecordsAction{ra::SetLanguage{lessons::Language::English}};
        return "language takes ja or en";
    }
    if (verb == "export" && need(1)) {
        if (w[1] == "csv") return RecordsAction{ra::ExportShown{ExportFormat::Csv}};
        if (w[1] == "xlsx") return RecordsAction{ra::ExportShown{ExportFormat::Xlsx}};
        return "export takes csv or xlsx";
    }
    if (verb == "certificate" && need(2)) return RecordsAction{ra::SaveCertificate{w[1], w[2]}};
    if (verb == "refresh" && need(0)) return RecordsAction{ra::Refresh{}};
    if ((verb == "expect-rows" || verb == "expect-rows-at-least") && need(1)) {
        if (auto c = count(w[1])) return ExpectRows{*c, verb == "expect-rows-at-least"};
        return verb + " takes a number";
    }
    if (verb == "screenshot" && need(1)) {
        if (w[1].find_first_of("/\\") != std::string::npos || w[1].starts_with(".")) return "a screenshot's name is a plain file name";
        return RecordsScreenshot{w[1]};
    }
    return "unknown command or wrong number of words: '" + verb + "'";
}

} // namespace

RecordsScript parseRecordsScript(std::string_view text, const std::string& fileName)
{
    RecordsScript script;
    script.file = fileName;
    int number = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const auto w = words(line);
        if (w.empty() || w[0].starts_with("#")) {
            if (end == text.size()) break;
            continue;
        }
        const std::size_t verbEnd = line.find(w[0]) + w[0].size();
        std::string_view rest = line.substr(verbEnd);
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
        while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
        auto parsed = step(w, rest);
        if (auto* message = std::get_if<std::string>(&parsed)) {
            script.errors.push_back(fileName + ":" + std::to_string(number) + ": error: " + *message);
        } else {
            script.steps.push_back({number, std::string(line), std::get<RecordsStepAction>(parsed)});
        }
        if (end == text.size()) break;
    }
    return script;
}

RecordsScript loadRecordsScript(const std::filesystem::path& file)
{
    auto bytes = records::readRegularFile(file, 1024 * 1024, records::Links::Follow);
    if (!bytes || !bytes.value()) {
        RecordsScript script;
        script.file = file.string();
        script.errors.push_back(file.string() + ": error: cannot read the script: " +
                                (bytes ? std::string("no such file") : bytes.refusal().message));
        return script;
    }
    return parseRecordsScript(*bytes.value(), file.string());
}

} // namespace mamori::app
