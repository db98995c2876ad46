// Index schema 6: each file's row notes the app that wrote it (progress_file.hpp's
// `written-by`), NULL when the file does not say or could not be read.

#include "index_schema.hpp"

namespace mamori::records {

const char* const kSchema6Columns = "ALTER TABLE files ADD COLUMN written_by TEXT;";

scoring::Result<scoring::Done> addWrittenBy(sql::Database& db)
{
    if (auto added = db.execute(kSchema6Columns); !added) return added;
    // Files indexed before knew no note; those written since by a Mamori that notes itself carry
    // one. An empty signature never matches a file's, so the next ingest reads each folder file
    // once more (pushes of learners' PCs get theirs with their next push), and no row keeps an
    // "unknown" that its file contradicts.
    return db.execute("UPDATE files SET signature = '' WHERE status <> 'missing' AND file_name NOT LIKE 'inbox:%';");
}

} // namespace mamori::records
