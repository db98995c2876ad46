// OrgIndex::forEachLearner: each learner whose file verifies, with their records, one at a
// time. Five ordered queries (learners, packs with their completions, attempts with their
// answers, scenario runs, inbox runs with their actions) are stepped side by side, so 100,000
// learners take five queries, not half a million, and memory holds one learner.
//
// Every query is ordered by learner_id and joined to the valid files, so the rows of each
// come in the same learner order as the learner query's: rows are matched to a learner by
// equality only, which holds whatever the database's collation is.

#include "index_json.hpp"
#include "org_index_impl.hpp"

#include <algorithm>
#include <sstream>

namespace mamori::records {

using scoring::Done;
using scoring::Result;

namespace {

constexpr const char* kLearners = "SELECT learner_id, display_name, written_by FROM files WHERE status = 'valid'";

constexpr const char* kPacks =
    "SELECT p.learner_id, p.pack_id, p.last_version, p.pages_viewed, p.first_activity, p.last_activity, p.completions "
    "FROM learner_packs p JOIN files f ON f.learner_id = p.learner_id WHERE f.status = 'valid'";

constexpr const char* kAttempts =
    "SELECT a.learner_id, a.pack_id, a.id, a.quiz_id, a.pack_version, a.number, a.questions, a.started, a.finished, "
    "a.ending, a.score, a.max_score, a.percent, a.passed, a.answers "
    "FROM attempts a JOIN files f ON f.learner_id = a.learner_id WHERE f.status = 'valid'";

constexpr const char* kRuns =
    "SELECT r.learner_id, r.pack_id, r.scenario_id, r.pack_version, r.number, r.started, r.finished, r.ending_id, "
    "r.outcome, r.score, r.passed, r.path "
    "FROM runs r JOIN files f ON f.learner_id = r.learner_id WHERE f.status = 'valid'";

constexpr const char* kInboxRuns =
    "SELECT i.learner_id, i.pack_id, i.inbox_id, i.pack_version, i.number, i.started, i.finished, i.score, i.max_score, "
    "i.percent, i.passed, i.actions "
    "FROM inbox_runs i JOIN files f ON f.learner_id = i.learner_id WHERE f.status = 'valid'";

/// Which learners and packs a listing covers.
struct Narrowing {
    std::optional<std::string> packId;
    std::optional<std::string> learnerId;
};

/// `base` narrowed to one pack (column `packColumn`) and one learner (`learnerColumn`) when
/// asked, then ordered; the parameters are numbered in that order.
std::string query(const char* base, const char* packColumn, const char* learnerColumn, const Narrowing& narrowing, const char* order)
{
    std::string sql = base;
    int parameter = 0;
    if (narrowing.packId && packColumn) sql += std::string(" AND ") + packColumn + " = ?" + std::to_string(++parameter);
    if (narrowing.learnerId) sql += std::string(" AND ") + learnerColumn + " = ?" + std::to_string(++parameter);
    return sql + " ORDER BY " + order;
}

/// One ordered query, stepped a row at a time; column 0 is the learner id.
struct Cursor {
    sql::Statement statement;
    bool hasRow = false;

    Result<Done> advance()
    {
        auto row = statement.step();
        if (!row) return row.refusal();
        hasRow = row.value();
        return Done{};
    }
    bool at(const std::string& learnerId) const { return hasRow && statement.text(0) == learnerId; }
};

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string word; in >> word;) out.push_back(std::move(word));
    return out;
}

std::optional<std::int64_t> optionalInteger(const sql::Statement& s, int column)
{
    if (s.isNull(column)) return std::nullopt;
    return s.integer(column);
}

std::optional<scoring::Timestamp> optionalTime(const sql::Statement& s, int column)
{
    if (s.isNull(column)) return std::nullopt;
    return fromEpochSeconds(s.integer(column));
}

std::optional<bool> optionalFlag(const sql::Statement& s, int column)
{
    if (s.isNull(column)) return std::nullopt;
    return s.integer(column) != 0;
}

/// The learner's pack `packId`, added when new (rows come grouped by pack: it is usually the last).
IndexedPack& packOf(IndexedLearner& learner, const std::string& packId)
{
    for (auto it = learner.packs.rbegin(); it != learner.packs.rend(); ++it) {
        if (it->packId == packId) return *it;
    }
    learner.packs.push_back(IndexedPack{});
    learner.packs.back().packId = packId;
    return learner.packs.back();
}

Result<Done> readPacks(Cursor& c, IndexedLearner& learner)
{
    for (; c.at(learner.learnerId);) {
        const sql::Statement& s = c.statement;
        IndexedPack& pack = packOf(learner, s.text(1));
        pack.lastVersion = s.text(2);
        pack.pagesViewed = s.integer(3);
        pack.firstActivity = optionalTime(s, 4);
        pack.lastActivity = optionalTime(s, 5);
        auto completions = readCompletionsJson(s.text(6));
        if (!completions) return completions.refusal();
        pack.completions = std::move(completions.value());
        if (auto done = c.advance(); !done) return done;
    }
    return Done{};
}

Result<Done> readAttempts(Cursor& c, IndexedLearner& learner)
{
    for (; c.at(learner.learnerId);) {
        const sql::Statement& s = c.statement;
        IndexedPack& pack = packOf(learner, s.text(1));
        IndexedAttempt attempt;
        attempt.quizId = s.text(3);
        attempt.packVersion = s.text(4);
        attempt.number = static_cast<int>(s.integer(5));
        attempt.questions = words(s.text(6));
        attempt.started = fromEpochSeconds(s.integer(7));
        attempt.finished = optionalTime(s, 8);
        attempt.ending = s.optionalText(9);
        attempt.score = s.optionalReal(10);
        attempt.maxScore = s.optionalReal(11);
        attempt.percent = s.optionalReal(12);
        attempt.passed = optionalFlag(s, 13);
        auto answers = readAnswerStepsJson(s.text(14));
        if (!answers) return answers.refusal();
        attempt.answers = std::move(answers.value());
        pack.attempts.push_back(std::move(attempt));
        if (auto done = c.advance(); !done) return done;
    }
    return Done{};
}

Result<Done> readRuns(Cursor& c, IndexedLearner& learner)
{
    for (; c.at(learner.learnerId);) {
        const sql::Statement& s = c.statement;
        IndexedRun run;
        run.scenarioId = s.text(2);
        run.packVersion = s.text(3);
        run.number = static_cast<int>(s.integer(4));
        run.started = fromEpochSeconds(s.integer(5));
        run.finished = optionalTime(s, 6);
        run.endingId = s.optionalText(7);
        run.outcome = s.optionalText(8);
        run.score = optionalInteger(s, 9);
        run.passed = optionalFlag(s, 10);
        run.path = words(s.text(11));
        packOf(learner, s.text(1)).runs.push_back(std::move(run));
        if (auto done = c.advance(); !done) return done;
    }
    return Done{};
}

Result<Done> readInboxRuns(Cursor& c, IndexedLearner& learner)
{
    for (; c.at(learner.learnerId);) {
        const sql::Statement& s = c.statement;
        IndexedInboxRun run;
        run.inboxId = s.text(2);
        run.packVersion = s.text(3);
        run.number = static_cast<int>(s.integer(4));
        run.started = fromEpochSeconds(s.integer(5));
        run.finished = optionalTime(s, 6);
        run.score = s.optionalReal(7);
        run.maxScore = s.optionalReal(8);
        run.percent = s.optionalReal(9);
        run.passed = optionalFlag(s, 10);
        auto actions = readInboxActionsJson(s.text(11));
        if (!actions) return actions.refusal();
        run.actions = std::move(actions.value());
        packOf(learner, s.text(1)).inboxRuns.push_back(std::move(run));
        if (auto done = c.advance(); !done) return done;
    }
    return Done{};
}

/// A read transaction, so that every query sees the same state of the index while an ingest
/// may be writing it; ended when destroyed.
class ReadSnapshot {
public:
    explicit ReadSnapshot(sql::Database& db) : db_(db) {}
    ~ReadSnapshot()
    {
        if (open_) (void)db_.execute("COMMIT");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    Result<Done> begin()
    {
        auto done = db_.execute("BEGIN");
        open_ = done.ok();
        return done;
    }

private:
    sql::Database& db_;
    bool open_ = false;
};

} // namespace

namespace {

/// Each learner whose file verifies, narrowed as asked, read a learner at a time from five
/// ordered queries stepped side by side.
Result<Done> visitLearners(sql::Database& db, const Narrowing& narrowing, const std::function<Result<Done>(const IndexedLearner&)>& visit)
{
    ReadSnapshot snapshot(db);
    if (auto begun = snapshot.begin(); !begun) return begun;

    const std::string texts[] = {
        query(kLearners, nullptr, "learner_id", narrowing, "learner_id"),
        query(kPacks, "p.pack_id", "p.learner_id", narrowing, "p.learner_id, p.pack_id"),
        query(kAttempts, "a.pack_id", "a.learner_id", narrowing, "a.learner_id, a.pack_id, a.quiz_id, a.number, a.id"),
        query(kRuns, "r.pack_id", "r.learner_id", narrowing, "r.learner_id, r.pack_id, r.scenario_id, r.number, r.started"),
        query(kInboxRuns, "i.pack_id", "i.learner_id", narrowing, "i.learner_id, i.pack_id, i.inbox_id, i.number, i.started"),
    };
    std::vector<Cursor> cursors;
    for (std::size_t i = 0; i < std::size(texts); ++i) {
        auto statement = db.prepare(texts[i], sql::Rows::Many); // over everyone: paged on a server
        if (!statement) return statement.refusal();
        int parameter = 0;
        if (narrowing.packId && i > 0) statement.value().bind(++parameter, *narrowing.packId);
        if (narrowing.learnerId) statement.value().bind(++parameter, *narrowing.learnerId);
        cursors.push_back(Cursor{std::move(statement.value())});
    }
    Cursor& learners = cursors[0];
    for (std::size_t i = 1; i < cursors.size(); ++i) {
        if (auto done = cursors[i].advance(); !done) return done;
    }
    for (;;) {
        if (auto done = learners.advance(); !done) return done;
        if (!learners.hasRow) break;
        IndexedLearner learner;
        learner.learnerId = learners.statement.text(0);
        learner.displayName = learners.statement.optionalText(1);
        learner.writtenBy = learners.statement.optionalText(2);
        if (auto done = readPacks(cursors[1], learner); !done) return done;
        if (auto done = readAttempts(cursors[2], learner); !done) return done;
        if (auto done = readRuns(cursors[3], learner); !done) return done;
        if (auto done = readInboxRuns(cursors[4], learner); !done) return done;
        std::sort(learner.packs.begin(), learner.packs.end(),
                  [](const IndexedPack& a, const IndexedPack& b) { return a.packId < b.packId; });
        if (auto done = visit(learner); !done) return done;
    }
    for (const Cursor& cursor : cursors) {
        if (cursor.hasRow) {
            return scoring::refuse(scoring::RefusalCode::IndexOrder, "the index returned records of learner " + cursor.statement.text(0) +
                                                      " out of learner order; nothing after it could be matched");
        }
    }
    return Done{};
}

} // namespace

Result<Done> OrgIndex::forEachLearner(const std::optional<std::string>& packId,
                                      const std::function<Result<Done>(const IndexedLearner&)>& visit)
{
    return visitLearners(impl_->db, {packId, std::nullopt}, visit);
}

Result<std::optional<IndexedLearner>> OrgIndex::learner(const std::string& learnerId, const std::optional<std::string>& packId)
{
    std::optional<IndexedLearner> found;
    auto visited = visitLearners(impl_->db, {packId, learnerId}, [&](const IndexedLearner& learner) -> Result<Done> {
        found = learner;
        return Done{};
    });
    if (!visited) return visited.refusal();
    return found;
}

Result<Done> OrgIndex::forEachCompletion(const std::function<Result<Done>(const IndexedCompletionOf&)>& visit)
{
    ReadSnapshot snapshot(impl_->db);
    if (auto begun = snapshot.begin(); !begun) return begun;
    auto statement = impl_->db.prepare("SELECT p.learner_id, p.pack_id, p.completions FROM learner_packs p JOIN files f "
                                       "ON f.learner_id = p.learner_id WHERE f.status = 'valid' ORDER BY p.learner_id, p.pack_id",
                                       sql::Rows::Many);
    if (!statement) return statement.refusal();
    sql::Statement& s = statement.value();
    for (auto row = s.step(); row; row = s.step()) {
        if (!row.value()) return Done{};
        auto completions = readCompletionsJson(s.text(2));
        if (!completions) return completions.refusal();
        const std::string learnerId = s.text(0), packId = s.text(1);
        for (const IndexedCompletion& completion : completions.value()) {
            if (auto done = visit({learnerId, packId, completion}); !done) return done;
        }
    }
    return Done{};
}

} // namespace mamori::records
