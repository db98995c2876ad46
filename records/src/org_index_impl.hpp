#pragma once
// What OrgIndex holds, shared by the files that implement it (one per task: ingest, roster,
// status, items).

#include "mamori/records/org_index.hpp"
#include "sql_database.hpp"

namespace mamori::records {

struct OrgIndex::Impl {
    sql::Database db;
};

/// Seconds since 1970 for the index's INTEGER times, and back.
inline std::int64_t epochSeconds(scoring::Timestamp time)
{
    return time.time_since_epoch().count();
}
inline scoring::Timestamp fromEpochSeconds(std::int64_t seconds)
{
    return scoring::Timestamp(std::chrono::seconds(seconds));
}

} // namespace mamori::records
