// The index on PostgreSQL, through libpq. Statements are prepared on the server once; their
// ?N parameters become $N, and values travel as text, which the server converts to each
// column's type. A statement's result is fetched whole, so that another statement can run
// while it is read; one prepared for many rows is read through a cursor a page at a time, so
// that a large query never sits whole in memory. An ingest writes behind (Connection).

#include "sql_database.hpp"

#include <libpq-fe.h>

#include <charconv>
#include <optional>
#include <cstdio>
#include <vector>

namespace mamori::records::sql {
namespace {

using scoring::Done;
using scoring::refuse;
using scoring::RefusalCode;
using scoring::Result;

scoring::Refusal failure(PGconn* connection, std::string_view what)
{
    std::string message = connection ? PQerrorMessage(connection) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return refuse(RefusalCode::IndexError, std::string(what) + ": " + message);
}

/// ?1 → $1, outside quoted text and -- comments.
std::string withDollarParameters(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size());
    char quote = 0;
    bool comment = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        char c = sql[i];
        if (comment) {
            comment = c != '\n';
        } else if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            comment = true;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            c = '$';
        }
        out += c;
    }
    return out;
}

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

/// The connection, shared by the database and its statements. While writing behind (an
/// ingest), statements that return no rows are sent without waiting for their results
/// (libpq's pipeline mode): a round trip per row would cost more than the row. Anything that
/// needs an answer first collects the pipeline's results, and the first failure among them
/// fails that step, so that a commit never hides one.
class Connection {
public:
    explicit Connection(PGconn* connection) : connection_(connection) {}
    PGconn* get() const { return connection_; }

    void setWriteBehind(bool on) { writeBehind_ = on; }
    bool writeBehind() const { return writeBehind_; }

    /// Sends a prepared statement that returns no rows, without waiting.
    Result<Done> send(const std::string& name, const std::vector<const char*>& values)
    {
        if (!pipelined_) {
            if (!PQenterPipelineMode(connection_)) return failure(connection_, "cannot write to the index");
            pipelined_ = true;
        }
        if (!PQsendQueryPrepared(connection_, name.c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0)) {
            return failure(connection_, "cannot write to the index");
        }
        // Collected now and then, so that neither side's buffers fill while the other waits.
        if (++pending_ >= kMostPending) return collect();
        return Done{};
    }

    /// Waits for what was sent, and leaves pipeline mode: the first failure, if any.
    Result<Done> collect()
    {
        if (!pipelined_) return Done{};
        std::optional<scoring::Refusal> first;
        if (!PQpipelineSync(connection_)) first = failure(connection_, "cannot write to the index");
        int emptyInARow = 0;
        while (!first || PQpipelineStatus(connection_) != PQ_PIPELINE_OFF) {
            PGresult* result = PQgetResult(connection_);
            if (!result) {
                if (++emptyInARow > 2) break;   // nothing more will come
                continue;
            }
            emptyInARow = 0;
            const auto status = PQresultStatus(result);
            if (status == PGRES_FATAL_ERROR && !first) {
                std::string why = PQresultErrorMessage(result);
                while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
                first = refuse(RefusalCode::IndexError, "the index refused a change: " + why);
            }
            PQclear(result);
            if (status == PGRES_PIPELINE_SYNC) break;
        }
        PQexitPipelineMode(connection_);
        pipelined_ = false;
        pending_ = 0;
        if (first) return *first;
        return Done{};
    }

private:
    static constexpr int kMostPending = 1000;
    PGconn* connection_;
    bool writeBehind_ = false, pipelined_ = false;
    int pending_ = 0;
};

class PostgresStatement final : public StatementBackend {
public:
    PostgresStatement(Connection& connection, std::string name, std::string sql, int parameters, bool returnsRows, bool manyRows)
        : shared_(&connection), connection_(connection.get()), name_(std::move(name)), sql_(std::move(sql)),
          values_(static_cast<std::size_t>(parameters)), isNull_(static_cast<std::size_t>(parameters), true),
          returnsRows_(returnsRows), manyRows_(manyRows)
    {
    }
    ~PostgresStatement() override
    {
        reset();
        (void)shared_->collect();
        ResultPtr(PQexec(connection_, ("DEALLOCATE " + name_).c_str()));
    }

    void bindText(int index, std::string_view text, bool) override { set(index, std::string(text)); }
    void bindInteger(int index, std::int64_t value) override { set(index, std::to_string(value)); }
    void bindReal(int index, double value) override
    {
        char buffer[32];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        set(index, ec == std::errc{} ? std::string(buffer, end) : std::string("NaN"));
    }
    void bindNull(int index) override
    {
        if (!slot(index)) return;
        isNull_[static_cast<std::size_t>(index - 1)] = true;
    }

    Result<bool> step() override
    {
        if (!started_) {
            started_ = true;
            if (!returnsRows_ && shared_->writeBehind()) {
                if (auto sent = shared_->send(name_, parameterValues()); !sent) return sent.refusal();
                return false;
            }
            if (auto collected = shared_->collect(); !collected) return collected.refusal();
            if (auto sent = start(); !sent) return sent.refusal();
            row_ = -1;
        }
        ++row_;
        if (result_ && row_ < PQntuples(result_.get())) return true;
        // A cursor's next page, until one comes back short.
        if (!cursor_.empty() && result_ && PQntuples(result_.get()) == kPageRows) {
            if (auto fetched = fetch(); !fetched) return fetched.refusal();
            row_ = 0;
            return PQntuples(result_.get()) > 0;
        }
        return false;
    }

    void reset() override
    {
        if (!cursor_.empty()) ResultPtr(PQexec(connection_, ("CLOSE " + cursor_).c_str()));
        cursor_.clear();
        result_.reset();
        started_ = false;
    }

    bool isNull(int column) const override { return !result_ || row_ < 0 || PQgetisnull(result_.get(), row_, column); }
    std::string text(int column) const override
    {
        if (isNull(column)) return "";
        return std::string(PQgetvalue(result_.get(), row_, column), static_cast<std::size_t>(PQgetlength(result_.get(), row_, column)));
    }
    std::int64_t integer(int column) const override
    {
        const std::string value = text(column);
        if (value == "t" || value == "f") return value == "t";   // a boolean expression's value
        std::int64_t parsed = 0;
        std::from_chars(value.data(), value.data() + value.size(), parsed);
        return parsed;
    }
    double real(int column) const override
    {
        const std::string value = text(column);
        double parsed = 0;
        std::from_chars(value.data(), value.data() + value.size(), parsed);
        return parsed;
    }

private:
    static constexpr int kPageRows = 2000;

    static std::string trimmed(std::string text)
    {
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        return text;
    }
    bool slot(int index)
    {
        if (started_) reset();
        return index >= 1 && static_cast<std::size_t>(index) <= values_.size();
    }
    void set(int index, std::string value)
    {
        if (!slot(index)) return;
        values_[static_cast<std::size_t>(index - 1)] = std::move(value);
        isNull_[static_cast<std::size_t>(index - 1)] = false;
    }
    Result<Done> check(const char* what)
    {
        const auto status = result_ ? PQresultStatus(result_.get()) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return Done{};
        const std::string why = result_ ? PQresultErrorMessage(result_.get()) : PQerrorMessage(connection_);
        result_.reset();
        return refuse(RefusalCode::IndexError, std::string(what) + ": " + trimmed(why));
    }
    /// Runs the statement: whole, or, for one that returns many rows, through a cursor a page at a time.
    std::vector<const char*> parameterValues() const
    {
        std::vector<const char*> values(values_.size());
        for (std::size_t i = 0; i < values_.size(); ++i) values[i] = isNull_[i] ? nullptr : values_[i].c_str();
        return values;
    }
    Result<Done> start()
    {
        const std::vector<const char*> values = parameterValues();
        const int count = static_cast<int>(values.size());
        if (!manyRows_) {
            result_.reset(PQexecPrepared(connection_, name_.c_str(), count, values.data(), nullptr, nullptr, 0));
            return check("a query of the index failed");
        }
        // WITH HOLD: the cursor outlives a transaction's commit, and works outside one.
        const std::string cursor = name_ + "_rows";
        result_.reset(PQexecParams(connection_, ("DECLARE " + cursor + " NO SCROLL CURSOR WITH HOLD FOR " + sql_).c_str(), count,
                                   nullptr, values.data(), nullptr, nullptr, 0));
        if (auto declared = check("a query of the index failed"); !declared) return declared;
        cursor_ = cursor;
        return fetch();
    }
    Result<Done> fetch()
    {
        result_.reset(PQexec(connection_, ("FETCH " + std::to_string(kPageRows) + " FROM " + cursor_).c_str()));
        return check("a query of the index failed");
    }

    Connection* shared_;
    PGconn* connection_;
    std::string name_, sql_;
    std::vector<std::string> values_;
    std::vector<bool> isNull_;
    bool returnsRows_, manyRows_;
    bool started_ = false;
    std::string cursor_;   // open while a many-rows query is read
    ResultPtr result_;
    int row_ = -1;
};

class PostgresDatabase final : public DatabaseBackend {
public:
    explicit PostgresDatabase(PGconn* connection) : connection_(connection) {}
    ~PostgresDatabase() override
    {
        (void)connection_.collect();
        PQfinish(connection_.get());
    }

    Engine engine() const override { return Engine::PostgreSQL; }
    Result<Done> execute(std::string_view sql) override
    {
        auto collected = connection_.collect();
        ResultPtr result(PQexec(connection_.get(), std::string(sql).c_str()));
        const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        // After a failure written behind, the server has aborted the transaction: a COMMIT sent
        // now rolls it back, and the failure is what the caller hears.
        if (!collected) return collected;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return failure(connection_.get(), "the index refused a change");
        return Done{};
    }
    Result<std::unique_ptr<StatementBackend>> prepare(std::string_view sql, Rows rows) override
    {
        if (auto collected = connection_.collect(); !collected) return collected.refusal();
        PGconn* connection = connection_.get();
        const std::string name = "mamori_" + std::to_string(++prepared_);
        const std::string text = withDollarParameters(sql);
        ResultPtr result(PQprepare(connection, name.c_str(), text.c_str(), 0, nullptr));
        if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) return failure(connection, "cannot prepare a query of the index");
        ResultPtr described(PQdescribePrepared(connection, name.c_str()));
        if (!described || PQresultStatus(described.get()) != PGRES_COMMAND_OK) return failure(connection, "cannot prepare a query of the index");
        return std::unique_ptr<StatementBackend>(std::make_unique<PostgresStatement>(
            connection_, name, text, PQnparams(described.get()), PQnfields(described.get()) > 0, rows == Rows::Many));
    }
    std::string_view beginWriting() const override { return "BEGIN;"; }
    void setWriteBehind(bool on) override
    {
        if (!on) (void)connection_.collect();
        connection_.setWriteBehind(on);
    }

private:
    Connection connection_;
    int prepared_ = 0;
};

} // namespace

Result<Database> Database::openPostgres(const std::string& uri)
{
    PGconn* connection = PQconnectdb(uri.c_str());
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        auto refusal = failure(connection, "cannot connect to the index database");
        PQfinish(connection);
        return refusal;
    }
    Database database(std::make_unique<PostgresDatabase>(connection));
    // Messages in English whatever the server's locale, and quiet about IF NOT EXISTS.
    if (auto done = database.execute("SET client_min_messages = warning; SET lc_messages = 'C';"); !done) {
        if (auto quiet = database.execute("SET client_min_messages = warning;"); !quiet) return quiet.refusal();
    }
    return database;
}

} // namespace mamori::records::sql
