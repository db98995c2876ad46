#pragma once
// Text folding shared by the roster reader's parts: what HR systems and Excel write in
// full-width or with stray spaces reads the same as the plain ASCII form.

#include <string>
#include <string_view>

namespace mamori::records {

/// `text` in Unicode NFKC: full-width letters, digits and signs become ASCII (`Ｅ１２３` →
/// `E123`, `：` → `:`), U+3000 becomes a space, half-width katakana become full-width.
std::string foldCompatibility(std::string_view text);

/// `text` without white space at either end: ASCII spaces, tabs and line breaks, U+00A0,
/// U+3000 (the full-width space) and U+FEFF (a stray byte-order mark).
std::string_view trimSpaces(std::string_view text);

/// ASCII letters in lower case; everything else as it is.
std::string asciiLower(std::string_view text);

/// The 1-based line of the byte at `offset`, counting `\n`, `\r\n` and a lone `\r` as one
/// line break each, as the CSV reader does.
int lineAtOffset(std::string_view text, std::size_t offset);

} // namespace mamori::records
