// OrgIndex::status: every person on the roster × their assignments, with where they stand,
// computed from the records of files that verify only.

#include "org_index_impl.hpp"

#include <unordered_set>

namespace mamori::records {

using scoring::Result;

namespace {

constexpr const char* kStatusQuery = R"sql(
SELECT p.id, p.name, p.department, p.manager, p.hire_date, p.left_on,
       a.pack_id, a.due_date, a.due_after_hire, a.validity_amount, a.validity_unit, a.minimum_version,
       f.status, lp.completed_at, lp.completed_version, lp.best_percent, lp.first_activity,
       (SELECT count(*) FROM flags fl WHERE fl.learner_id = p.id),
       CASE WHEN f.status = 'valid' THEN
         (SELECT count(*) FROM attempts t WHERE t.learner_id = p.id AND t.pack_id = a.pack_id) ELSE 0 END,
       CASE WHEN f.status = 'valid' THEN CAST(
         (SELECT coalesce(sum(t.finished - t.started), 0) FROM attempts t
          WHERE t.learner_id = p.id AND t.pack_id = a.pack_id AND t.finished IS NOT NULL) +
         (SELECT coalesce(sum(r.finished - r.started), 0) FROM runs r
          WHERE r.learner_id = p.id AND r.pack_id = a.pack_id AND r.finished IS NOT NULL) +
         (SELECT coalesce(sum(i.finished - i.started), 0) FROM inbox_runs i
          WHERE i.learner_id = p.id AND i.pack_id = a.pack_id AND i.finished IS NOT NULL) AS BIGINT) ELSE 0 END
FROM people p
JOIN assignments a ON a.person_id = p.id
LEFT JOIN files f ON f.learner_id = p.id
LEFT JOIN learner_packs lp ON lp.learner_id = p.id AND lp.pack_id = a.pack_id AND f.status = 'valid'
WHERE (CAST(?1 AS TEXT) IS NULL OR a.pack_id = ?1)
  AND (CAST(?2 AS TEXT) IS NULL OR p.department = ?2 OR p.department LIKE ?2 || ' %' OR p.department LIKE ?2 || '　%' OR p.department LIKE ?2 || '/%')
  AND (CAST(?3 AS TEXT) IS NULL OR p.manager = ?3)
  AND (?4 OR p.left_on IS NULL)
ORDER BY p.department, p.id, a.pack_id
)sql";

RosterAssignment assignmentOf(const sql::Statement& q)
{
    RosterAssignment a;
    a.packId = q.text(6);
    if (!q.isNull(7)) a.due.date = parseRosterDate(q.text(7));
    a.due.daysAfterHire = static_cast<int>(q.integer(8));
    if (!q.isNull(9)) a.validity = Validity{static_cast<int>(q.integer(9)), q.text(10) == "y" ? Validity::Unit::Years : Validity::Unit::Days};
    a.minimumVersion = q.text(11);
    return a;
}

} // namespace

Result<StatusReport> OrgIndex::status(const StatusFilter& filter, const TimeZone& zone, Date today)
{
    auto query = impl_->db.prepare(kStatusQuery, sql::Rows::Many);
    if (!query) return query.refusal();
    auto& q = query.value();
    q.bind(1, filter.packId).bind(2, filter.department).bind(3, filter.manager).bind(4, filter.includeLeft);
    StatusReport report;
    for (auto row = q.step(); row; row = q.step()) {
        if (!row.value()) break;
        StatusRow r;
        r.personId = q.text(0);
        r.name = q.text(1);
        r.department = q.text(2);
        r.manager = q.text(3);
        const std::optional<Date> hired = q.isNull(4) ? std::nullopt : parseRosterDate(q.text(4));
        r.left = !q.isNull(5);
        r.packId = q.text(6);
        r.fileStatus = q.isNull(12) ? "none" : q.text(12);
        PackEvidence evidence;
        std::optional<Date> completedOn;
        if (!q.isNull(13)) {
            evidence.completedAt = fromEpochSeconds(q.integer(13));
            evidence.completedVersion = q.text(14);
            completedOn = zone.localDate(*evidence.completedAt);
        }
        evidence.bestScore = q.optionalReal(15);
        evidence.anyActivity = !q.isNull(16);
        r.status = assignmentStatus(assignmentOf(q), hired, evidence, completedOn, today);
        r.flags = static_cast<int>(q.integer(17));
        r.attempts = static_cast<int>(q.integer(18));
        r.secondsSpent = q.integer(19);
        if (filter.overdueOnly && r.status.state != AssignmentState::Overdue) continue;
        ++report.totals[r.packId][r.status.state];
        if (r.status.expiresSoon) ++report.expiringSoon[r.packId];
        report.rows.push_back(std::move(r));
    }
    q.reset();

    auto strangers = impl_->db.prepare("SELECT learner_id FROM files WHERE learner_id NOT IN (SELECT id FROM people) ORDER BY learner_id");
    if (!strangers) return strangers.refusal();
    for (auto row = strangers.value().step(); row && row.value(); row = strangers.value().step()) {
        report.notOnRoster.push_back(strangers.value().text(0));
    }
    return report;
}

} // namespace mamori::records
