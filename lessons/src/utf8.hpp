#pragma once
// Minimal UTF-8 helpers: validation with a byte offset (for FILE:LINE reports) and
// reading code points for whitespace rules. Conversions go through ICU elsewhere.

#include <bit>
#include <cstddef>
#include <cstdint>
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

/// Of eight bytes read into a word (memcpy), the place of the first whose high bit is set in
/// `flags` (which has no other bits), in memory order.
inline std::size_t firstFlaggedByte(std::uint64_t flags)
{
    const int bit = std::endian::native == std::endian::little ? std::countr_zero(flags) : std::countl_zero(flags);
    return static_cast<std::size_t>(bit) / 8;
}

/// Of eight bytes read into a word, the high bit of the last one in memory order.
inline bool lastByteFlagged(std::uint64_t flags)
{
    return (std::endian::native == std::endian::little ? flags >> 63 : (flags >> 7) & 1) != 0;
}

/// How many line feeds `text` holds (counted eight bytes at a time).
std::size_t countNewlines(std::string_view text);

/// 1-based line number of byte `offset`.
int lineOfOffset(std::string_view text, std::size_t offset);

} // namespace mamori::lessons::detail
