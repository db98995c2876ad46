#include "index_writer.hpp"

namespace mamori::records {

using namespace mamori::scoring;

struct IndexWriter::Statements {
    sql::Statement upsertFile, deletePacks, deleteAttempts, deleteRuns, deleteFileFlags, insertPack, insertAttempt, insertRun,
        insertFlag, selectLineage, upsertLineage, markGone, deleteInboxRuns, insertInboxRun;
};

Result<IndexWriter> IndexWriter::prepare(sql::Database& db)
{
    IndexWriter writer(db);
    const char* texts[] = {
        "INSERT INTO files (learner_id, file_name, size, mtime_ns, signature, status, problem, holds_learner, display_name, "
        "generation, ingested_at, written_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT(learner_id) "
        "DO UPDATE SET file_name = ?2, size = ?3, mtime_ns = ?4, signature = ?5, status = ?6, problem = ?7, holds_learner = ?8, "
        "display_name = ?9, generation = ?10, ingested_at = ?11, written_by = ?12",
        "DELETE FROM learner_packs WHERE learner_id = ?1",
        "DELETE FROM attempts WHERE learner_id = ?1",
        "DELETE FROM runs WHERE learner_id = ?1",
        "DELETE FROM flags WHERE learner_id = ?1 AND sticky = 0",
        "INSERT INTO learner_packs (learner_id, pack_id, last_version, pages_viewed, first_activity, last_activity, completed_at, "
        "completed_version, best_percent, completions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        "INSERT INTO attempts (learner_id, pack_id, pack_version, quiz_id, number, seed, questions, started, finished, ending, "
        "score, max_score, percent, passed, id, answers) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
        "?16)",
        "INSERT INTO runs (learner_id, pack_id, pack_version, scenario_id, number, started, finished, ending_id, outcome, score, "
        "passed, path) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        "INSERT INTO flags (learner_id, kind, detail, at, sticky) VALUES (?1, ?2, ?3, ?4, ?5)",
        "SELECT history FROM lineage WHERE learner_id = ?1",
        "INSERT INTO lineage (learner_id, history) VALUES (?1, ?2) ON CONFLICT(learner_id) DO UPDATE SET history = ?2",
        "UPDATE files SET status = 'missing', problem = 'the file is gone from the folder' WHERE learner_id = ?1",
        "DELETE FROM inbox_runs WHERE learner_id = ?1",
        "INSERT INTO inbox_runs (learner_id, pack_id, pack_version, inbox_id, number, started, finished, score, max_score, "
        "percent, passed, actions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    };
    std::vector<sql::Statement> prepared;
    for (const char* text : texts) {
        auto statement = db.prepare(text);
        if (!statement) return statement.refusal();
        prepared.push_back(std::move(statement.value()));
    }
    auto& p = prepared;   // in the order of `texts`
    writer.s_ = std::make_shared<Statements>(Statements{std::move(p[0]), std::move(p[1]), std::move(p[2]), std::move(p[3]),
                                                        std::move(p[4]), std::move(p[5]), std::move(p[6]), std::move(p[7]),
                                                        std::move(p[8]), std::move(p[9]), std::move(p[10]), std::move(p[11]),
                                                        std::move(p[12]), std::move(p[13])});
    if (auto numbered = writer.continueNumbering(); !numbered) return numbered.refusal();
    return writer;
}

Result<Done> IndexWriter::continueNumbering()
{
    auto last = db_->prepare("SELECT coalesce(max(id), 0) FROM attempts");
    if (!last) return last.refusal();
    auto row = last.value().step();
    if (!row) return row.refusal();
    nextAttemptId_ = last.value().integer(0) + 1;
    return Done{};
}

Result<Done> IndexWriter::clearRecords(const std::string& learnerId)
{
    for (sql::Statement* s : {&s_->deletePacks, &s_->deleteAttempts, &s_->deleteRuns, &s_->deleteInboxRuns, &s_->deleteFileFlags}) {
        if (auto done = s->bind(1, learnerId).run(); !done) return done;
    }
    return Done{};
}

Result<Done> IndexWriter::insertRecords(const FileRows& rows)
{
    // Every text is bound as a view of `rows`, which outlives each statement's run.
    const std::string& id = rows.stamp.learnerId;
    for (const LearnerPackRow& pack : rows.packs) {
        auto& p = s_->insertPack;
        p.bindView(1, id).bindView(2, pack.packId).bindView(3, pack.lastVersion).bind(4, pack.pagesViewed);
        p.bind(5, pack.firstActivity).bind(6, pack.lastActivity).bind(7, pack.completedAt);
        if (pack.completedVersion) p.bindView(8, *pack.completedVersion);
        else p.bindNull(8);
        p.bind(9, pack.bestPercent).bindView(10, pack.completions);
        if (auto done = p.run(); !done) return done;
    }
    for (const AttemptRow& a : rows.attempts) {
        auto& s = s_->insertAttempt;
        s.bindView(1, id).bindView(2, a.packId).bindView(3, a.packVersion).bindView(4, a.quizId).bind(5, a.number);
        s.bindView(6, a.seed).bindView(7, a.questions).bind(8, a.started).bind(9, a.finished);
        if (a.ending) s.bindView(10, *a.ending);
        else s.bindNull(10);
        const std::int64_t attemptId = nextAttemptId_++;
        s.bind(11, a.score).bind(12, a.maxScore).bind(13, a.percent).bind(14, a.passed).bind(15, attemptId);
        s.bindView(16, a.answers);
        if (auto done = s.run(); !done) return done;
    }
    for (const RunRow& r : rows.runs) {
        auto& s = s_->insertRun;
        s.bindView(1, id).bindView(2, r.packId).bindView(3, r.packVersion).bindView(4, r.scenarioId).bind(5, r.number);
        s.bind(6, r.started).bind(7, r.finished);
        if (r.endingId) s.bindView(8, *r.endingId);
        else s.bindNull(8);
        if (r.outcome) s.bindView(9, *r.outcome);
        else s.bindNull(9);
        s.bind(10, r.score).bind(11, r.passed).bindView(12, r.path);
        if (auto done = s.run(); !done) return done;
    }
    for (const InboxRunRow& r : rows.inboxRuns) {
        auto& s = s_->insertInboxRun;
        s.bindView(1, id).bindView(2, r.packId).bindView(3, r.packVersion).bindView(4, r.inboxId).bind(5, r.number);
        s.bind(6, r.started).bind(7, r.finished).bind(8, r.score).bind(9, r.maxScore).bind(10, r.percent);
        s.bind(11, r.passed).bindView(12, r.actions);
        if (auto done = s.run(); !done) return done;
    }
    return Done{};
}

Result<int> IndexWriter::insertFlags(const std::string& learnerId, const std::vector<TrustFlag>& flags)
{
    for (const TrustFlag& flag : flags) {
        auto& s = s_->insertFlag;
        s.bindView(1, learnerId).bindView(2, trustFlagName(flag.kind)).bindView(3, flag.detail).bind(4, epochSeconds(flag.at));
        s.bind(5, flag.sticky);
        if (auto done = s.run(); !done) return done.refusal();
    }
    return static_cast<int>(flags.size());
}

Result<int> IndexWriter::replace(const FileRows& rows, Timestamp now)
{
    const std::string& id = rows.stamp.learnerId;
    // A learner's records and lineage are only ever written with their row in `files`: one
    // without it has nothing to replace (every learner of a first ingest).
    const bool seenBefore = rows.stamp.indexed;
    if (seenBefore) {
        if (auto cleared = clearRecords(id); !cleared) return cleared.refusal();
    }
    std::vector<TrustFlag> flags = rows.flags;
    if (rows.verified) {
        if (auto inserted = insertRecords(rows); !inserted) return inserted.refusal();
        // Judge the file's history against the last one seen, then remember this one.
        if (seenBefore) {
            auto& seen = s_->selectLineage;
            seen.bind(1, id);
            auto row = seen.step();
            if (!row) return row.refusal();
            if (row.value()) {
                if (auto flag = lineageFlag(decodeChains(seen.text(0)), rows.history, now)) flags.push_back(std::move(*flag));
            }
            seen.reset();
        }
        if (auto done = s_->upsertLineage.bindView(1, id).bindView(2, rows.encodedHistory).run(); !done) return done.refusal();
    }
    auto& f = s_->upsertFile;
    f.bindView(1, id).bindView(2, rows.stamp.name).bind(3, rows.stamp.size).bind(4, rows.stamp.mtimeNs).bindView(5, rows.stamp.signature);
    f.bindView(6, rows.status).bindView(7, rows.problem);
    if (rows.holdsLearner) f.bindView(8, *rows.holdsLearner);
    else f.bindNull(8);
    if (rows.displayName) f.bindView(9, *rows.displayName);
    else f.bindNull(9);
    f.bind(10, rows.generation).bind(11, epochSeconds(now));
    if (rows.writtenBy) f.bindView(12, *rows.writtenBy);
    else f.bindNull(12);
    if (auto done = f.run(); !done) return done.refusal();
    return insertFlags(id, flags);
}

Result<Done> IndexWriter::markGone(const std::string& learnerId, Timestamp now)
{
    if (auto cleared = clearRecords(learnerId); !cleared) return cleared;
    if (auto done = s_->markGone.bind(1, learnerId).run(); !done) return done;
    auto flagged = insertFlags(learnerId, {{TrustFlag::Kind::Disappeared,
                                            "the progress file was there at an earlier ingest and is gone; its records no longer count",
                                            now, true}});
    if (!flagged) return flagged.refusal();
    return Done{};
}

} // namespace mamori::records
