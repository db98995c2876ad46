#pragma once
/// \file
/// How typed answers are compared.

#include <string>
#include <string_view>

namespace mamori::lessons {

/// Folds a typed answer to a canonical form: Unicode NFKC (so full-width `ＵＳＢ` and
/// half-width katakana `ｶﾞ` become `USB` and `ガ`), then case folding, then surrounding
/// whitespace removed and inner runs of whitespace (including the ideographic space)
/// collapsed to one space. Invalid UTF-8 is replaced, never rejected.
std::string normalizeAnswer(std::string_view typed);

/// True when `typed` normalises to the same text as `accepted`.
bool answersMatch(std::string_view typed, std::string_view accepted);

} // namespace mamori::lessons
