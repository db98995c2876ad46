#pragma once
/// \file
/// HR's index exported as xAPI 1.0.3 statements, for a learning record store (LRS): every
/// quiz attempt (attempted; passed or failed with the scaled score), every answer (answered,
/// with the response and whether it was right), every scenario run and every completion of
/// a learner whose file verifies. Statement ids are name-based, so an export made again
/// holds the same ids (an LRS keeps one copy) and, from the same index, the same bytes.
///
/// The file holds personal data: learners' ids, names and results.

#include "mamori/records/org_index.hpp"
#include "mamori/scoring/result.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace mamori::records {

struct XapiExportOptions {
    std::string homePage; ///< the organisation's home page (http or https): accounts and activity IRIs live under it
    std::optional<std::string> packId; ///< only this pack's records
    std::filesystem::path outFile;     ///< a JSON array of statements; replaced whole, never written through a link
};

struct XapiExportReport {
    std::int64_t statements = 0;
    std::int64_t learners = 0; ///< learners with at least one statement
};

/// Refused with "no-home-page" or "bad-home-page" (the home page is not an absolute http(s)
/// IRI), "report-target" / "report-folder" (replaceReportFile: a link, a folder or another
/// non-file at the target, a missing folder), or the index's or the file system's refusal; a
/// refused export leaves any earlier file as it was. The file is written one learner at a
/// time, to a temporary file in the same folder (only its owner may read it) renamed into
/// place at the end.
scoring::Result<XapiExportReport> exportXapi(OrgIndex& index, const XapiExportOptions& options);

} // namespace mamori::records
