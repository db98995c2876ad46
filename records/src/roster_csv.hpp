#pragma once
// CSV records (RFC 4180, through libcsv) with the line each starts on, so that a roster's
// problems can be reported at the line a person edits, even after a value with line breaks.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::records {

/// No roster value is longer; a longer one is kept out of memory and reported.
constexpr std::size_t kMaxCsvFieldBytes = 4096;
/// No roster has more columns; a record's further values are dropped and reported.
constexpr std::size_t kMaxCsvFields = 1024;
/// A value this long is not a roster's (a quote that is never closed, or not a CSV file at
/// all): reading stops.
constexpr std::size_t kMaxCsvRunawayBytes = 1024 * 1024;

struct CsvField {
    std::string text;     ///< empty when too long
    bool tooLong = false; ///< longer than kMaxCsvFieldBytes
};

struct CsvRecord {
    int line = 0;                 ///< the physical line the record starts on
    std::vector<CsvField> fields; ///< at most kMaxCsvFields
    bool tooManyFields = false;   ///< it had more, which were dropped
};

struct CsvProblem {
    int line = 0;
    std::string code;
    std::string message;
};

/// Reads `text` (UTF-8) record by record. Blank lines give no record; a record with a
/// stray quote is dropped and reported, and reading goes on at the next line. Returns the
/// problem that stopped reading early, if one did (a runaway value).
std::optional<CsvProblem> readCsvRecords(std::string_view text, const std::function<void(CsvRecord&&)>& onRecord,
                                         const std::function<void(CsvProblem&&)>& onProblem);

} // namespace mamori::records
