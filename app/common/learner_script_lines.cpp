#include "learner_script_lines.hpp"

#include <cstdio>
#include <optional>

namespace mamori::app {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

/// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF).
std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
        if (lead < 0x80) length = 1;
        else if (lead >= 0xC2 && lead <= 0xDF) length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) low = 0xA0;
            if (lead == 0xED) high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) low = 0x90;
            if (lead == 0xF4) high = 0x8F;
        } else {
            return i;
        }
        if (i + length > text.size()) return i;
        if (length > 1) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            if (second < low || second > high) return i;
            for (std::size_t k = 2; k < length; ++k) {
                if (!isContinuation(static_cast<unsigned char>(text[i + k]))) return i;
            }
        }
        i += length;
    }
    return std::nullopt;
}

/// UTF-16 with a byte-order mark, or without one: then one of the first two bytes of ASCII text is NUL.
bool looksLikeUtf16(std::string_view text)
{
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return true;
    return text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0');
}

/// The line `offset` is on, counting CR LF, LF and a lone CR as line ends.
int lineAt(std::string_view text, std::size_t offset)
{
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++line;
    }
    return line;
}

ScriptLines refuse(int line, std::string why)
{
    ScriptLines refused;
    refused.refusedLine = line;
    refused.refusal = std::move(why);
    return refused;
}

} // namespace

ScriptLines splitScriptLines(std::string_view text)
{
    if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
    if (looksLikeUtf16(text)) return refuse(1, "the script is saved as UTF-16; save it as UTF-8");
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        return refuse(lineAt(text, nul), "the script is not a text file (this line holds a NUL byte)");
    }
    if (const auto bad = firstInvalidUtf8(text)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[*bad])));
        return refuse(lineAt(text, *bad), std::string("the script is not UTF-8 text (byte ") + hex +
                                              " on this line); save it as UTF-8");
    }
    ScriptLines split;
    int number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        split.lines.push_back({++number, text.substr(pos, end - pos)});
        pos = end;
        if (pos < text.size()) pos += text.substr(pos).starts_with("\r\n") ? 2 : 1;
    }
    return split;
}

} // namespace mamori::app
