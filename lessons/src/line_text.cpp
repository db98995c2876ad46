#include "mamori/lessons/line_text.hpp"

#include "utf8.hpp"

#include <algorithm>
#include <cstdio>

namespace mamori::lessons {
namespace {

std::string codePointName(char32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

bool isForbidden(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

} // namespace

std::optional<std::string> lineTextProblem(std::string_view text, std::size_t maxCharacters)
{
    // Most texts in records are ids and numbers: printable ASCII needs no decoding.
    const bool printableAscii = std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (printableAscii) {
        if (text.size() > maxCharacters) return "is longer than " + std::to_string(maxCharacters) + " characters";
        return std::nullopt;
    }
    if (const auto bad = detail::firstInvalidUtf8(text)) {
        return "is not valid UTF-8 (at byte " + std::to_string(*bad + 1) + ")";
    }
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = detail::decodeUtf8(text, pos);
        if (isForbidden(c)) return "contains a control character (" + codePointName(c) + ")";
        if (++count > maxCharacters) return "is longer than " + std::to_string(maxCharacters) + " characters";
    }
    return std::nullopt;
}

std::size_t codePointCount(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size(); ++count) detail::decodeUtf8(text, pos);
    return count;
}

std::size_t displayWidth(std::string_view text)
{
    if (detail::firstInvalidUtf8(text)) return text.size();
    std::size_t width = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = detail::decodeUtf8(text, pos);
        const bool halfWidthForm = (c >= 0xFF61 && c <= 0xFFDC) || (c >= 0xFFE8 && c <= 0xFFEE);
        width += detail::isWideCharacter(c) && !halfWidthForm ? 2 : 1;
    }
    return width;
}

} // namespace mamori::lessons
