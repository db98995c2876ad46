#include "moodle_html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cctype>
#include <cstring>
#include <string>
#include <vector>
#include <memory>

namespace mamori::tool::moodle {
namespace {

constexpr int kMaxDepth = 100;                       // deeper markup is left out, not recursed into
constexpr std::size_t kMaxHtmlBytes = 4u * 1024 * 1024;

using lessons::Emphasis;
using lessons::RichText;

bool named(const xmlNode* node, const char* name)
{
    return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

bool hasClass(const std::string& classes, std::string_view wanted)
{
    std::size_t at = 0;
    while (at < classes.size()) {
        const std::size_t end = classes.find_first_of(" \t\r\n", at);
        const std::string_view word = std::string_view(classes).substr(at, end == std::string::npos ? std::string::npos : end - at);
        if (word == wanted) return true;
        if (end == std::string::npos) break;
        at = end + 1;
    }
    return false;
}

std::string percentDecode(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

/// Builds runs of text with HTML's whitespace rule: any run of spaces is one space.
class Builder {
public:
    Builder(std::string_view language, MultilangSeen& seen) : language_(language), seen_(seen) {}

    HtmlText take()
    {
        endBlock();
        return std::move(result_);
    }

    void walk(const xmlNode* node, int depth, Emphasis emphasis)
    {
        for (; node; node = node->next) visit(node, depth, emphasis);
    }

private:
    void visit(const xmlNode* node, int depth, Emphasis emphasis)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) text(reinterpret_cast<const char*>(node->content), emphasis);
            return;
        }
        if (node->type != XML_ELEMENT_NODE) return;
        if (depth >= kMaxDepth) {
            result_.cutDeep = true;
            return;
        }
        if (named(node, "script") || named(node, "style") || named(node, "head") || named(node, "title")) return;
        if (named(node, "span") && hasClass(attribute(node, "class"), "multilang")) {
            const std::string lang = attribute(node, "lang");
            seen_.any = true;
            seen_.languages |= languageBit(lang);
            if (!sameLanguage(lang, language_)) return;
        }
        if (named(node, "br")) {
            space();
            return;
        }
        if (named(node, "img")) {
            result_.images.push_back({percentDecode(attribute(node, "src")), attribute(node, "alt")});
            return;
        }
        if (named(node, "table")) result_.hadTable = true;
        if (named(node, "ul") || named(node, "ol")) {
            endBlock();
            const auto kind = named(node, "ol") ? HtmlBlock::Kind::NumberedList : HtmlBlock::Kind::BulletList;
            const bool outer = !inList_;
            if (outer) {
                inList_ = true;
                current_ = HtmlBlock{kind, {}};
            }
            walk(node->children, depth + 1, emphasis);
            if (outer) {
                endItem();
                if (!current_.items.empty()) result_.blocks.push_back(std::move(current_));
                current_ = HtmlBlock{};
                inList_ = false;
            }
            return;
        }
        if (named(node, "li")) {
            if (inList_) endItem();
            walk(node->children, depth + 1, emphasis);
            if (inList_) endItem();
            return;
        }
        const bool block = named(node, "p") || named(node, "div") || named(node, "h1") || named(node, "h2") || named(node, "h3") ||
                           named(node, "h4") || named(node, "h5") || named(node, "h6") || named(node, "blockquote") ||
                           named(node, "pre") || named(node, "tr") || named(node, "section") || named(node, "article");
        if (block && !inList_) endBlock();
        if (block && inList_) space();
        Emphasis inner = emphasis;
        if (emphasis == Emphasis::None) {   // the format does not nest emphasis: the outer style wins
            if (named(node, "strong") || named(node, "b")) inner = Emphasis::Strong;
            else if (named(node, "em") || named(node, "i")) inner = Emphasis::Em;
        }
        walk(node->children, depth + 1, inner);
        if (named(node, "td") || named(node, "th")) space();
        if (block && !inList_) endBlock();
        if (block && inList_) space();
    }

    void text(std::string_view raw, Emphasis emphasis)
    {
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(raw[i]);
            // U+00A0 (&nbsp;) is C2 A0 in UTF-8: a space in a trainer's eyes.
            if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xA0) {
                space();
                ++i;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space();
            } else if (c < 0x20 || c == 0x7F) {
                // control characters are not text: XML 1.0 forbids most of them
            } else {
                append(raw[i], emphasis);
            }
        }
    }

    void space() { pendingSpace_ = true; }

    void append(char c, Emphasis emphasis)
    {
        RichText& target = line_;
        if (pendingSpace_ && !target.spans.empty()) {
            // The space goes outside any emphasis: "a <b>b</b> c" reads "a ", "b", " c".
            const Emphasis last = target.spans.back().emphasis;
            if (last == Emphasis::None || last == emphasis) target.spans.back().text += ' ';
            else target.spans.emplace_back(std::string(" "), Emphasis::None);
        }
        pendingSpace_ = false;
        if (target.spans.empty() || target.spans.back().emphasis != emphasis) {
            target.spans.emplace_back(std::string(), emphasis);
        }
        target.spans.back().text += c;
    }

    void endItem()
    {
        pendingSpace_ = false;
        if (!line_.spans.empty()) current_.items.push_back(std::move(line_));
        line_ = RichText{};
    }

    void endBlock()
    {
        if (inList_) {
            endItem();
            return;
        }
        pendingSpace_ = false;
        if (!line_.spans.empty()) result_.blocks.push_back(HtmlBlock{HtmlBlock::Kind::Paragraph, {std::move(line_)}});
        line_ = RichText{};
    }

    using Span = lessons::Span;
    std::string_view language_;
    MultilangSeen& seen_;
    HtmlText result_;
    HtmlBlock current_;
    RichText line_;
    bool inList_ = false;
    bool pendingSpace_ = false;
};

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

/// Merges neighbouring runs of one style and trims the ends.
RichText tidy(RichText text)
{
    RichText out;
    for (auto& span : text.spans) {
        if (span.text.empty()) continue;
        if (!out.spans.empty() && out.spans.back().emphasis == span.emphasis) out.spans.back().text += span.text;
        else out.spans.push_back(std::move(span));
    }
    while (!out.spans.empty()) {
        auto& first = out.spans.front().text;
        while (!first.empty() && first.front() == ' ') first.erase(first.begin());
        if (!first.empty()) break;
        out.spans.erase(out.spans.begin());
    }
    while (!out.spans.empty()) {
        auto& last = out.spans.back().text;
        while (!last.empty() && last.back() == ' ') last.pop_back();
        if (!last.empty()) break;
        out.spans.pop_back();
    }
    return out;
}

} // namespace

HtmlText htmlToText(std::string_view html, std::string_view language, MultilangSeen& seen)
{
    const std::string chosen = selectMlangBraces(html.substr(0, kMaxHtmlBytes), language, seen);
    Builder builder(language, seen);
    if (chosen.find_first_not_of(" \t\r\n") != std::string::npos) {
        // The fragment goes in a body of its own, so that text before any tag is body text.
        const std::string page = "<html><head><meta charset=\"utf-8\"></head><body>" + chosen + "</body></html>";
        std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(page.data(), static_cast<int>(page.size()), "moodle.html", "UTF-8",
                                                            HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                                                HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT));
        if (doc) {
            const xmlNode* root = xmlDocGetRootElement(doc.get());
            if (root) builder.walk(root->children, 1, lessons::Emphasis::None);
        }
    }
    HtmlText text = builder.take();
    for (HtmlBlock& block : text.blocks) {
        std::vector<RichText> kept;
        for (RichText& item : block.items) {
            RichText t = tidy(std::move(item));
            if (!t.spans.empty()) kept.push_back(std::move(t));
        }
        block.items = std::move(kept);
    }
    std::erase_if(text.blocks, [](const HtmlBlock& b) { return b.items.empty(); });
    return text;
}

lessons::RichText HtmlText::flat() const
{
    RichText out;
    auto add = [&](const RichText& part, std::string_view prefix) {
        if (!out.spans.empty()) out.spans.push_back(lessons::Span(" "));
        if (!prefix.empty()) out.spans.push_back(lessons::Span(std::string(prefix)));
        out.spans.insert(out.spans.end(), part.spans.begin(), part.spans.end());
    };
    for (const HtmlBlock& block : blocks) {
        int number = 0;
        for (const RichText& item : block.items) {
            ++number;
            switch (block.kind) {
            case HtmlBlock::Kind::Paragraph: add(item, ""); break;
            case HtmlBlock::Kind::BulletList: add(item, "・"); break;
            case HtmlBlock::Kind::NumberedList: add(item, std::to_string(number) + ". "); break;
            }
        }
    }
    return tidy(std::move(out));
}

bool HtmlText::joinsBlocks() const
{
    if (blocks.size() > 1) return true;
    return !blocks.empty() && blocks.front().kind != HtmlBlock::Kind::Paragraph;
}

std::string plainOf(const lessons::RichText& text)
{
    std::string out;
    for (const auto& span : text.spans) out += span.text;
    return out;
}

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace mamori::tool::moodle
