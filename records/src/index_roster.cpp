// OrgIndex::importRoster: the roster replaces the people and assignments of the last one;
// whoever is missing from it is marked as left, with their records kept.

#include "org_index_impl.hpp"

#include <unordered_set>

namespace mamori::records {

using scoring::Done;
using scoring::Result;

Result<RosterImportReport> OrgIndex::importRoster(const Roster& roster, Date today)
{
    auto& db = impl_->db;
    auto transaction = sql::Transaction::begin(db);
    if (!transaction) return transaction.refusal();
    RosterImportReport report;
    report.people = static_cast<int>(roster.people.size());

    auto existing = db.prepare("SELECT id, left_on FROM people");
    if (!existing) return existing.refusal();
    std::unordered_set<std::string> before, alreadyLeft;
    for (auto row = existing.value().step(); row && row.value(); row = existing.value().step()) {
        before.insert(existing.value().text(0));
        if (!existing.value().isNull(1)) alreadyLeft.insert(existing.value().text(0));
    }
    existing.value().reset();

    auto upsert = db.prepare(
        "INSERT INTO people (id, name, department, manager, hire_date, left_on, roster_line) VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6) "
        "ON CONFLICT(id) DO UPDATE SET name = ?2, department = ?3, manager = ?4, hire_date = ?5, left_on = NULL, roster_line = ?6");
    auto clearAssignments = db.prepare("DELETE FROM assignments WHERE person_id = ?1");
    auto insertAssignment = db.prepare(
        "INSERT INTO assignments (person_id, pack_id, due_date, due_after_hire, validity_amount, validity_unit, minimum_version) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto markLeft = db.prepare("UPDATE people SET left_on = ?2 WHERE id = ?1 AND left_on IS NULL");
    for (auto* s : {&upsert, &clearAssignments, &insertAssignment, &markLeft}) {
        if (!*s) return s->refusal();
    }

    std::unordered_set<std::string> present;
    for (const RosterPerson& person : roster.people) {
        present.insert(person.id);
        ++(before.count(person.id) ? report.updated : report.added);
        auto& u = upsert.value();
        u.bind(1, person.id).bind(2, person.name).bind(3, person.department).bind(4, person.manager);
        u.bind(5, person.hireDate ? std::optional<std::string>(formatDate(*person.hireDate)) : std::nullopt).bind(6, person.line);
        if (auto done = u.run(); !done) return done.refusal();
        if (auto done = clearAssignments.value().bind(1, person.id).run(); !done) return done.refusal();
        for (const RosterAssignment& a : person.assignments) {
            auto& s = insertAssignment.value();
            s.bind(1, person.id).bind(2, a.packId);
            s.bind(3, a.due.date ? std::optional<std::string>(formatDate(*a.due.date)) : std::nullopt);
            s.bind(4, a.due.daysAfterHire);
            if (a.validity) {
                s.bind(5, a.validity->amount).bind(6, std::string(a.validity->unit == Validity::Unit::Years ? "y" : "d"));
            } else {
                s.bindNull(5).bindNull(6);
            }
            s.bind(7, a.minimumVersion);
            if (auto done = s.run(); !done) return done.refusal();
            ++report.assignments;
        }
    }
    for (const std::string& id : before) {
        if (present.count(id) || alreadyLeft.count(id)) continue;
        if (auto done = markLeft.value().bind(1, id).bind(2, formatDate(today)).run(); !done) return done.refusal();
        ++report.left;
    }
    if (auto committed = transaction.value().commit(); !committed) return committed.refusal();
    return report;
}

} // namespace mamori::records
