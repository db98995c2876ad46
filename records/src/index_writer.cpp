#include "index_writer.hpp"

#include <algorithm>

namespace mamori::records {
namespace {

using namespace mamori::scoring;

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string matchesText(const Response& response)
{
    std::string out;
    for (const auto& [left, right] : response.matches) out += (out.empty() ? "" : " ") + left + "=" + right;
    return out;
}

/// A completed pack is renewed by passing one of its quizzes again: the latest such pass
/// after the completion (with its pack version) is when the pack counts as completed.
struct PackSummary {
    std::optional<Timestamp> completedAt;
    std::string completedVersion;
    std::optional<double> bestPercent;
    std::optional<Timestamp> firstActivity, lastActivity;
};

PackSummary summarise(const PackProgress& pack)
{
    PackSummary s;
    auto seen = [&s](Timestamp t) {
        if (!s.firstActivity || t < *s.firstActivity) s.firstActivity = t;
        if (!s.lastActivity || t > *s.lastActivity) s.lastActivity = t;
    };
    for (const PageView& v : pack.pageViews) seen(v.at);
    for (const ScenarioRunRecord& r : pack.runs) seen(r.finished.value_or(r.started));
    for (const AttemptRecord& a : pack.attempts) {
        seen(a.finished.value_or(a.started));
        if (a.isFinished()) s.bestPercent = std::max(s.bestPercent.value_or(a.percent), a.percent);
    }
    if (const Completion* done = pack.completion(Completion::Kind::Pack, pack.packId)) {
        s.completedAt = done->at;
        s.completedVersion = done->packVersion;
        for (const AttemptRecord& a : pack.attempts) {
            if (a.isFinished() && a.passed && *a.finished > *s.completedAt) {
                s.completedAt = *a.finished;
                s.completedVersion = a.packVersion;
            }
        }
    }
    return s;
}

} // namespace

struct IndexWriter::Statements {
    sql::Statement upsertFile, deletePacks, deleteAnswers, deleteAttempts, deleteRuns, deleteCompletions, deleteFileFlags,
        insertPack, insertAttempt, insertAnswer, insertRun, insertCompletion, insertFlag, selectLineage, upsertLineage,
        markGone, selectFile;
};

Result<IndexWriter> IndexWriter::prepare(sql::Database& db)
{
    IndexWriter writer(db);
    const char* texts[] = {
        "INSERT INTO files (learner_id, file_name, size, mtime_ns, signature, status, problem, holds_learner, display_name, "
        "generation, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT(learner_id) DO UPDATE SET "
        "file_name = ?2, size = ?3, mtime_ns = ?4, signature = ?5, status = ?6, problem = ?7, holds_learner = ?8, "
        "display_name = ?9, generation = ?10, ingested_at = ?11",
        "DELETE FROM learner_packs WHERE learner_id = ?1",
        "DELETE FROM answers WHERE attempt_id IN (SELECT id FROM attempts WHERE learner_id = ?1)",
        "DELETE FROM attempts WHERE learner_id = ?1",
        "DELETE FROM runs WHERE learner_id = ?1",
        "DELETE FROM completions WHERE learner_id = ?1",
        "DELETE FROM flags WHERE learner_id = ?1 AND sticky = 0",
        "INSERT INTO learner_packs (learner_id, pack_id, last_version, pages_viewed, first_activity, last_activity, completed_at, "
        "completed_version, best_percent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        "INSERT INTO attempts (learner_id, pack_id, pack_version, quiz_id, number, seed, questions, started, finished, ending, "
        "score, max_score, percent, passed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        "INSERT INTO answers (attempt_id, step, question_id, choices, matches, typed, certainty, at, seconds, fraction, score, "
        "max_score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        "INSERT INTO runs (learner_id, pack_id, pack_version, scenario_id, number, started, finished, ending_id, outcome, score, "
        "passed, path) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        "INSERT INTO completions (learner_id, pack_id, kind, item_id, at, pack_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        "INSERT INTO flags (learner_id, kind, detail, at, sticky) VALUES (?1, ?2, ?3, ?4, ?5)",
        "SELECT history FROM lineage WHERE learner_id = ?1",
        "INSERT INTO lineage (learner_id, history) VALUES (?1, ?2) ON CONFLICT(learner_id) DO UPDATE SET history = ?2",
        "UPDATE files SET status = 'missing', problem = 'the file is gone from the folder' WHERE learner_id = ?1",
        "SELECT 1 FROM files WHERE learner_id = ?1",
    };
    std::vector<sql::Statement> prepared;
    for (const char* text : texts) {
        auto statement = db.prepare(text);
        if (!statement) return statement.refusal();
        prepared.push_back(std::move(statement.value()));
    }
    auto& p = prepared;
    writer.s_ = std::make_shared<Statements>(Statements{std::move(p[0]), std::move(p[1]), std::move(p[2]), std::move(p[3]),
                                                        std::move(p[4]), std::move(p[5]), std::move(p[6]), std::move(p[7]),
                                                        std::move(p[8]), std::move(p[9]), std::move(p[10]), std::move(p[11]),
                                                        std::move(p[12]), std::move(p[13]), std::move(p[14]), std::move(p[15]),
                                                        std::move(p[16])});
    return writer;
}

Result<Done> IndexWriter::clearRecords(const std::string& learnerId)
{
    for (sql::Statement* s : {&s_->deletePacks, &s_->deleteAnswers, &s_->deleteAttempts, &s_->deleteRuns, &s_->deleteCompletions,
                              &s_->deleteFileFlags}) {
        if (auto done = s->bind(1, learnerId).run(); !done) return done;
    }
    return Done{};
}

Result<Done> IndexWriter::insertRecords(const LearnerProgress& progress)
{
    const std::string& id = progress.learnerId;
    for (const auto& [packId, pack] : progress.packs) {
        const PackSummary summary = summarise(pack);
        auto at = [](const std::optional<Timestamp>& t) {
            return t ? std::optional<std::int64_t>(epochSeconds(*t)) : std::nullopt;
        };
        auto& p = s_->insertPack;
        p.bind(1, id).bind(2, packId).bind(3, pack.lastVersion).bind(4, static_cast<std::int64_t>(pack.pageViews.size()));
        p.bind(5, at(summary.firstActivity)).bind(6, at(summary.lastActivity)).bind(7, at(summary.completedAt));
        p.bind(8, summary.completedAt ? std::optional<std::string>(summary.completedVersion) : std::nullopt);
        p.bind(9, summary.bestPercent);
        if (auto done = p.run(); !done) return done;

        for (const AttemptRecord& a : pack.attempts) {
            std::vector<std::string> asked;
            for (const PlannedQuestion& q : a.questions) asked.push_back(q.questionId);
            // Texts bound as views live until the row is written: the records, or these locals.
            const std::string seed = std::to_string(a.seed), questions = joined(asked);
            auto& s = s_->insertAttempt;
            s.bindView(1, id).bindView(2, packId).bindView(3, a.packVersion).bindView(4, a.quizId).bind(5, a.number);
            s.bindView(6, seed).bindView(7, questions).bind(8, epochSeconds(a.started));
            s.bind(9, at(a.finished));
            if (a.isFinished()) {
                s.bindView(10, a.end == AttemptEnd::TimedOut ? "timed-out" : "submitted");
                s.bind(11, a.score).bind(12, a.maxScore).bind(13, a.percent).bind(14, a.passed);
            } else {
                for (int column = 10; column <= 14; ++column) s.bindNull(column);
            }
            if (auto done = s.run(); !done) return done;
            const std::int64_t attemptId = db_->lastInsertId();
            int step = 0;
            for (const AnswerStep& answer : a.steps) {
                const std::string choices = joined(answer.response.choices), matches = matchesText(answer.response);
                auto& w = s_->insertAnswer;
                w.bind(1, attemptId).bind(2, step++).bindView(3, answer.questionId).bindView(4, choices);
                w.bindView(5, matches).bindView(6, answer.response.text);
                w.bind(7, answer.certainty ? std::optional<std::int64_t>(static_cast<int>(*answer.certainty)) : std::nullopt);
                w.bind(8, epochSeconds(answer.at)).bind(9, answer.secondsTaken).bind(10, answer.fraction);
                w.bind(11, answer.score).bind(12, answer.maxScore);
                if (auto done = w.run(); !done) return done;
            }
        }
        for (const ScenarioRunRecord& r : pack.runs) {
            std::vector<std::string> path;
            for (const ScenarioStep& step : r.path) path.push_back(step.nodeId + ">" + step.optionId);
            const std::string steps = joined(path);
            auto& s = s_->insertRun;
            s.bindView(1, id).bindView(2, packId).bindView(3, r.packVersion).bindView(4, r.scenarioId).bind(5, r.number);
            s.bind(6, epochSeconds(r.started)).bind(7, at(r.finished));
            if (r.isFinished()) {
                s.bindView(8, r.endingId).bindView(9, r.outcome).bind(10, r.score).bind(11, r.passed);
            } else {
                for (int column = 8; column <= 11; ++column) s.bindNull(column);
            }
            s.bindView(12, steps);
            if (auto done = s.run(); !done) return done;
        }
        for (const Completion& c : pack.completions) {
            auto& s = s_->insertCompletion;
            s.bindView(1, id).bindView(2, packId).bindView(3, completionKindName(c.kind)).bindView(4, c.id);
            s.bind(5, epochSeconds(c.at)).bindView(6, c.packVersion);
            if (auto done = s.run(); !done) return done;
        }
    }
    return Done{};
}

Result<int> IndexWriter::insertFlags(const std::string& learnerId, const std::vector<TrustFlag>& flags)
{
    for (const TrustFlag& flag : flags) {
        auto& s = s_->insertFlag;
        s.bind(1, learnerId).bind(2, std::string(trustFlagName(flag.kind))).bind(3, flag.detail).bind(4, epochSeconds(flag.at));
        s.bind(5, flag.sticky);
        if (auto done = s.run(); !done) return done.refusal();
    }
    return static_cast<int>(flags.size());
}

Result<int> IndexWriter::replace(const FileStamp& stamp, const ProgressCheck& check, const lessons::PackLibrary* packs,
                                 Timestamp now)
{
    const std::string& id = stamp.learnerId;
    // A learner's records and lineage are only ever written with their row in `files`: one
    // without it has nothing to replace (every learner of a first ingest).
    auto& file = s_->selectFile;
    auto found = file.bind(1, id).step();
    file.reset();
    if (!found) return found.refusal();
    const bool seenBefore = found.value();
    if (seenBefore) {
        if (auto cleared = clearRecords(id); !cleared) return cleared.refusal();
    }
    std::vector<TrustFlag> flags = fileFlags(check, packs, now);
    if (check.valid()) {
        if (auto inserted = insertRecords(*check.progress); !inserted) return inserted.refusal();
        // Judge the file's history against the last one seen, then remember this one.
        if (seenBefore) {
            auto& seen = s_->selectLineage;
            seen.bind(1, id);
            auto row = seen.step();
            if (!row) return row.refusal();
            if (row.value()) {
                if (auto flag = lineageFlag(decodeChains(seen.text(0)), check.history, now)) flags.push_back(std::move(*flag));
            }
            seen.reset();
        }
        if (auto done = s_->upsertLineage.bind(1, id).bind(2, encodeChains(check.history)).run(); !done) return done.refusal();
    }
    auto& f = s_->upsertFile;
    f.bind(1, id).bind(2, stamp.name).bind(3, stamp.size).bind(4, stamp.mtimeNs).bind(5, stamp.signature);
    f.bind(6, std::string(checkStatusName(check.status))).bind(7, check.problem);
    if (check.progress) {
        f.bind(8, check.progress->learnerId).bind(9, check.progress->displayName);
    } else {
        f.bindNull(8).bindNull(9);
    }
    f.bind(10, check.history.started() ? std::optional<std::int64_t>(static_cast<std::int64_t>(check.history.head.generation))
                                       : std::nullopt);
    f.bind(11, epochSeconds(now));
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
