// mamori-tool records report: where people stand (the same rows and filters as `records
// status`) exported for HR as a CSV, an Excel workbook and/or a printable HTML page.
#include "records_options.hpp"

#include "mamori/records/report_export.hpp"
#include "mamori/records/time_zone.hpp"

#include <ostream>

namespace mamori::tool {
namespace {

using namespace mamori::records;

struct Export {
    std::string_view kind;
    const std::optional<std::filesystem::path>& file;
    scoring::Result<scoring::Done> (*write)(const ReportTable&, const std::filesystem::path&);
};

/// "1 row", "2 rows".
std::string counted(std::size_t n, std::string_view thing)
{
    return std::to_string(n) + " " + std::string(thing) + (n == 1 ? "" : "s");
}

} // namespace

int recordsReport(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    const Export exports[] = {{"CSV", options.csv, writeCsvReport},
                              {"XLSX", options.xlsx, writeXlsxReport},
                              {"HTML", options.html, writeHtmlReport}};
    if (!options.csv && !options.xlsx && !options.html) {
        streams.err << "mamori-tool records report: name at least one of --csv FILE.csv, --xlsx FILE.xlsx, --html FILE.html\n";
        return kExitUsage;
    }
    auto found = statusOnDay(settings, options, streams);
    if (auto* exit = std::get_if<int>(&found)) return *exit;
    const StatusOnDay& day = std::get<StatusOnDay>(found);
    const ReportTable table = makeReportTable(day.report, day.today, day.zone.id());

    // Each export stands alone: one refused (a link at its path) does not stop the others.
    int exitCode = kExitOk;
    for (const Export& e : exports) {
        if (!e.file) continue;
        auto written = e.write(table, *e.file);
        if (!written) {
            streams.err << "mamori-tool records report: error: " << e.kind << " not written: " << written.refusal().message << '\n';
            exitCode = kExitProblems;
            continue;
        }
        streams.out << "wrote " << e.kind << " " << e.file->string() << " (" << counted(table.detail.rows.size(), "row") << ", "
                    << counted(table.packs.size(), "pack") << ")\n";
    }
    if (exitCode == kExitOk) streams.out << "These files hold personal data: keep and share them under your organisation's rules.\n";
    return exitCode;
}

} // namespace mamori::tool
