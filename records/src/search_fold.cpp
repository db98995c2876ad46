// Folding text for HR's search box: what a person types in any width or kana finds the name
// as the roster wrote it.

#include "mamori/records/people_table.hpp"

#include "roster_text.hpp"

namespace mamori::records {

std::string searchFold(std::string_view text)
{
    const std::string folded = asciiLower(foldCompatibility(text));
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(folded[at]); };
        if (folded[i] == ' ' || folded[i] == '\t') continue;
        // U+3000 (a full-width space NFKC left as a space is gone already); hiragana U+3041–U+3096
        // become katakana U+30A1–U+30F6, 0x60 further on.
        if (byte(i) == 0xE3 && i + 2 < folded.size()) {
            const unsigned codePoint = ((byte(i) & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F);
            if (codePoint >= 0x3041 && codePoint <= 0x3096) {
                const unsigned katakana = codePoint + 0x60;
                out += static_cast<char>(0xE0 | (katakana >> 12));
                out += static_cast<char>(0x80 | ((katakana >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (katakana & 0x3F));
                i += 2;
                continue;
            }
        }
        out += folded[i];
    }
    return out;
}

} // namespace mamori::records
