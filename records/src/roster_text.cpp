#include "roster_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <climits>

namespace mamori::records {

std::string foldCompatibility(std::string_view text)
{
    // ASCII is its own NFKC, and most of a roster is ASCII.
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return std::string(text);
    }
    // Roster values are at most a few kilobytes (the CSV reader cuts longer ones), far
    // below UnicodeString's int32_t limit.
    if (text.size() > INT32_MAX / 2) return std::string(text);
    const icu::UnicodeString input =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return std::string(text);
    const icu::UnicodeString folded = nfkc->normalize(input, status);
    if (U_FAILURE(status)) return std::string(text);
    std::string out;
    folded.toUTF8String(out);
    return out;
}

namespace {

/// The length of the white space that `text` starts with, or 0.
std::size_t spaceAtStart(std::string_view text)
{
    for (std::string_view space : {"\xE3\x80\x80", "\xC2\xA0", "\xEF\xBB\xBF"}) {
        if (text.starts_with(space)) return space.size();
    }
    return !text.empty() && std::string_view(" \t\r\n\v\f").find(text.front()) != std::string_view::npos ? 1 : 0;
}

/// The length of the white space that `text` ends with, or 0.
std::size_t spaceAtEnd(std::string_view text)
{
    for (std::string_view space : {"\xE3\x80\x80", "\xC2\xA0", "\xEF\xBB\xBF"}) {
        if (text.ends_with(space)) return space.size();
    }
    return !text.empty() && std::string_view(" \t\r\n\v\f").find(text.back()) != std::string_view::npos ? 1 : 0;
}

} // namespace

std::string_view trimSpaces(std::string_view text)
{
    while (std::size_t n = spaceAtStart(text)) text.remove_prefix(n);
    while (std::size_t n = spaceAtEnd(text)) text.remove_suffix(n);
    return text;
}

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

int lineAtOffset(std::string_view text, std::size_t offset)
{
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++line;
    }
    return line;
}

} // namespace mamori::records
