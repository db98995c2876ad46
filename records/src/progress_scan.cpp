#include "progress_scan.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace mamori::records {
namespace {

constexpr std::string_view kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
constexpr int kMaxDepth = 8;   // a progress file nests four deep

struct Entity {
    std::string_view pattern;
    char value;
};
constexpr Entity kEntities[] = {{"&quot;", '"'}, {"&amp;", '&'}, {"&apos;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}};

// Fewer than tinyxml2 takes: whitespace it also skips, names it also reads.
constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}
constexpr bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

/// A table per byte, for the loops that run over most of a file's bytes.
using ByteTable = std::array<bool, 256>;
constexpr ByteTable kNameChars = [] {
    ByteTable table{};
    for (int c = 0; c < 256; ++c) {
        table[c] = isNameStart(static_cast<char>(c)) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }
    return table;
}();
/// Where a plain attribute value stops: its closing quote, or something to replace or refuse.
constexpr ByteTable kValueStops = [] {
    ByteTable table{};
    for (int c = 0; c < 0x20; ++c) table[c] = true;   // the content's closing NUL among them
    table['"'] = table['&'] = table['<'] = true;
    return table;
}();

bool isNameChar(char c)
{
    return kNameChars[static_cast<unsigned char>(c)];
}

/// Reads a double-quoted value starting at `p` (just past its opening quote), replacing
/// entities in place and ending it with a NUL; returns the position past its closing quote,
/// or nullptr for a value the scanner leaves to tinyxml2.
char* scanValue(char* p, const char* end)
{
    // Most values are ids, times and numbers: nothing to replace before the closing quote.
    char* q = p;
    while (!kValueStops[static_cast<unsigned char>(*q)]) ++q;
    if (*q == '"') {
        *q = '\0';
        return q + 1;
    }
    char* const close = static_cast<char*>(std::memchr(q, '"', static_cast<std::size_t>(end - q)));
    if (!close) return nullptr;
    char* out = q;   // what comes before stays where it is
    p = q;
    while (p < close) {
        const char c = *p;
        if (c == '&') {
            const auto at = std::find_if(std::begin(kEntities), std::end(kEntities), [&](const Entity& entity) {
                return static_cast<std::size_t>(close - p) >= entity.pattern.size() &&
                       std::string_view(p, entity.pattern.size()) == entity.pattern;
            });
            if (at == std::end(kEntities)) return nullptr;   // a character reference, or not an entity
            *out++ = at->value;
            p += at->pattern.size();
        } else if (static_cast<unsigned char>(c) < 0x20 || c == '<') {
            return nullptr;   // a control character, or markup
        } else {
            *out++ = *p++;
        }
    }
    *out = '\0';
    return close + 1;
}

} // namespace

const char* ScannedElement::Attribute(const char* name) const
{
    // The reader mostly asks for attributes in the order Mamori writes them: start after the last found.
    for (int n = 0, i = nextLookup_; n < attributeCount_; ++n, i = i + 1 == attributeCount_ ? 0 : i + 1) {
        const char* candidate = attributes_[i].name;
        if (candidate[0] == name[0] && std::strcmp(candidate, name) == 0) {
            nextLookup_ = i + 1 == attributeCount_ ? 0 : i + 1;
            return attributes_[i].value;
        }
    }
    return nullptr;
}

std::optional<ProgressScan> ProgressScan::scan(std::string_view content)
{
    ProgressScan s;
    s.text_.reserve(content.size() + 1);
    s.text_.assign(content.begin(), content.end());
    s.text_.push_back('\0');
    // Reserved to upper bounds, so that they never move and pointers into them stay valid.
    s.elements_.reserve(static_cast<std::size_t>(std::count(content.begin(), content.end(), '<')));
    s.attributes_.reserve(static_cast<std::size_t>(std::count(content.begin(), content.end(), '"')) / 2);

    char* p = s.text_.data();
    const char* const end = p + content.size();
    if (content.starts_with(kDeclaration)) p += kDeclaration.size();
    ScannedElement* open[kMaxDepth] = {};        // elements whose end tag is still to come
    ScannedElement* lastChild[kMaxDepth] = {};   // the last child seen of each
    int depth = 0;
    bool rootDone = false;
    while (true) {
        while (isSpace(*p)) ++p;
        if (p == end) break;
        if (*p != '<') return std::nullopt;   // text, or the NUL of a content that has one
        ++p;
        if (*p == '/') {
            if (depth == 0) return std::nullopt;
            const char* name = open[depth - 1]->name_;
            const std::size_t length = std::strlen(name);
            ++p;
            if (static_cast<std::size_t>(end - p) < length + 1 || std::memcmp(p, name, length) != 0 || p[length] != '>') {
                return std::nullopt;
            }
            p += length + 1;
            if (--depth == 0) rootDone = true;
            continue;
        }
        // A comment, a declaration out of place, a second root or too deep a nesting.
        if (!isNameStart(*p) || rootDone || depth == kMaxDepth) return std::nullopt;

        ScannedElement& element = s.elements_.emplace_back();
        if (depth > 0) {
            if (lastChild[depth - 1]) lastChild[depth - 1]->nextSibling_ = &element;
            else open[depth - 1]->firstChild_ = &element;
            lastChild[depth - 1] = &element;
        }
        element.name_ = p;
        while (isNameChar(*p)) ++p;
        char* const nameEnd = p;
        element.attributes_ = s.attributes_.data() + s.attributes_.size();
        bool selfClosed = false;
        while (true) {
            const bool spaced = isSpace(*p);
            while (isSpace(*p)) ++p;
            if (*p == '>') {
                ++p;
                break;
            }
            if (*p == '/') {
                if (p[1] != '>') return std::nullopt;
                p += 2;
                selfClosed = true;
                break;
            }
            if (!spaced || !isNameStart(*p)) return std::nullopt;
            char* const name = p;
            while (isNameChar(*p)) ++p;
            if (p[0] != '=' || p[1] != '"') return std::nullopt;
            *p = '\0';
            const char* const value = p + 2;
            p = scanValue(p + 2, end);
            if (!p) return std::nullopt;
            if (element.Attribute(name)) return std::nullopt;   // tinyxml2 refuses a duplicate
            s.attributes_.push_back({name, value});
            ++element.attributeCount_;
        }
        *nameEnd = '\0';   // only now: it may have been the '>' or '/' read above
        if (selfClosed) {
            if (depth == 0) rootDone = true;
        } else {
            open[depth] = &element;
            lastChild[depth] = nullptr;
            ++depth;
        }
    }
    if (!rootDone) return std::nullopt;
    return s;
}

} // namespace mamori::records
