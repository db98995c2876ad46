#include "xml_scan.hpp"

#include "mamori/lessons/language.hpp"
#include "mamori/lessons/limits.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>

namespace mamori::lessons::detail {
namespace {

/// A flood is refused long before it is built: at twice what the format allows, plus a margin.
constexpr int kFloodFactor = 2;
constexpr int kFloodMargin = 16;
/// Children of elements without a rule (a language element holding <em>s, an unknown name).
constexpr int kChildrenWithoutRule = 4096;

/// Characters that end a tag's name: whitespace, '>', '/', '=' and quotes.
constexpr std::array<bool, 256> kEndsName = [] {
    std::array<bool, 256> ends{};
    for (const unsigned char c : std::string_view(" \t\r\n>/=\"'")) ends[c] = true;
    return ends;
}();

bool isNameChar(char c)
{
    return !kEndsName[static_cast<unsigned char>(c)];
}

bool isXmlChar(std::uint32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

/// The most children an element of `rule` may legally have.
int legalChildren(const ElementRule& rule)
{
    long total = static_cast<long>(kAllLanguages.size());  // translations come before the rule's children
    for (const ChildSlot& slot : rule.children) total += std::min(slot.max, limits::kMaxQuestionsPerQuiz);
    return static_cast<int>(std::min<long>(total, kChildrenWithoutRule));
}

class Scanner {
public:
    Scanner(std::string_view xml, const ScanLimits& limits, DiagnosticList& diagnostics)
        : legalByRule_(limits.rules->size(), -1), xml_(xml), limits_(limits), diagnostics_(diagnostics)
    {
    }

    ScanResult run()
    {
        while (pos_ < xml_.size() && !diagnostics_.full()) {
            if (xml_[pos_] == '<') {
                if (!markup()) {
                    result_.flood = true;
                    break;
                }
            } else {
                text();
            }
        }
        result_.contentAfterRoot = reportedAfterRoot_;
        return result_;
    }

private:
    struct Open {
        std::string_view name;
        int children = 0;
        std::size_t offset = 0; ///< of its start tag, for the line in a report
        int legal = 0;          ///< the children its rule allows
    };

    /// legalChildren, worked out once per rule.
    int legalFor(std::string_view name)
    {
        const ElementRule* rule = limits_.rules->find(name);
        if (!rule) return kChildrenWithoutRule;
        int& legal = legalByRule_[limits_.rules->indexOf(*rule)];
        if (legal < 0) legal = legalChildren(*rule);
        return legal;
    }
    std::vector<int> legalByRule_; ///< -1 until worked out

    std::string_view xml_;
    const ScanLimits& limits_;
    DiagnosticList& diagnostics_;
    std::size_t pos_ = 0;
    std::size_t lineCountedTo_ = 0;
    int line_ = 1;
    std::vector<Open> open_;
    std::size_t elements_ = 0;
    bool rootSeen_ = false;
    bool rootClosed_ = false;
    bool reportedAfterRoot_ = false;
    ScanResult result_;

    void closeRoot()
    {
        rootClosed_ = true;
        if (result_.rootEnd == std::string_view::npos) result_.rootEnd = pos_;
    }

    /// The line of `offset`, asked only to report a problem. Problems come in the order of
    /// the file, so lines are counted forward from the last one, once in all.
    int lineAt(std::size_t offset)
    {
        if (offset < lineCountedTo_) {
            return line_ - static_cast<int>(countNewlines(xml_.substr(offset, lineCountedTo_ - offset)));
        }
        line_ += static_cast<int>(countNewlines(xml_.substr(lineCountedTo_, offset - lineCountedTo_)));
        lineCountedTo_ = offset;
        return line_;
    }

    /// Moves past `terminator`, or to the end when it is missing (tinyxml2 reports that).
    void skipPast(std::string_view terminator)
    {
        const std::size_t end = xml_.find(terminator, pos_);
        pos_ = end == std::string_view::npos ? xml_.size() : end + terminator.size();
    }

    void afterRoot(std::size_t at, std::string_view what)
    {
        if (reportedAfterRoot_) return;
        reportedAfterRoot_ = true;
        diagnostics_.error(lineAt(at), "content-after-root",
                           std::string(what) + " after </" + std::string(limits_.root) + ">; the file must hold one <" +
                               std::string(limits_.root) + "> and nothing after it");
    }

    /// Entity and character references in text or an attribute value.
    void references(std::string_view chunk, std::size_t base)
    {
        for (std::size_t amp = chunk.find('&'); amp != std::string_view::npos; amp = chunk.find('&', amp + 1)) {
            const std::size_t semicolon = chunk.find(';', amp);
            const std::string_view name =
                semicolon == std::string_view::npos ? std::string_view() : chunk.substr(amp + 1, semicolon - amp - 1);
            if (name == "lt" || name == "gt" || name == "amp" || name == "quot" || name == "apos") continue;
            const int line = lineAt(base + amp);
            if (name.empty() || name.size() > 32 || name.find_first_of(" \t\r\n&<") != std::string_view::npos) {
                diagnostics_.error(line, "bad-reference", "a bare '&': write it as &amp;");
                continue;
            }
            if (name.front() != '#') {
                std::string message = "undefined entity &" + std::string(name) + ";: XML knows only &lt; &gt; &amp; &quot; &apos;";
                if (name == "nbsp") message += " (write a space, or &#160; for a non-breaking one)";
                diagnostics_.error(line, "bad-reference", std::move(message));
                continue;
            }
            const bool hex = name.size() > 1 && name[1] == 'x';
            const std::string_view digits = name.substr(hex ? 2 : 1);
            std::uint32_t value = 0;
            const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
            if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) {
                diagnostics_.error(line, "bad-reference",
                                   "&" + std::string(name) + "; is not a character reference (write &#NUMBER; or &#xHEX;)");
            } else if (!isXmlChar(value)) {
                diagnostics_.error(line, "bad-reference",
                                   "&" + std::string(name) + "; refers to a character XML does not allow (NUL, a control "
                                   "character, a surrogate or a code point beyond U+10FFFF)");
            }
        }
    }

    void text()
    {
        const std::size_t start = pos_;
        const std::size_t end = std::min(xml_.find('<', pos_), xml_.size());
        const std::string_view chunk = xml_.substr(start, end - start);
        pos_ = end;
        if (open_.empty()) {
            const std::size_t visible = chunk.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
            if (visible != std::string_view::npos && rootClosed_) afterRoot(start + visible, "text");
            return;  // text before the root is tinyxml2's to report
        }
        references(chunk, start);
    }

    /// `<`: a comment, CDATA, declaration, processing instruction, end tag or start tag.
    bool markup()
    {
        const std::string_view rest = xml_.substr(pos_);
        if (rest.starts_with("<!--")) {
            skipPast("-->");
        } else if (rest.starts_with("<![CDATA[")) {
            if (open_.empty() && rootClosed_) afterRoot(pos_, "a CDATA section");
            skipPast("]]>");
        } else if (rest.starts_with("<!")) {
            skipPast(">");  // <!DOCTYPE>: reported after parsing
        } else if (rest.starts_with("<?")) {
            processingInstruction();
        } else if (rest.starts_with("</")) {
            skipPast(">");
            if (!open_.empty()) open_.pop_back();
            if (open_.empty() && rootSeen_) closeRoot();
        } else {
            return startTag();
        }
        return true;
    }

    void processingInstruction()
    {
        const std::size_t start = pos_;
        std::size_t nameEnd = start + 2;
        while (nameEnd < xml_.size() && isNameChar(xml_[nameEnd]) && xml_[nameEnd] != '?') ++nameEnd;
        std::string target(xml_.substr(start + 2, nameEnd - start - 2));
        std::string lower = target;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        skipPast("?>");
        const bool atStart = xml_.substr(0, start).find_first_not_of("\xEF\xBB\xBF") == std::string_view::npos;
        if (lower == "xml" && atStart) return;
        result_.blanked.emplace_back(start, pos_);
        if (lower == "xml") {
            diagnostics_.error(lineAt(start), "misplaced-declaration",
                               "the <?xml …?> declaration must be the very first thing in the file");
        } else {
            diagnostics_.error(lineAt(start), "processing-instruction",
                               "processing instructions (<?" + target.substr(0, 32) + " …?>) are not supported in " +
                                   std::string(limits_.root) + " files");
        }
    }

    bool startTag()
    {
        const std::size_t start = pos_;
        std::size_t nameEnd = start + 1;
        while (nameEnd < xml_.size() && isNameChar(xml_[nameEnd])) ++nameEnd;
        const std::string_view name = xml_.substr(start + 1, nameEnd - start - 1);

        if (open_.empty() && rootClosed_) afterRoot(start, "a second element <" + std::string(name.substr(0, 32)) + ">");
        if (++elements_ > limits_.maxElements) {
            diagnostics_.error(lineAt(start), "too-many-elements",
                               "the file has more than " + std::to_string(limits_.maxElements) +
                                   " elements, more than any valid file of its size; it is refused unread");
            return false;
        }
        if (!open_.empty()) {
            Open& parent = open_.back();
            const int legal = parent.legal;
            if (++parent.children > kFloodFactor * legal + kFloodMargin) {
                const int parentLine = lineAt(parent.offset);
                diagnostics_.error(lineAt(start), "too-many-elements",
                                   "<" + std::string(parent.name) + "> (line " + std::to_string(parentLine) +
                                       ") has more than " + std::to_string(kFloodFactor * legal + kFloodMargin) +
                                       " child elements, far more than the " + std::to_string(legal) +
                                       " it may have; the file is refused unread");
                return false;
            }
        }

        // Attributes: count them and check their values' references; find the tag's end.
        int attributes = 0;
        std::size_t i = nameEnd;
        bool selfClosing = false;
        while (i < xml_.size() && xml_[i] != '>') {
            const char c = xml_[i];
            if (c == '"' || c == '\'') {
                const std::size_t close = xml_.find(c, i + 1);
                if (close == std::string_view::npos) break;
                references(xml_.substr(i + 1, close - i - 1), i + 1);
                i = close + 1;
                continue;
            }
            if (c == '=' && ++attributes > limits::kMaxAttributesPerTag) {
                diagnostics_.error(lineAt(start), "too-many-attributes",
                                   "an element has more than " + std::to_string(limits::kMaxAttributesPerTag) +
                                       " attributes");
                return false;
            }
            selfClosing = c == '/';
            ++i;
        }
        pos_ = std::min(i + 1, xml_.size());
        if (!selfClosing) {
            if (open_.size() > static_cast<std::size_t>(limits::kMaxNestingDepth)) {
                pos_ = xml_.size();  // too deep to follow: tinyxml2 reports the depth
                return true;
            }
            open_.push_back({name, 0, start, legalFor(name)});
            rootSeen_ = true;
        } else if (open_.empty() && !rootSeen_) {
            rootSeen_ = true;
            closeRoot();
        }
        rootSeen_ = true;
        return true;
    }
};

} // namespace

ScanResult scanMarkup(std::string_view xml, const ScanLimits& limits, DiagnosticList& diagnostics)
{
    return Scanner(xml, limits, diagnostics).run();
}

std::string_view normaliseLineEnds(std::string_view xml, std::string& storage)
{
    if (xml.find('\r') == std::string_view::npos) return xml;
    storage.clear();
    storage.reserve(xml.size());
    std::size_t from = 0;
    for (std::size_t cr = xml.find('\r'); cr != std::string_view::npos; cr = xml.find('\r', from)) {
        storage.append(xml.substr(from, cr - from));
        const bool crlf = cr + 1 < xml.size() && xml[cr + 1] == '\n';
        if (!crlf) storage += '\n';  // CR LF keeps its LF, which the next segment starts with
        from = cr + 1;
    }
    storage.append(xml.substr(from));
    return storage;
}

} // namespace mamori::lessons::detail
