#include "roster_row.hpp"

#include "roster_text.hpp"
#include "roster_values.hpp"

#include "mamori/records/learner_id.hpp"

namespace mamori::records {

namespace {

using enum RosterColumn;

constexpr const char* kDateForms = "use 2026-04-01 or 2026/4/1";
constexpr const char* kDueForms = "use 2026-04-01, 2026/4/1 or hire+30d";
constexpr const char* kValidityForms = "use 365d or 1y";

std::string quoted(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

/// The known pack ids for a message: `(known: basics, telework)`.
std::string knownPacksNote(const std::set<std::string>& knownPacks)
{
    if (knownPacks.empty()) return "(no packs are known)";
    constexpr std::size_t kListed = 10;
    std::string out = "(known: ";
    std::size_t listed = 0;
    for (const std::string& id : knownPacks) {
        if (listed == kListed) {
            out += ", …";
            break;
        }
        out += (listed++ ? ", " : "") + id;
    }
    return out + ")";
}

/// A row's values by meaning, with the problems of the cells themselves (too long, a line
/// break where one line is expected) reported each time a value is taken.
class RowCells {
public:
    RowCells(const CsvRecord& record, const RosterColumns& columns, std::vector<RowProblem>& problems)
        : record_(record), columns_(columns), problems_(problems)
    {
    }

    /// The trimmed value; empty when the header has no such column or the row stops short.
    std::string text(RosterColumn column) const { return value(column, false); }
    /// The same for names, where Excel's line breaks within a cell (Alt+Enter) become spaces.
    std::string freeText(RosterColumn column) const { return value(column, true); }
    const std::string& title(RosterColumn column) const { return columns_.titleOf(column); }

private:
    std::string value(RosterColumn column, bool joinLines) const
    {
        const std::optional<std::size_t> at = columns_.at(column);
        if (!at || *at >= record_.fields.size()) return {};
        const CsvField& field = record_.fields[*at];
        if (field.tooLong) {
            problems_.push_back(
                {"value-too-long", title(column) + " is longer than " + std::to_string(kMaxCsvFieldBytes) + " bytes"});
            return {};
        }
        std::string_view trimmed = trimSpaces(field.text);
        if (trimmed.find_first_of("\r\n") == std::string_view::npos) return std::string(trimmed);
        if (!joinLines) {
            const std::string_view firstLine = trimmed.substr(0, trimmed.find_first_of("\r\n"));
            problems_.push_back({"line-break", title(column) + " '" + std::string(firstLine) +
                                                   "…' has a line break in it (a quote that is not closed?)"});
            return {};
        }
        std::string joined;
        for (char c : trimmed) {
            const bool lineBreak = c == '\r' || c == '\n';
            if (!lineBreak)
                joined += c;
            else if (!joined.empty() && joined.back() != ' ')
                joined += ' ';
        }
        return joined;
    }

    const CsvRecord& record_;
    const RosterColumns& columns_;
    std::vector<RowProblem>& problems_;
};

void checkWidth(const CsvRecord& record, const RosterColumns& columns, std::vector<RowProblem>& problems)
{
    bool extra = record.tooManyFields;
    for (std::size_t i = columns.width; i < record.fields.size() && !extra; ++i) {
        extra = record.fields[i].tooLong || !trimSpaces(record.fields[i].text).empty();
    }
    if (!extra) return;
    const std::string count =
        record.tooManyFields ? "more than " + std::to_string(kMaxCsvFields) : std::to_string(record.fields.size());
    problems.push_back({"extra-values", "this row has " + count + " values but the header has " +
                                            std::to_string(columns.width) +
                                            " columns (a comma in a value that is not in quotes?)"});
}

/// How a problem names the value it is about: the list item, or the column.
struct AssignmentLabels {
    std::string pack;
    std::string due;
    std::string validity;
};

/// Checks one assignment's parts and adds it to `row` when they are all good.
void addAssignment(RosterRow& row, int line, const AssignmentLabels& labels, const std::string& packId,
                   std::string_view due, std::string_view validity, std::string minimumVersion,
                   const std::set<std::string>& knownPacks)
{
    const std::size_t problemsBefore = row.problems.size();
    if (!knownPacks.count(packId)) {
        row.problems.push_back(
            {"unknown-pack", labels.pack + quoted(packId) + " is not a known pack " + knownPacksNote(knownPacks)});
    }
    const std::optional<DueRule> dueRule = parseDueRule(due);
    if (!dueRule) {
        row.problems.push_back(
            {"bad-date", labels.due + quoted(due) + " is not a date or hire+N days (" + kDueForms + ")"});
    }
    std::optional<records::Validity> validFor; // the type, not the column
    if (!validity.empty() && !(validFor = parseValidity(validity))) {
        row.problems.push_back(
            {"bad-validity", labels.validity + quoted(validity) + " is not a validity (" + kValidityForms + ")"});
    }
    for (const RowAssignment& earlier : row.assignments) {
        if (earlier.assignment.packId == packId) {
            row.problems.push_back(
                {"duplicate-assignment", labels.pack + quoted(packId) + " is assigned twice on this row"});
        }
    }
    if (row.problems.size() != problemsBefore) return;
    RosterAssignment assignment{packId, *dueRule, validFor, std::move(minimumVersion), line};
    row.assignments.push_back({std::move(assignment), packId + ":" + std::string(trimSpaces(foldCompatibility(due)))});
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    for (std::size_t at = 0;;) {
        const std::size_t end = text.find(separator, at);
        parts.push_back(trimSpaces(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at)));
        if (end == std::string_view::npos) return parts;
        at = end + 1;
    }
}

/// `PACK:DUE[:VALIDITY]` items separated by `;`.
void readAssignmentList(RosterRow& row, int line, const RowCells& cells, const std::set<std::string>& knownPacks)
{
    // Folded first, so that full-width `：` and `；` separate too.
    const std::string list = foldCompatibility(cells.text(AssignmentList));
    for (std::string_view item : split(list, ';')) {
        if (item.empty()) continue;
        const std::string where = cells.title(AssignmentList) + " " + quoted(item) + ": ";
        const std::vector<std::string_view> parts = split(item, ':');
        if (item.find_first_of(",、") != std::string_view::npos) {
            row.problems.push_back({"bad-assignment", where + "separate the items with ';'"});
        } else if (parts.size() < 2 || parts.size() > 3 || parts[0].empty() || parts[1].empty()) {
            row.problems.push_back(
                {"bad-assignment", where + "write PACK:DUE or PACK:DUE:VALIDITY (e.g. basics:2026-05-31:1y)"});
        } else {
            addAssignment(row, line, {where, where, where}, std::string(parts[0]), parts[1],
                          parts.size() == 3 ? parts[2] : "", "", knownPacks);
        }
    }
}

/// One assignment in the pack, due, validity and minimum version columns.
void readAssignmentColumns(RosterRow& row, int line, const RowCells& cells, const std::set<std::string>& knownPacks)
{
    const std::string packId(trimSpaces(foldCompatibility(cells.text(Pack))));
    const std::string due = cells.text(Due);
    const std::string validity = cells.text(Validity);
    std::string minimumVersion = cells.text(MinimumVersion);
    if (packId.empty()) {
        using Given = std::pair<RosterColumn, const std::string*>;
        for (const auto& [column, value] :
             {Given{Due, &due}, Given{Validity, &validity}, Given{MinimumVersion, &minimumVersion}}) {
            if (!value->empty()) {
                row.problems.push_back({"bad-assignment", cells.title(column) + " " + quoted(*value) +
                                                              " is given but " + cells.title(Pack) + " is empty"});
                return;
            }
        }
        return; // a person with no assignment on this row
    }
    if (due.empty()) {
        row.problems.push_back({"bad-assignment", cells.title(Due) + " is empty: " + quoted(packId) +
                                                      " needs a due date (" + kDueForms + ")"});
        return;
    }
    const AssignmentLabels labels{cells.title(Pack) + " ", cells.title(Due) + " ", cells.title(Validity) + " "};
    addAssignment(row, line, labels, packId, due, validity, std::move(minimumVersion), knownPacks);
}

} // namespace

bool isBlankRecord(const CsvRecord& record)
{
    if (record.tooManyFields) return false;
    for (const CsvField& field : record.fields) {
        if (field.tooLong || !trimSpaces(field.text).empty()) return false;
    }
    return true;
}

RosterRow readRosterRow(const CsvRecord& record, const RosterColumns& columns, const std::set<std::string>& knownPacks)
{
    RosterRow row;
    const RowCells cells(record, columns, row.problems);
    checkWidth(record, columns, row.problems);
    if (!row.problems.empty()) return row; // its values are in the wrong columns

    const std::string writtenId = cells.text(Id);
    if (!row.problems.empty()) return row;
    row.id = foldPersonId(writtenId);
    if (row.id.empty()) {
        row.problems.push_back({"missing-id", cells.title(Id) + " is empty"});
        return row;
    }
    if (std::optional<std::string> problem = learnerIdProblem(row.id)) {
        row.problems.push_back({"bad-id", cells.title(Id) + " " + quoted(writtenId) + " cannot be an id: " + *problem});
        row.id.clear();
        return row;
    }
    row.name = cells.freeText(Name);
    row.department = cells.freeText(Department);
    row.manager = cells.freeText(Manager);
    row.hireDateText = cells.text(HireDate);
    if (!row.hireDateText.empty() && !(row.hireDate = parseRosterDate(row.hireDateText))) {
        row.problems.push_back({"bad-date", cells.title(HireDate) + " " + quoted(row.hireDateText) +
                                                " is not a date (" + kDateForms + ")"});
    }
    if (columns.onePerRow())
        readAssignmentColumns(row, record.line, cells, knownPacks);
    else if (columns.at(AssignmentList))
        readAssignmentList(row, record.line, cells, knownPacks);
    return row;
}

} // namespace mamori::records
