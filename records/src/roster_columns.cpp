#include "roster_columns.hpp"

#include "roster_text.hpp"

#include <utility>

namespace mamori::records {

namespace {

using enum RosterColumn;

/// Every accepted header name, folded (foldHeaderName), a line per meaning.
// clang-format off
constexpr std::pair<std::string_view, RosterColumn> kHeaderNames[] = {
    {"社員番号", Id}, {"従業員番号", Id}, {"社員id", Id}, {"employee id", Id}, {"employee number", Id},
    {"employee no", Id}, {"id", Id},
    {"氏名", Name}, {"名前", Name}, {"name", Name}, {"full name", Name},
    {"部署", Department}, {"所属", Department}, {"部門", Department}, {"department", Department}, {"dept", Department},
    {"上長", Manager}, {"上司", Manager}, {"manager", Manager},
    {"入社日", HireDate}, {"hire date", HireDate}, {"hired", HireDate},
    {"割当", AssignmentList}, {"研修割当", AssignmentList}, {"assignments", AssignmentList}, {"trainings", AssignmentList},
    {"研修", Pack}, {"研修id", Pack}, {"pack", Pack}, {"training", Pack},
    {"期限", Due}, {"受講期限", Due}, {"due", Due}, {"due date", Due},
    {"有効期間", Validity}, {"validity", Validity},
    {"最低バージョン", MinimumVersion}, {"min version", MinimumVersion}, {"minimum version", MinimumVersion},
};
// clang-format on

std::optional<RosterColumn> columnNamed(std::string_view folded)
{
    for (const auto& [name, column] : kHeaderNames) {
        if (name == folded) return column;
    }
    return std::nullopt;
}

std::size_t indexOf(RosterColumn column)
{
    return static_cast<std::size_t>(column);
}

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

/// Reads the header's names; `reading.diagnostics` gets the warnings.
RosterColumns matchColumns(const CsvRecord& header, const std::string& fileName, HeaderReading& reading)
{
    RosterColumns columns;
    columns.width = header.fields.size();
    std::vector<std::string> unknown;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const CsvField& field = header.fields[i];
        const std::string title(trimSpaces(field.text));
        if (field.tooLong) {
            unknown.push_back("a name longer than " + std::to_string(kMaxCsvFieldBytes) + " bytes");
            continue;
        }
        if (title.empty()) continue; // Excel leaves the header of an unnamed column empty
        const std::optional<RosterColumn> column = columnNamed(foldHeaderName(title));
        if (!column) {
            unknown.push_back(title);
        } else if (columns.position[indexOf(*column)]) {
            reading.diagnostics.push_back(
                {fileName, header.line, lessons::Severity::Warning, "duplicate-column",
                 "'" + title + "' is the same column as '" + columns.titleOf(*column) + "'; only the first is read"});
        } else {
            columns.position[indexOf(*column)] = i;
            columns.title[indexOf(*column)] = title;
        }
    }
    if (!unknown.empty()) {
        reading.diagnostics.push_back({fileName, header.line, lessons::Severity::Warning, "unknown-columns",
                                       "columns not read: " + joined(unknown)});
    }
    return columns;
}

} // namespace

std::string foldHeaderName(std::string_view name)
{
    const std::string folded = asciiLower(foldCompatibility(name));
    std::string out;
    bool pendingSpace = false;
    for (char c : trimSpaces(folded)) {
        if (c == ' ' || c == '\t' || c == '_') {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.empty()) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

HeaderReading readRosterHeader(const CsvRecord& header, const std::string& fileName)
{
    HeaderReading reading;
    auto refuse = [&](std::string code, std::string message) {
        reading.diagnostics = {{fileName, header.line, lessons::Severity::Error, std::move(code), std::move(message)}};
        return reading;
    };
    if (header.tooManyFields) {
        return refuse("too-many-columns", "the header has more than " + std::to_string(kMaxCsvFields) + " columns");
    }
    RosterColumns columns = matchColumns(header, fileName, reading);
    const auto has = [&](RosterColumn column) { return columns.at(column).has_value(); };

    bool any = false;
    for (const auto& position : columns.position) any = any || position.has_value();
    if (!any) {
        return refuse("no-header",
                      "no header row: this line names none of the roster's columns; the first row must name "
                      "them, e.g. 社員番号,氏名,部署,入社日,割当 or employee id,name,department,hire date,"
                      "assignments");
    }
    if (!has(Id)) {
        std::vector<std::string> titles;
        for (const CsvField& field : header.fields) {
            if (!trimSpaces(field.text).empty()) titles.emplace_back(trimSpaces(field.text));
        }
        return refuse("no-id-column", "the header has no id column (it has " + joined(titles) +
                                          "): name one 社員番号, 従業員番号, 社員ID, employee id, employee number, "
                                          "employee no or id");
    }
    if (has(AssignmentList) && has(Pack)) {
        return refuse("mixed-assignment-forms", "the header has both an assignment list ('" +
                                                    columns.titleOf(AssignmentList) + "') and a pack column ('" +
                                                    columns.titleOf(Pack) + "'): use one or the other");
    }
    if (has(Pack) && !has(Due)) {
        return refuse("missing-due-column",
                      "the pack column '" + columns.titleOf(Pack) +
                          "' needs a due date column beside it (期限, 受講期限, due or due date)");
    }
    if (!has(Pack)) {
        std::vector<std::string> unused;
        for (RosterColumn column : {Due, Validity, MinimumVersion}) {
            if (has(column)) unused.push_back(columns.titleOf(column));
        }
        if (!unused.empty()) {
            reading.diagnostics.push_back(
                {fileName, header.line, lessons::Severity::Warning, "unused-columns",
                 "columns read only beside a pack column (研修 or pack), so not read here: " + joined(unused) +
                     (has(AssignmentList) ? " (write PACK:DUE:VALIDITY in '" + columns.titleOf(AssignmentList) + "')"
                                          : "")});
        }
    }
    reading.columns = std::move(columns);
    return reading;
}

} // namespace mamori::records
