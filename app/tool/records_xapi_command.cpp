// mamori-tool records export-xapi: the index as xAPI statements for a learning record store
// (records/xapi_export.hpp does the work).

#include "records_options.hpp"

#include "mamori/records/xapi_export.hpp"

#include <ostream>

namespace mamori::tool {

int recordsExportXapi(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    if (!options.out) {
        streams.err << "mamori-tool records export-xapi: --out FILE.json is needed\n";
        return kExitUsage;
    }
    if (settings.homePage().empty()) {
        streams.err << "mamori-tool records export-xapi: the home-page setting is empty; xAPI needs the organisation's "
                       "home page "
                       "for learners' accounts and activity ids: give --home-page https://learning.example.com or set "
                       "home-page\n";
        return kExitUsage;
    }
    auto index = openIndex(settings);
    if (!index) {
        streams.err << "mamori-tool records: error: " << index.refusal().message << '\n';
        return kExitProblems;
    }
    const records::XapiExportOptions exportOptions{settings.homePage(), options.pack, *options.out};
    auto report = records::exportXapi(index.value(), exportOptions);
    if (!report) {
        const bool usage = report.refusal().code == scoring::RefusalCode::BadHomePage || report.refusal().code == scoring::RefusalCode::NoHomePage;
        streams.err << "mamori-tool records export-xapi: error: " << report.refusal().message << '\n';
        return usage ? kExitUsage : kExitProblems;
    }
    streams.out
        << "wrote " << report.value().statements << " xAPI statements of " << report.value().learners << " learner"
        << (report.value().learners == 1 ? "" : "s") << " to " << options.out->string() << '\n'
        << "it holds personal data (learners' ids, names and results): handle it under your organisation's rules\n";
    return kExitOk;
}

} // namespace mamori::tool
