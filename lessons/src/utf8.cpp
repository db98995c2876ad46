#include "utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace mamori::lessons::detail {

namespace {

/// How many bytes at `i` are ASCII, looked at eight at a time (the first non-ASCII byte ends it).
std::size_t asciiRun(const unsigned char* bytes, std::size_t i, std::size_t size)
{
    const std::size_t start = i;
    while (i + 8 <= size) {
        std::uint64_t block;
        std::memcpy(&block, bytes + i, 8);
        if (const std::uint64_t high = block & 0x8080808080808080ull) return i - start + firstFlaggedByte(high);
        i += 8;
    }
    while (i < size && bytes[i] < 0x80) ++i;
    return i - start;
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/// The length of the well-formed sequence starting at `i` (Unicode's table 3-7: no overlong
/// forms, no surrogates, nothing above U+10FFFF), or 0 when it is not one.
std::size_t sequenceLength(const unsigned char* bytes, std::size_t i, std::size_t size)
{
    const unsigned char lead = bytes[i];
    if (lead >= 0xC2 && lead <= 0xDF) return i + 1 < size && isContinuation(bytes[i + 1]) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (i + 2 >= size || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])) return 0;
        if (lead == 0xE0 && bytes[i + 1] < 0xA0) return 0;  // overlong
        if (lead == 0xED && bytes[i + 1] >= 0xA0) return 0; // surrogate
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (i + 3 >= size || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2]) ||
            !isContinuation(bytes[i + 3])) {
            return 0;
        }
        if (lead == 0xF0 && bytes[i + 1] < 0x90) return 0;  // overlong
        if (lead == 0xF4 && bytes[i + 1] >= 0x90) return 0; // beyond U+10FFFF
        return 4;
    }
    return 0; // a continuation byte, an overlong lead (C0, C1) or a lead beyond F4
}

} // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    // Packs are mostly ASCII markup, skipped eight bytes at a time; Japanese text comes in runs.
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        i += asciiRun(bytes, i, size);
        while (i < size && bytes[i] >= 0x80) {
            if (i + 3 <= size) {
                // Most of a Japanese text: a three-byte character led by E1-EC or EE-EF, which
                // need no check beyond the pattern 1110xxxx 10xxxxxx 10xxxxxx.
                const std::uint32_t word = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);
                const std::uint32_t leadLow = word & 0x0F;
                if ((word & 0x00C0C0F0u) == 0x008080E0u && leadLow != 0x0 && leadLow != 0xD) {
                    i += 3;
                    continue;
                }
            }
            const std::size_t length = sequenceLength(bytes, i, size);
            if (length == 0) return i;
            i += length;
        }
    }
    return std::nullopt;
}

char32_t decodeUtf8(std::string_view text, std::size_t& pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    length = std::min(length, text.size() - pos);
    char32_t value = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (std::size_t k = 1; k < length; ++k) value = (value << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
    pos += length;
    return value;
}

char32_t lastCodePointBefore(std::string_view text, std::size_t end)
{
    if (end == 0) return 0;
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return decodeUtf8(text, start);
}

bool isWideCharacter(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF)     // CJK radicals, kana, CJK symbols and unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)  // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)  // CJK compatibility ideographs
           || (c >= 0xFF00 && c <= 0xFFEF)  // full-width and half-width forms
           || (c >= 0x20000 && c <= 0x3FFFF);
}

std::size_t countNewlines(std::string_view text)
{
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
    constexpr std::uint64_t kNewlines = 0x0A0A0A0A0A0A0A0Aull;
    std::size_t count = 0;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t block;
        std::memcpy(&block, text.data() + i, 8);
        const std::uint64_t x = block ^ kNewlines; // a zero byte where there was a line feed
        // The high bit of each byte that is zero, exactly (no carries between bytes).
        const std::uint64_t zero = ~(((x & kLow7) + kLow7) | x | kLow7);
        count += static_cast<std::size_t>(((zero >> 7) * 0x0101010101010101ull) >> 56); // sums the bytes' flags
    }
    for (; i < text.size(); ++i) count += text[i] == '\n';
    return count;
}

int lineOfOffset(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(countNewlines(text.substr(0, offset)));
}

} // namespace mamori::lessons::detail
