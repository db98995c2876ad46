// The index on SQLite: a file on this computer's disk.

#include "sql_database.hpp"

#include <sqlite3.h>

namespace mamori::records::sql {
namespace {

using scoring::Done;
using scoring::refuse;
using scoring::RefusalCode;
using scoring::Result;

scoring::Refusal failure(sqlite3* db, std::string_view what)
{
    return refuse(RefusalCode::IndexError, std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

class SqliteStatement final : public StatementBackend {
public:
    SqliteStatement(sqlite3_stmt* statement, sqlite3* db) : statement_(statement), db_(db) {}
    ~SqliteStatement() override { sqlite3_finalize(statement_); }

    void bindText(int index, std::string_view text, bool copy) override
    {
        resetIfStepped();
        sqlite3_bind_text64(statement_, index, text.data(), text.size(), copy ? SQLITE_TRANSIENT : SQLITE_STATIC, SQLITE_UTF8);
    }
    void bindInteger(int index, std::int64_t value) override
    {
        resetIfStepped();
        sqlite3_bind_int64(statement_, index, value);
    }
    void bindReal(int index, double value) override
    {
        resetIfStepped();
        sqlite3_bind_double(statement_, index, value);
    }
    void bindNull(int index) override
    {
        resetIfStepped();
        sqlite3_bind_null(statement_, index);
    }
    Result<bool> step() override
    {
        stepped_ = true;
        const int result = sqlite3_step(statement_);
        if (result == SQLITE_ROW) return true;
        if (result == SQLITE_DONE) return false;
        return failure(db_, "a query of the index failed");
    }
    void reset() override
    {
        sqlite3_reset(statement_);
        stepped_ = false;
    }
    bool isNull(int column) const override { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
    std::string text(int column) const override
    {
        const auto* bytes = sqlite3_column_text(statement_, column);
        const int size = sqlite3_column_bytes(statement_, column);
        return bytes ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)) : std::string();
    }
    std::int64_t integer(int column) const override { return sqlite3_column_int64(statement_, column); }
    double real(int column) const override { return sqlite3_column_double(statement_, column); }

private:
    void resetIfStepped()
    {
        if (stepped_) reset();
    }

    sqlite3_stmt* statement_;
    sqlite3* db_;
    bool stepped_ = false;
};

class SqliteDatabase final : public DatabaseBackend {
public:
    SqliteDatabase(sqlite3* db, std::filesystem::path file) : db_(db), file_(std::move(file)) {}
    ~SqliteDatabase() override { sqlite3_close(db_); }

    Engine engine() const override { return Engine::SQLite; }
    Result<Done> execute(std::string_view sql) override
    {
        char* message = nullptr;
        const std::string text(sql);
        if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            std::string why = message ? message : "unknown error";
            sqlite3_free(message);
            return refuse(RefusalCode::IndexError, why);
        }
        return Done{};
    }
    Result<std::unique_ptr<StatementBackend>> prepare(std::string_view sql, Rows) override
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
            SQLITE_OK) {
            return failure(db_, "cannot prepare a query of the index");
        }
        return std::unique_ptr<StatementBackend>(std::make_unique<SqliteStatement>(statement, db_));
    }
    // IMMEDIATE: take the write lock at once, so that two writers never deadlock halfway.
    std::string_view beginWriting() const override { return "BEGIN IMMEDIATE;"; }
    std::filesystem::path file() const override { return file_; }

private:
    sqlite3* db_;
    std::filesystem::path file_;
};

} // namespace

Result<Database> Database::openSqlite(const std::filesystem::path& file)
{
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        const auto refusal = failure(db, "cannot open the index " + file.string());
        sqlite3_close(db);
        return refusal;
    }
    sqlite3_busy_timeout(db, 10000);
    Database database(std::make_unique<SqliteDatabase>(db, file));
    if (auto done = database.execute("PRAGMA foreign_keys = ON;"); !done) return done.refusal();
    return database;
}

} // namespace mamori::records::sql
