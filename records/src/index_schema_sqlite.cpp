// The index's tables on SQLite. The same tables on PostgreSQL are in index_schema_postgres.cpp:
// change both together (the schema-consistency test compares them).

#include "index_schema.hpp"

namespace mamori::records {

// Times are seconds since 1970 (UTC); texts are UTF-8. One row per progress file in `files`,
// and the records of the files that verify in the tables after it, replaced whenever the
// file changes. `lineage` keeps what was seen of each file's save history, so that a file
// that goes back or forks is noticed on a later ingest; `flags` lists what a person should
// judge. The roster's people and assignments come from `records roster import`.
const char* const kSqliteIndexSchema = R"sql(
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
-- Schema 3 moves each attempt's answers into attempts.answers, as JSON, and drops this table.
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
-- Schema 3 moves each pack's completions into learner_packs.completions, as JSON, and drops this table.
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

// Schema 2: the inbox learners' PCs push their signed files into (HR's ingest reads it).
const char* const kSqliteInboxSchema = R"sql(
CREATE TABLE inbox (
    id         INTEGER PRIMARY KEY,
    learner_id TEXT NOT NULL,            -- as the PC that pushed it says: checked against the file's content
    content    TEXT NOT NULL,            -- the signed progress file, as it was on the PC
    pushed_at  TEXT NOT NULL             -- the PC's clock, ISO 8601: for reading, not for trust
);
)sql";

// Schema 5: inbox exercise runs, one row per run, its actions in the row as JSON (index_json.hpp),
// as schema 3 keeps an attempt's answers: a row costs the ingest's single writer far more than
// its text, and the actions are always read with their run.
const char* const kSqliteInboxRunsSchema = R"sql(
CREATE TABLE inbox_runs (
    learner_id   TEXT NOT NULL,
    pack_id      TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    inbox_id     TEXT NOT NULL,
    number       INTEGER NOT NULL,
    started      INTEGER NOT NULL,
    finished     INTEGER,                -- when the last message was decided
    score        REAL,
    max_score    REAL,
    percent      REAL,
    passed       INTEGER,
    actions      TEXT NOT NULL           -- [{"message", "action", "target", "at"}…] in order
);
)sql";

} // namespace mamori::records
