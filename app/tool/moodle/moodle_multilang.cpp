#include "moodle_multilang.hpp"

#include <cctype>
#include <vector>

namespace mamori::tool::moodle {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

struct Block {
    std::size_t open;         ///< where `{mlang X}` starts
    std::size_t contentBegin;
    std::size_t contentEnd;
    std::size_t close;        ///< just past `{mlang}` (or the end)
    std::string code;
};

/// Finds `{mlang` case-insensitively from `from`.
std::size_t findTag(std::string_view text, std::size_t from)
{
    constexpr std::string_view tag = "{mlang";
    for (std::size_t i = from; i + tag.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < tag.size() && lower(text[i + k]) == tag[k]) ++k;
        if (k == tag.size()) return i;
    }
    return std::string_view::npos;
}

std::vector<Block> blocks(std::string_view text)
{
    std::vector<Block> found;
    std::size_t at = findTag(text, 0);
    while (at != std::string_view::npos) {
        const std::size_t end = text.find('}', at);
        if (end == std::string_view::npos) break;
        std::string code(text.substr(at + 6, end - at - 6));
        while (!code.empty() && std::isspace(static_cast<unsigned char>(code.front()))) code.erase(code.begin());
        while (!code.empty() && std::isspace(static_cast<unsigned char>(code.back()))) code.pop_back();
        if (code.empty()) {   // a stray closing tag: skip it
            at = findTag(text, end + 1);
            continue;
        }
        Block block{at, end + 1, text.size(), text.size(), code};
        const std::size_t next = findTag(text, end + 1);
        if (next != std::string_view::npos) {
            const std::size_t nextEnd = text.find('}', next);
            const bool closing = nextEnd != std::string_view::npos &&
                                 text.substr(next + 6, nextEnd - next - 6).find_first_not_of(" \t\r\n") == std::string_view::npos;
            block.contentEnd = next;
            block.close = closing ? nextEnd + 1 : next;
        }
        found.push_back(block);
        at = block.close < text.size() ? findTag(text, block.close) : std::string_view::npos;
    }
    return found;
}

} // namespace

bool sameLanguage(std::string_view moodleCode, std::string_view language)
{
    const std::size_t cut = moodleCode.find_first_of("_-");
    const std::string_view base = moodleCode.substr(0, cut);
    if (base.size() != language.size()) return false;
    for (std::size_t i = 0; i < base.size(); ++i) {
        if (lower(base[i]) != lower(language[i])) return false;
    }
    return true;
}

unsigned languageBit(std::string_view moodleCode)
{
    if (sameLanguage(moodleCode, "ja")) return 1;
    if (sameLanguage(moodleCode, "en")) return 2;
    return 0;
}

std::string selectMlangBraces(std::string_view text, std::string_view language, MultilangSeen& seen)
{
    const std::vector<Block> found = blocks(text);
    if (found.empty()) return std::string(text);
    seen.any = true;
    bool named = false;
    for (const Block& b : found) {
        seen.languages |= languageBit(b.code);
        named = named || sameLanguage(b.code, language);
    }
    std::string out;
    std::size_t from = 0;
    for (const Block& b : found) {
        out.append(text.substr(from, b.open - from));
        const bool keep = sameLanguage(b.code, language) || (!named && sameLanguage(b.code, "other"));
        if (keep) out.append(text.substr(b.contentBegin, b.contentEnd - b.contentBegin));
        from = b.close;
    }
    if (from < text.size()) out.append(text.substr(from));
    return out;
}

} // namespace mamori::tool::moodle
