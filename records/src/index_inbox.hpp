#pragma once
// HR's ingest reading the inbox of files that learners' PCs pushed (index_inbox.cpp).

#include "index_writer.hpp"
#include "mamori/records/org_index.hpp"

#include <string_view>

namespace mamori::records {

/// Whether a `files` row came from the inbox rather than the folder.
bool isInboxName(std::string_view fileName);

/// Indexes the inbox rows pushed since the last ingest.
scoring::Result<scoring::Done> ingestInbox(sql::Database& db, IndexWriter& writer, const OrganisationKey& key,
                                           const lessons::PackLibrary* packs, scoring::Timestamp now, IngestReport& report);

} // namespace mamori::records
