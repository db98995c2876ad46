#pragma once
// One pass over the raw markup before tinyxml2 builds anything, for what tinyxml2 accepts but
// XML does not (a second root element, undefined entities, character references to NUL or
// surrogates, processing instructions) and for floods that would cost seconds and hundreds of
// megabytes to build only to be refused: too many elements, children or attributes.

#include "element_rules.hpp"
#include "mamori/lessons/diagnostic.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace mamori::lessons::detail {

struct ScanLimits {
    std::string_view root;                     ///< the root element's name, for messages
    std::size_t maxElements;                   ///< in the whole file
    const ElementRules* rules;                 ///< how many children each element may have
};

struct ScanResult {
    bool flood = false;                         ///< refused: the file must not be parsed at all
    std::size_t rootEnd = std::string_view::npos; ///< where the root element closed, when it did
    bool contentAfterRoot = false;              ///< reported; parse only up to rootEnd
    /// Processing instructions that were reported: blanked before parsing, so that tinyxml2
    /// neither repeats them in its own words nor stops there.
    std::vector<std::pair<std::size_t, std::size_t>> blanked;
};

/// Reports every markup problem with its line. Other than a flood, problems are errors but
/// parsing may go on to find more.
ScanResult scanMarkup(std::string_view xml, const ScanLimits& limits, DiagnosticList& diagnostics);

/// Replaces CR LF and lone CR with LF, as an XML parser must, so that lines count right in
/// files saved with old Mac line ends. Returns `xml` itself when it holds no CR.
std::string_view normaliseLineEnds(std::string_view xml, std::string& storage);

} // namespace mamori::lessons::detail
