#include "index_schema.hpp"

#include "mamori/scoring/clock.hpp"

#include <string>

namespace mamori::records {
namespace {

struct SecondaryIndex {
    const char* name;
    const char* on;   ///< TABLE(COLUMNS)
    int since = 1;    ///< the schema that made its table: a migration to an earlier one has no table for it
};

// The indexes on the records' tables, apart: a first ingest builds them once at its end. The
// learner's indexes also hold the pack and the times, so that the status counts each person's
// attempts and time spent per pack from the index alone (schema 4).
constexpr SecondaryIndex kSecondaryIndexes[] = {
    {"attempts_by_learner_pack", "attempts(learner_id, pack_id, started, finished)"},
    {"attempts_by_quiz", "attempts(pack_id, quiz_id, pack_version, number)"},
    {"runs_by_learner_pack", "runs(learner_id, pack_id, started, finished)"},
    {"flags_by_learner", "flags(learner_id)"},
    {"inbox_runs_by_learner_pack", "inbox_runs(learner_id, pack_id, started, finished)", 5},
};

// Indexes of earlier schemas that a wider one replaced.
constexpr const char* kRetiredIndexes[] = {"attempts_by_learner", "runs_by_learner"};

} // namespace

scoring::Result<scoring::Done> dropSecondaryIndexes(sql::Database& db)
{
    for (const SecondaryIndex& index : kSecondaryIndexes) {
        if (auto done = db.execute(std::string("DROP INDEX IF EXISTS ") + index.name + ";"); !done) return done;
    }
    return scoring::Done{};
}

namespace {

/// The secondary indexes of tables that exist at schema `version`.
scoring::Result<scoring::Done> createSecondaryIndexesOf(sql::Database& db, int version)
{
    for (const SecondaryIndex& index : kSecondaryIndexes) {
        if (index.since > version) continue;
        if (auto done = db.execute(std::string("CREATE INDEX IF NOT EXISTS ") + index.name + " ON " + index.on + ";"); !done) {
            return done;
        }
    }
    return scoring::Done{};
}

} // namespace

scoring::Result<scoring::Done> createSecondaryIndexes(sql::Database& db)
{
    return createSecondaryIndexesOf(db, kIndexSchemaVersion);
}

namespace {

/// The schema version recorded in the index: its migrations table, or, for an index made
/// before that table existed, SQLite's user_version.
scoring::Result<int> recordedVersion(sql::Database& db)
{
    if (auto made = db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
        !made) {
        return made.refusal();
    }
    auto latest = db.prepare("SELECT max(version) FROM schema_migrations");
    if (!latest) return latest.refusal();
    auto row = latest.value().step();
    if (!row) return row.refusal();
    if (!latest.value().isNull(0)) return static_cast<int>(latest.value().integer(0));
    if (db.engine() != sql::Engine::SQLite) return 0;
    auto version = db.prepare("PRAGMA user_version;");
    if (!version) return version.refusal();
    auto pragma = version.value().step();
    if (!pragma) return pragma.refusal();
    return static_cast<int>(version.value().integer(0));
}

/// Each migration brings the index from the version before it to its own; the first makes the tables.
scoring::Result<scoring::Done> migrateTo(sql::Database& db, int version)
{
    if (version == 1) {
        const char* tables = db.engine() == sql::Engine::SQLite ? kSqliteIndexSchema : kPostgresIndexSchema;
        if (auto done = db.execute(tables); !done) return done;
        return createSecondaryIndexesOf(db, version);
    }
    if (version == 2) return db.execute(db.engine() == sql::Engine::SQLite ? kSqliteInboxSchema : kPostgresInboxSchema);
    if (version == 3) return moveRecordsIntoJson(db);
    if (version == 4) {
        for (const char* retired : kRetiredIndexes) {
            if (auto done = db.execute(std::string("DROP INDEX IF EXISTS ") + retired + ";"); !done) return done;
        }
        return createSecondaryIndexesOf(db, version);
    }
    if (version == 5) {
        if (auto done = db.execute(db.engine() == sql::Engine::SQLite ? kSqliteInboxRunsSchema : kPostgresInboxRunsSchema); !done) {
            return done;
        }
        return createSecondaryIndexesOf(db, version);
    }
    if (version == 6) return addWrittenBy(db);
    return scoring::refuse(scoring::RefusalCode::IndexError, "no migration to index schema " + std::to_string(version));
}

} // namespace

scoring::Result<scoring::Done> prepareIndexSchema(sql::Database& db)
{
    if (db.engine() == sql::Engine::SQLite) {
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
    }
    auto transaction = sql::Transaction::begin(db);
    if (!transaction) return transaction.refusal();
    auto current = recordedVersion(db);
    if (!current) return current.refusal();
    if (current.value() > kIndexSchemaVersion) {
        return scoring::refuse(scoring::RefusalCode::IndexNewer, "the index was written by a newer Mamori (schema " + std::to_string(current.value()) +
                                                  "); update Mamori, or ingest into a new index");
    }
    auto record = db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2) ON CONFLICT (version) DO NOTHING");
    if (!record) return record.refusal();
    // An index made before the migrations table: its tables are there, its versions are recorded now.
    for (int version = 1; version <= current.value(); ++version) {
        if (auto done = record.value().bind(1, version).bind(2, std::string("before migrations were recorded")).run(); !done) return done;
    }
    for (int version = current.value() + 1; version <= kIndexSchemaVersion; ++version) {
        if (auto migrated = migrateTo(db, version); !migrated) return migrated;
        const std::string now = scoring::formatTimestamp(scoring::SystemClock().now());
        if (auto done = record.value().bind(1, version).bind(2, now).run(); !done) return done;
    }
    return transaction.value().commit();
}

} // namespace mamori::records
