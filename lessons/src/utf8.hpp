#pragma once
// Minimal UTF-8 helpers: validation with a byte offset (for FILE:LINE reports) and
// reading code points for whitespace rules. Conversions go through ICU elsewhere.

#include <cstddef>
#include <optional>
#include <string_view>

namespace mamori::lessons::detail {

/// The offset of the first byte that is not part of a valid UTF-8 sequence, or nullopt.
/// Rejects overlong forms, surrogates and code points above U+10FFFF.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

/// The code point starting at `pos` (which must be valid UTF-8); advances `pos`.
char32_t decodeUtf8(std::string_view text, std::size_t& pos);

/// The code point that ends just before `end`.
char32_t lastCodePointBefore(std::string_view text, std::size_t end);

/// Japanese and other full-width characters, between which a line break is not a space.
bool isWideCharacter(char32_t c);

/// 1-based line number of byte `offset`.
int lineOfOffset(std::string_view text, std::size_t offset);

} // namespace mamori::lessons::detail
