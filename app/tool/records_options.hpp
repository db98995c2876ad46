#pragma once
// What the `mamori-tool records` subcommands share: their options, and opening the index.

#include "command.hpp"
#include "config.hpp"
#include "data_paths.hpp"
#include "index_opening.hpp"

#include "mamori/records/org_index.hpp"

#include <filesystem>
#include <optional>
#include <variant>
#include <string>
#include <vector>

namespace mamori::tool {

/// The options the records commands share, besides the settings ones.
struct RecordsOptions {
    std::vector<std::string> words;     // the subcommand's arguments without options
    std::filesystem::path packsDir;     // the packs-dir setting (--packs), once parsed
    std::optional<std::string> pack, department, manager, version;
    std::optional<std::string> learner;                     // records certificate make
    std::optional<std::string> search, sort;                // records status
    std::optional<std::string> today;
    std::optional<std::filesystem::path> csv, xlsx, html;   // records report
    std::optional<std::filesystem::path> out;               // records export-xapi
    bool overdue = false, includeLeft = false, allAttempts = false;
};

using app::openIndex;
using app::shownIndex;

/// What `records status` and `records report` show: where people stand on the chosen day
/// (--today, else today), in the configured time zone.
struct StatusOnDay {
    records::StatusReport report;
    records::TimeZone zone;
    records::Date today;
};
/// The status on the day, or the exit code after saying why not.
std::variant<StatusOnDay, int> statusOnDay(const app::Config& settings, const RecordsOptions& options, Streams streams);

/// mamori-tool records report --csv|--xlsx|--html FILE (records_report_command.cpp).
int recordsReport(const app::Config& settings, const RecordsOptions& options, Streams streams);
/// mamori-tool records certificate make|verify (records_certificate_command.cpp).
int recordsCertificate(const app::Config& settings, const RecordsOptions& options, Streams streams);
/// mamori-tool records export-xapi --out FILE.json (records_xapi_command.cpp).
int recordsExportXapi(const app::Config& settings, const RecordsOptions& options, Streams streams);

} // namespace mamori::tool
