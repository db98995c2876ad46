#pragma once
// Which encoding a roster's bytes are in, and their text in UTF-8: Excel saves "CSV UTF-8"
// with a byte-order mark, HR systems often without, and older ones in Shift_JIS.

#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

struct RosterText {
    std::string encoding;                 ///< "UTF-8", "UTF-8 with BOM", "Shift_JIS (CP932)"; empty when refused
    std::string problem;                  ///< why the bytes were refused, when they were
    int problemLine = 0;                  ///< where, when that is known
    std::string_view original;            ///< the input without its BOM, when it was UTF-8
    std::optional<std::string> converted; ///< the input in UTF-8, when it was CP932

    /// The roster's text in UTF-8, without a byte-order mark.
    std::string_view text() const { return converted ? std::string_view(*converted) : original; }
};

/// A byte-order mark means UTF-8; so does valid UTF-8; otherwise the bytes must convert from
/// CP932 (ICU's "windows-31j") with no invalid or unmapped byte, or they are refused.
RosterText decodeRosterBytes(std::string_view bytes);

} // namespace mamori::records
