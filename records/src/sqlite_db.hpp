#pragma once
// A thin RAII layer over SQLite's C API: a database, prepared statements with typed binds
// and columns, and transactions. Errors come back as Refusals carrying SQLite's message.

#include "mamori/scoring/result.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace mamori::records::sql {

class Statement;

class Database {
public:
    /// Opens (creating) the database file, with a busy timeout and foreign keys on. A
    /// connection is used by one thread at a time (SQLite's locks on each call are left out).
    static scoring::Result<Database> open(const std::filesystem::path& file);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Runs one or more statements that return no rows.
    scoring::Result<scoring::Done> execute(std::string_view sql);
    scoring::Result<Statement> prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    std::string lastError() const;
    sqlite3* handle() const { return db_; }

private:
    explicit Database(sqlite3* db) : db_(db) {}
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binds by 1-based index; the statement is reset when a bind follows a step.
    Statement& bind(int index, std::string_view text);
    /// Binds a text SQLite does not copy: it must stay as it is until the statement has run.
    Statement& bindView(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Steps once: true while there is a row, false when done; a failure ends in a refusal.
    scoring::Result<bool> step();
    /// Steps through a statement that returns no rows, then resets it for the next binds.
    scoring::Result<scoring::Done> run();
    void reset();

    bool isNull(int column) const;
    std::string text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* statement, sqlite3* db) : statement_(statement), db_(db) {}
    void resetIfStepped();

    sqlite3_stmt* statement_ = nullptr;
    sqlite3* db_ = nullptr;
    bool stepped_ = false;
};

/// BEGIN IMMEDIATE … COMMIT, rolled back when destroyed without commit().
class Transaction {
public:
    static scoring::Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();
    scoring::Result<scoring::Done> commit();

private:
    explicit Transaction(Database& db) : db_(&db) {}
    Database* db_;
    bool open_ = true;
};

} // namespace mamori::records::sql
