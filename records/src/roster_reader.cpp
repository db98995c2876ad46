// readRoster: decodes the bytes, reads the CSV records, takes the first as the header and
// the rest as people, and checks what needs the whole roster: repeated ids, and due dates
// counted from a hire date.

#include "mamori/records/roster.hpp"

#include "roster_columns.hpp"
#include "roster_csv.hpp"
#include "roster_encoding.hpp"
#include "roster_row.hpp"

#include <algorithm>
#include <unordered_map>

namespace mamori::records {

namespace {

using lessons::Diagnostic;
using lessons::Severity;

/// Builds a Roster from its records, one at a time, so that memory stays in proportion to
/// what is kept.
class RosterAssembler {
public:
    RosterAssembler(Roster& roster, const std::string& fileName, const std::set<std::string>& knownPacks)
        : roster_(roster), fileName_(fileName), knownPacks_(knownPacks)
    {
    }

    void add(const CsvRecord& record)
    {
        if (refused_ || isBlankRecord(record)) return;
        if (!columns_) {
            readHeader(record);
            return;
        }
        const RosterRow row = readRosterRow(record, *columns_, knownPacks_);
        rowErrors_ = 0;
        if (columns_->onePerRow())
            addRowOfOnePerRow(record.line, row);
        else
            addRowOfList(record.line, row);
    }

    void problem(const CsvProblem& problem) { report(problem.line, Severity::Error, problem.code, problem.message); }

    /// Refuses the whole roster: no people, and the reason.
    void refuse(int line, const std::string& code, const std::string& message)
    {
        roster_.people.clear();
        refused_ = true;
        report(line, Severity::Error, code, message);
    }

    void finish()
    {
        if (!columns_ && !refused_) refuse(0, "empty", "the roster is empty: it has no header row");
        std::stable_sort(roster_.diagnostics.begin(), roster_.diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    }

private:
    void report(int line, Severity severity, std::string code, std::string message)
    {
        if (severity == Severity::Error) ++rowErrors_;
        roster_.diagnostics.push_back({fileName_, line, severity, std::move(code), std::move(message)});
    }

    void readHeader(const CsvRecord& record)
    {
        HeaderReading header = readRosterHeader(record, fileName_);
        for (Diagnostic& d : header.diagnostics) roster_.diagnostics.push_back(std::move(d));
        columns_ = std::move(header.columns);
        if (!columns_) {
            roster_.people.clear();
            refused_ = true;
        }
    }

    void reportProblems(int line, const RosterRow& row)
    {
        for (const RowProblem& p : row.problems) report(line, Severity::Error, p.code, p.message);
    }

    /// `hire+Nd` needs the person's hire date: from this row, or from their first row when
    /// this is a later one (`firstRow`).
    void checkHireDate(int line, const RosterRow& row, const RosterPerson* firstRow)
    {
        const std::optional<Date>& hireDate = firstRow ? firstRow->hireDate : row.hireDate;
        if (hireDate || (!firstRow && row.hireDateUnreadable())) return; // reported already, as not a date
        const std::optional<std::size_t> column = columns_->at(RosterColumn::HireDate);
        const std::string missing = !column    ? "the roster has no hire date column"
                                    : firstRow ? row.id + " has no " + columns_->titleOf(RosterColumn::HireDate) +
                                                     " on their first row (line " + std::to_string(firstRow->line) + ")"
                                               : row.id + " has no " + columns_->titleOf(RosterColumn::HireDate);
        for (const RowAssignment& a : row.assignments) {
            if (a.assignment.due.date) continue;
            report(line, Severity::Error, "needs-hire-date",
                   "'" + a.written + "' is due after the hire date, but " + missing);
        }
    }

    static RosterPerson personOf(int line, const RosterRow& row)
    {
        RosterPerson person{row.id, row.name, row.department, row.manager, row.hireDate, {}, line};
        for (const RowAssignment& a : row.assignments) person.assignments.push_back(a.assignment);
        return person;
    }

    /// A person per row with their assignments listed: an id may appear once.
    void addRowOfList(int line, const RosterRow& row)
    {
        if (!row.id.empty()) {
            const auto [first, isNew] = firstLineOfId_.try_emplace(row.id, line);
            if (!isNew) {
                report(line, Severity::Error, "duplicate-id",
                       row.id + " is already on line " + std::to_string(first->second) + "; this row is skipped");
                return;
            }
        }
        reportProblems(line, row);
        checkHireDate(line, row, nullptr);
        if (rowErrors_ > 0) return;
        roster_.people.push_back(personOf(line, row));
    }

    /// An assignment per row: a person's rows add up, their other columns taken from the first.
    void addRowOfOnePerRow(int line, const RosterRow& row)
    {
        reportProblems(line, row);
        if (row.id.empty()) return;
        const auto known = personIndex_.find(row.id);
        RosterPerson* person = known == personIndex_.end() ? nullptr : &roster_.people[known->second];
        checkHireDate(line, row, person);
        if (person) {
            for (const RowAssignment& a : row.assignments) {
                const auto earlier =
                    std::find_if(person->assignments.begin(), person->assignments.end(),
                                 [&](const RosterAssignment& e) { return e.packId == a.assignment.packId; });
                if (earlier == person->assignments.end()) continue;
                report(line, Severity::Error, "duplicate-assignment",
                       row.id + " is already assigned '" + a.assignment.packId + "' on line " +
                           std::to_string(earlier->line));
            }
        }
        if (rowErrors_ > 0) return;
        if (!person) {
            personIndex_.emplace(row.id, roster_.people.size());
            roster_.people.push_back(personOf(line, row));
            return;
        }
        warnOfDifferences(line, row, *person);
        for (const RowAssignment& a : row.assignments) person->assignments.push_back(a.assignment);
    }

    /// A person's later rows should repeat their first row's details; say when they do not.
    void warnOfDifferences(int line, const RosterRow& row, const RosterPerson& person)
    {
        auto differs = [&](RosterColumn column, const std::string& here, const std::string& first) {
            if (here.empty() || here == first) return;
            report(line, Severity::Warning, "different-details",
                   row.id + "'s " + columns_->titleOf(column) + " is '" + here + "' here but " +
                       (first.empty() ? "empty" : "'" + first + "'") + " on line " + std::to_string(person.line) +
                       "; the first row counts");
        };
        differs(RosterColumn::Name, row.name, person.name);
        differs(RosterColumn::Department, row.department, person.department);
        differs(RosterColumn::Manager, row.manager, person.manager);
        if (!row.hireDate || row.hireDate != person.hireDate) {
            differs(RosterColumn::HireDate, row.hireDateText, person.hireDate ? formatDate(*person.hireDate) : "");
        }
    }

    Roster& roster_;
    const std::string& fileName_;
    const std::set<std::string>& knownPacks_;
    std::optional<RosterColumns> columns_;
    bool refused_ = false;
    int rowErrors_ = 0;                                        // errors reported for the row being added
    std::unordered_map<std::string, int> firstLineOfId_;       // the list form
    std::unordered_map<std::string, std::size_t> personIndex_; // the one-per-row form
};

} // namespace

Roster readRoster(std::string_view bytes, const std::string& fileName, const std::set<std::string>& knownPacks)
{
    Roster roster;
    const RosterText text = decodeRosterBytes(bytes);
    if (!text.problem.empty()) {
        roster.diagnostics.push_back({fileName, text.problemLine, Severity::Error, "encoding", text.problem});
        return roster;
    }
    roster.encoding = text.encoding;
    RosterAssembler assembler(roster, fileName, knownPacks);
    const std::optional<CsvProblem> stopped = readCsvRecords(
        text.text(), [&](CsvRecord&& record) { assembler.add(record); }, [&](CsvProblem&& p) { assembler.problem(p); });
    if (stopped) assembler.refuse(stopped->line, stopped->code, stopped->message);
    assembler.finish();
    return roster;
}

} // namespace mamori::records
