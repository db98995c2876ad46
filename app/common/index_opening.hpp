#pragma once
// Opening HR's index where the settings say it is, for `mamori-tool records` and the records
// view alike.

#include "config.hpp"

#include "mamori/records/org_index.hpp"
#include "mamori/scoring/result.hpp"

#include <string>

namespace mamori::app {

/// The index: a PostgreSQL database, or an SQLite file (its folder created), refused on a
/// network file system, where SQLite's locking is unsafe.
scoring::Result<records::OrgIndex> openIndex(const std::string& target);
scoring::Result<records::OrgIndex> openIndex(const Config& settings);

/// The index as shown to people: a URI's password left out.
std::string shownIndex(const std::string& target);
std::string shownIndex(const Config& settings);

} // namespace mamori::app
