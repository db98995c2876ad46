#include "index_schema.hpp"

#include <string>

namespace mamori::records {
namespace {

struct SecondaryIndex {
    const char* name;
    const char* on;   ///< TABLE(COLUMNS)
};

// Times are seconds since 1970 (UTC); texts are UTF-8. One row per progress file in `files`,
// and the records of the files that verify in the tables after it, replaced whenever the
// file changes. `lineage` keeps what was seen of each file's save history, so that a file
// that goes back or forks is noticed on a later ingest; `flags` lists what a person should
// judge. The roster's people and assignments come from `records roster import`.
constexpr const char* kSchema = R"sql(
CREATE TABLE files (
    learner_id    TEXT PRIMARY KEY,      -- from the file's name
    file_name     TEXT NOT NULL,
    size          INTEGER NOT NULL,
    mtime_ns      INTEGER NOT NULL,
    signature     TEXT NOT NULL,         -- the signature's value, for change detection
    status        TEXT NOT NULL,         -- valid, tampered, other-key, unsigned, corrupt, unreadable, not-regular, newer, wrong-learner, missing
    problem       TEXT NOT NULL DEFAULT '',
    holds_learner TEXT,                  -- the learner inside, when the file could be read
    display_name  TEXT,
    generation    INTEGER,
    ingested_at   INTEGER NOT NULL
);
CREATE TABLE lineage (
    learner_id TEXT PRIMARY KEY,
    history    TEXT NOT NULL             -- the last verified save history seen (encodeHistory)
);
CREATE TABLE learner_packs (
    learner_id        TEXT NOT NULL,
    pack_id           TEXT NOT NULL,
    last_version      TEXT NOT NULL,
    pages_viewed      INTEGER NOT NULL,
    first_activity    INTEGER,
    last_activity     INTEGER,
    completed_at      INTEGER,
    completed_version TEXT,
    best_percent      REAL,
    PRIMARY KEY (learner_id, pack_id)
);
CREATE TABLE attempts (
    id           INTEGER PRIMARY KEY,
    learner_id   TEXT NOT NULL,
    pack_id      TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    quiz_id      TEXT NOT NULL,
    number       INTEGER NOT NULL,
    seed         TEXT NOT NULL,
    questions    TEXT NOT NULL,          -- the question ids asked, in order, space-separated
    started      INTEGER NOT NULL,
    finished     INTEGER,
    ending       TEXT,                   -- submitted or timed-out
    score        REAL,
    max_score    REAL,
    percent      REAL,
    passed       INTEGER
);
CREATE TABLE answers (
    attempt_id  INTEGER NOT NULL,
    step        INTEGER NOT NULL,        -- 0, 1, 2… in the attempt; a question answered twice has two steps
    question_id TEXT NOT NULL,
    choices     TEXT NOT NULL,           -- choice ids, "true"/"false" or ordering steps, space-separated
    matches     TEXT NOT NULL,           -- LEFT=RIGHT pairs, space-separated
    typed       TEXT NOT NULL,
    certainty   INTEGER,
    at          INTEGER NOT NULL,
    seconds     INTEGER NOT NULL,
    fraction    REAL NOT NULL,
    score       REAL NOT NULL,
    max_score   REAL NOT NULL,
    PRIMARY KEY (attempt_id, step)
) WITHOUT ROWID;
CREATE TABLE runs (
    learner_id   TEXT NOT NULL,
    pack_id      TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    scenario_id  TEXT NOT NULL,
    number       INTEGER NOT NULL,
    started      INTEGER NOT NULL,
    finished     INTEGER,
    ending_id    TEXT,
    outcome      TEXT,
    score        INTEGER,
    passed       INTEGER,
    path         TEXT NOT NULL           -- NODE>OPTION steps, space-separated
);
CREATE TABLE completions (
    learner_id   TEXT NOT NULL,
    pack_id      TEXT NOT NULL,
    kind         TEXT NOT NULL,          -- lesson, quiz, scenario, pack
    item_id      TEXT NOT NULL,
    at           INTEGER NOT NULL,
    pack_version TEXT NOT NULL
);
CREATE TABLE flags (
    learner_id TEXT NOT NULL,
    kind       TEXT NOT NULL,            -- see trust_flags.hpp
    detail     TEXT NOT NULL,
    at         INTEGER NOT NULL,         -- when it happened, or when the index noticed it
    sticky     INTEGER NOT NULL          -- 1: noticed against an earlier ingest, kept; 0: read from the file, renewed with it
);
CREATE TABLE people (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    department  TEXT NOT NULL,
    manager     TEXT NOT NULL,
    hire_date   TEXT,                    -- YYYY-MM-DD
    left_on     TEXT,                    -- YYYY-MM-DD: missing from the roster imported that day
    roster_line INTEGER NOT NULL
);
CREATE TABLE assignments (
    person_id       TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    pack_id         TEXT NOT NULL,
    due_date        TEXT,                -- YYYY-MM-DD, or NULL with due_after_hire
    due_after_hire  INTEGER NOT NULL,
    validity_amount INTEGER,
    validity_unit   TEXT,                -- d or y
    minimum_version TEXT NOT NULL,
    PRIMARY KEY (person_id, pack_id)
);
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

// The indexes on the records' tables, apart: a first ingest builds them once at its end.
constexpr SecondaryIndex kSecondaryIndexes[] = {
    {"attempts_by_learner", "attempts(learner_id)"},
    {"attempts_by_quiz", "attempts(pack_id, quiz_id, pack_version, number)"},
    {"runs_by_learner", "runs(learner_id)"},
    {"completions_by_learner", "completions(learner_id)"},
    {"flags_by_learner", "flags(learner_id)"},
};

} // namespace

scoring::Result<scoring::Done> dropSecondaryIndexes(sql::Database& db)
{
    for (const SecondaryIndex& index : kSecondaryIndexes) {
        if (auto done = db.execute(std::string("DROP INDEX IF EXISTS ") + index.name + ";"); !done) return done;
    }
    return scoring::Done{};
}

scoring::Result<scoring::Done> createSecondaryIndexes(sql::Database& db)
{
    for (const SecondaryIndex& index : kSecondaryIndexes) {
        if (auto done = db.execute(std::string("CREATE INDEX IF NOT EXISTS ") + index.name + " ON " + index.on + ";"); !done) {
            return done;
        }
    }
    return scoring::Done{};
}

scoring::Result<scoring::Done> prepareIndexSchema(sql::Database& db)
{
    // WAL lets readers (the records screens) read while an ingest writes; the index can be
    // rebuilt from the files, so a lost last transaction after a power cut is acceptable.
    // A larger page cache keeps the B-tree pages of a bulk ingest in memory instead of spilling them.
    // Pages of 16 KiB (for a new index; an existing one keeps its own) take a bulk ingest a
    // quarter of the page writes, B-tree splits and write-ahead log frames of the default 4 KiB.
    if (auto done = db.execute("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                               "PRAGMA cache_size = -" + std::to_string(kIndexCacheKiB) + ";");
        !done) {
        return done;
    }
    auto version = db.prepare("PRAGMA user_version;");
    if (!version) return version.refusal();
    auto row = version.value().step();
    if (!row) return row.refusal();
    const auto current = version.value().integer(0);
    version.value().reset();
    if (current == kIndexSchemaVersion) return scoring::Done{};
    if (current > kIndexSchemaVersion) {
        return scoring::refuse("index-newer", "the index was written by a newer Mamori (schema " + std::to_string(current) +
                                                  "); update Mamori, or ingest into a new index");
    }
    auto transaction = sql::Transaction::begin(db);
    if (!transaction) return transaction.refusal();
    if (auto done = db.execute(kSchema); !done) return done;
    if (auto done = createSecondaryIndexes(db); !done) return done;
    if (auto done = db.execute("PRAGMA user_version = " + std::to_string(kIndexSchemaVersion) + ";"); !done) return done;
    return transaction.value().commit();
}

} // namespace mamori::records
