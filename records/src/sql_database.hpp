#pragma once
// The index's database, whichever engine holds it: SQLite (a file on this computer, the
// default) or PostgreSQL (a server, when one machine is not enough). One small API with typed
// binds and columns, prepared statements and transactions; SQL is written once with ?1-style
// parameters and runs on both. Errors come back as Refusals carrying the engine's message.

#include "mamori/scoring/result.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::records::sql {

enum class Engine { SQLite, PostgreSQL };

/// How many rows a query is expected to return: a query over everyone (Many) is read a page at
/// a time on a server instead of whole. SQLite reads every query a row at a time anyway.
enum class Rows { Few, Many };

/// What an engine does with one prepared statement.
class StatementBackend {
public:
    virtual ~StatementBackend() = default;
    /// `copy`: false when the caller keeps the text as it is until the statement has run.
    virtual void bindText(int index, std::string_view text, bool copy) = 0;
    virtual void bindInteger(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindNull(int index) = 0;
    virtual scoring::Result<bool> step() = 0;
    virtual void reset() = 0;
    virtual bool isNull(int column) const = 0;
    virtual std::string text(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual double real(int column) const = 0;
};

/// What an engine does with a connection.
class DatabaseBackend {
public:
    virtual ~DatabaseBackend() = default;
    virtual Engine engine() const = 0;
    virtual scoring::Result<scoring::Done> execute(std::string_view sql) = 0;
    virtual scoring::Result<std::unique_ptr<StatementBackend>> prepare(std::string_view sql, Rows rows) = 0;
    /// The statement that starts a transaction which writes.
    virtual std::string_view beginWriting() const = 0;
    /// See Database::setWriteBehind.
    virtual void setWriteBehind(bool) {}
    /// The database's file, for an engine that keeps one ("" for a server).
    virtual std::filesystem::path file() const { return {}; }
};

class Statement;

class Database {
public:
    /// Opens (creating) an SQLite database file, with a busy timeout and foreign keys on. A
    /// connection is used by one thread at a time (SQLite's locks on each call are left out).
    static scoring::Result<Database> openSqlite(const std::filesystem::path& file);
    /// Connects to PostgreSQL with a libpq connection URI (postgresql://…).
    static scoring::Result<Database> openPostgres(const std::string& uri);

    Engine engine() const { return backend_->engine(); }
    /// Runs one or more statements that return no rows.
    scoring::Result<scoring::Done> execute(std::string_view sql) { return backend_->execute(sql); }
    scoring::Result<Statement> prepare(std::string_view sql, Rows rows = Rows::Few);
    std::string_view beginWriting() const { return backend_->beginWriting(); }
    /// On a server, statements that return no rows are sent without waiting for each one's
    /// result, for a bulk write; a failure among them fails the next step that waits (at the
    /// latest the commit). Off: each waits. SQLite writes locally and ignores it.
    void setWriteBehind(bool on) { backend_->setWriteBehind(on); }
    /// The database's file (SQLite), or "" (a server).
    std::filesystem::path file() const { return backend_->file(); }

private:
    explicit Database(std::unique_ptr<DatabaseBackend> backend) : backend_(std::move(backend)) {}
    std::unique_ptr<DatabaseBackend> backend_;
};

/// Whether `target` names a PostgreSQL database (a postgresql:// or postgres:// URI) rather than a file.
bool isPostgresUri(std::string_view target);

class Statement {
public:
    // Binds by 1-based index; the statement is reset when a bind follows a step.
    Statement& bind(int index, std::string_view text)
    {
        backend_->bindText(index, text, true);
        return *this;
    }
    /// Binds a text the engine does not copy: it must stay as it is until the statement has run.
    Statement& bindView(int index, std::string_view text)
    {
        backend_->bindText(index, text, false);
        return *this;
    }
    Statement& bind(int index, std::int64_t value)
    {
        backend_->bindInteger(index, value);
        return *this;
    }
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value)
    {
        backend_->bindReal(index, value);
        return *this;
    }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bindNull(int index)
    {
        backend_->bindNull(index);
        return *this;
    }
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Steps once: true while there is a row, false when done; a failure ends in a refusal.
    scoring::Result<bool> step() { return backend_->step(); }
    /// Steps through a statement that returns no rows, then resets it for the next binds.
    scoring::Result<scoring::Done> run();
    void reset() { backend_->reset(); }

    bool isNull(int column) const { return backend_->isNull(column); }
    std::string text(int column) const { return backend_->text(column); }
    std::int64_t integer(int column) const { return backend_->integer(column); }
    double real(int column) const { return backend_->real(column); }
    std::optional<std::string> optionalText(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<std::string>(text(column));
    }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }

private:
    friend class Database;
    explicit Statement(std::unique_ptr<StatementBackend> backend) : backend_(std::move(backend)) {}
    std::unique_ptr<StatementBackend> backend_;
};

/// A writing transaction (BEGIN IMMEDIATE on SQLite), rolled back when destroyed without commit().
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
