#include "sql_database.hpp"

namespace mamori::records::sql {

using scoring::Done;
using scoring::Result;

Result<Statement> Database::prepare(std::string_view sql, Rows rows)
{
    auto prepared = backend_->prepare(sql, rows);
    if (!prepared) return prepared.refusal();
    return Statement(std::move(prepared.value()));
}

bool isPostgresUri(std::string_view target)
{
    return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

Result<Done> Statement::run()
{
    auto stepped = step();
    reset();
    if (!stepped) return stepped.refusal();
    return Done{};
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto begun = db.execute(db.beginWriting()); !begun) return begun.refusal();
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
