#include "sqlite_db.hpp"

#include <sqlite3.h>

namespace mamori::records::sql {
namespace {

using scoring::Done;
using scoring::refuse;
using scoring::Result;

scoring::Refusal failure(sqlite3* db, std::string_view what)
{
    return refuse("index-error", std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

} // namespace

Result<Database> Database::open(const std::filesystem::path& file)
{
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        const auto refusal = failure(db, "cannot open the index " + file.string());
        sqlite3_close(db);
        return refusal;
    }
    sqlite3_busy_timeout(db, 10000);
    Database database(db);
    if (auto done = database.execute("PRAGMA foreign_keys = ON;"); !done) return done.refusal();
    return database;
}

Database::Database(Database&& other) noexcept : db_(other.db_)
{
    other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close(db_);
        db_ = other.db_;
        other.db_ = nullptr;
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close(db_);
}

Result<Done> Database::execute(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string why = message ? message : "unknown error";
        sqlite3_free(message);
        return refuse("index-error", why);
    }
    return Done{};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK) {
        return failure(db_, "cannot prepare a query of the index");
    }
    return Statement(statement, db_);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(db_);
}

std::string Database::lastError() const
{
    return sqlite3_errmsg(db_);
}

Statement::Statement(Statement&& other) noexcept : statement_(other.statement_), db_(other.db_), stepped_(other.stepped_)
{
    other.statement_ = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(statement_);
        statement_ = other.statement_;
        db_ = other.db_;
        stepped_ = other.stepped_;
        other.statement_ = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(statement_);
}

void Statement::resetIfStepped()
{
    if (stepped_) reset();
}

void Statement::reset()
{
    sqlite3_reset(statement_);
    stepped_ = false;
}

Statement& Statement::bind(int index, std::string_view text)
{
    resetIfStepped();
    sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindView(int index, std::string_view text)
{
    resetIfStepped();
    sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    resetIfStepped();
    sqlite3_bind_int64(statement_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    resetIfStepped();
    sqlite3_bind_double(statement_, index, value);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    resetIfStepped();
    sqlite3_bind_null(statement_, index);
    return *this;
}

Result<bool> Statement::step()
{
    stepped_ = true;
    const int result = sqlite3_step(statement_);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    return failure(db_, "a query of the index failed");
}

Result<Done> Statement::run()
{
    auto stepped = step();
    reset();
    if (!stepped) return stepped.refusal();
    return Done{};
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const
{
    const auto* bytes = sqlite3_column_text(statement_, column);
    const int size = sqlite3_column_bytes(statement_, column);
    return bytes ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)) : std::string();
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(statement_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(statement_, column);
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column)) return std::nullopt;
    return text(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column)) return std::nullopt;
    return real(column);
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto begun = db.execute("BEGIN IMMEDIATE;"); !begun) return begun.refusal();
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(other.db_), open_(other.open_)
{
    other.open_ = false;
}

Transaction::~Transaction()
{
    if (open_) (void)db_->execute("ROLLBACK;");
}

Result<Done> Transaction::commit()
{
    open_ = false;
    return db_->execute("COMMIT;");
}

} // namespace mamori::records::sql
