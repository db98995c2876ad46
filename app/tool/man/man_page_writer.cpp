#include "man_page_writer.hpp"

#include <cctype>
#include <vector>

namespace mamori::tool::man {
namespace {

bool isWordCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

bool isUpper(char c)
{
    return std::isupper(static_cast<unsigned char>(c));
}

std::size_t indentOf(std::string_view line)
{
    const std::size_t first = line.find_first_not_of(' ');
    return first == std::string_view::npos ? line.size() : first;
}

/// "--help, --version": options alone, with nothing said of them.
bool onlyOptions(std::string_view body)
{
    std::size_t pos = 0;
    while (pos < body.size()) {
        const std::size_t end = std::min(body.find(' ', pos), body.size());
        if (body[pos] != '-') return false;
        pos = end + 1;
    }
    return true;
}

/// "TERM  what it does": the term, and where the description starts; the term is short and
/// is not the start of a sentence in brackets.
bool splitItem(std::string_view body, std::string_view& term, std::string_view& description)
{
    constexpr std::size_t kLongestTerm = 32;
    const std::size_t gap = body.find("  ");
    if (gap == std::string_view::npos || gap == 0 || gap > kLongestTerm || body.front() == '(') return false;
    term = body.substr(0, gap);
    description = body.substr(body.find_first_not_of(' ', gap));
    return true;
}

/// The blocks of a help text, put out as troff as each one ends.
class HelpConverter {
public:
    std::string convert(std::string_view help)
    {
        std::size_t pos = 0;
        while (pos < help.size()) {
            const std::size_t end = std::min(help.find('\n', pos), help.size());
            take(help.substr(pos, end - pos));
            pos = end + 1;
        }
        flush();
        return out_;
    }

private:
    enum class Block { None, Synopsis, Paragraph, Item, Lines };

    void take(std::string_view line)
    {
        const std::size_t indent = indentOf(line);
        const std::string_view body = line.substr(indent);
        if (body.empty()) {
            flush();
            inUsage_ = false;
            return;
        }
        if (body.starts_with("usage: ")) {
            flush();
            inUsage_ = true;
            start(Block::Synopsis, indent, body.substr(7));
            return;
        }
        // Under "usage:", the further synopses and their continuations are indented by 7 or more.
        constexpr std::size_t kUsageIndent = 7;
        if (inUsage_ && indent >= kUsageIndent) {
            if (block_ == Block::Synopsis && body.front() == '[')
                append(body);
            else if (body.starts_with("mamori")) {
                if (block_ == Block::Synopsis)
                    lines_.emplace_back(body);
                else {
                    flush();
                    start(Block::Synopsis, indent, body);
                }
            } else if (block_ == Block::Paragraph && indent == indent_ && !ended_)
                append(body);
            else {
                flush();
                start(Block::Paragraph, indent, body);
            }
            return;
        }
        inUsage_ = false;
        if (block_ == Block::Item && indent > indent_) {
            append(body);
            return;
        }
        std::string_view term, description;
        if (indent > 0 && splitItem(body, term, description)) {
            flush();
            start(Block::Item, indent, description);
            tag_ = term;
            return;
        }
        if (indent > 0 && onlyOptions(body)) {
            flush();
            start(Block::Item, indent, "");
            tag_ = body;
            return;
        }
        if (block_ == Block::Paragraph && indent == indent_ && !ended_) {
            append(body);
            return;
        }
        if ((block_ == Block::Paragraph && indent > indent_) || (block_ == Block::Lines && indent == indent_)) {
            if (block_ == Block::Paragraph) {
                flush();
                start(Block::Lines, indent, body);
            } else {
                lines_.emplace_back(body);
            }
            return;
        }
        flush();
        start(Block::Paragraph, indent, body);
    }

    void start(Block block, std::size_t indent, std::string_view text)
    {
        block_ = block;
        indent_ = indent;
        lines_.assign(1, std::string(text));
        ended_ = text.ends_with('.');
    }

    /// The text goes on in the block's last line (filled: one space between).
    void append(std::string_view text)
    {
        std::string& last = lines_.back();
        last += (last.empty() ? "" : " ") + std::string(text);
        ended_ = text.ends_with('.');
    }

    void flush()
    {
        switch (block_) {
        case Block::None: break;
        case Block::Synopsis:
            // Each synopsis on a line of its own; one that wraps goes on indented under its start.
            out_ += ".PP\n.in +4n\n";
            for (const std::string& synopsis : lines_) out_ += ".ti -4n\n" + textLine(styled(synopsis)) + '\n';
            out_ += ".in\n";
            break;
        case Block::Paragraph: out_ += paragraph(lines_.front()); break;
        case Block::Item:
            out_ +=
                lines_.front().empty() ? ".PP\n" + textLine(styled(tag_)) + '\n' : item(styled(tag_), lines_.front());
            break;
        case Block::Lines:
            out_ += ".RS\n";
            for (std::size_t i = 0; i < lines_.size(); ++i)
                out_ += (i ? ".br\n" : "") + textLine(escaped(lines_[i])) + '\n';
            out_ += ".RE\n";
            break;
        }
        block_ = Block::None;
        lines_.clear();
    }

    std::string out_;
    Block block_ = Block::None;
    std::size_t indent_ = 0;
    std::vector<std::string> lines_; // a block's text: one per synopsis or list line, else one
    std::string tag_;
    bool ended_ = false; // the paragraph's last line ends a sentence
    bool inUsage_ = false;
};

} // namespace

std::string escaped(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    return out;
}

std::string styled(std::string_view text)
{
    std::string out;
    bool first = true;
    for (std::size_t i = 0; i < text.size();) {
        if (!isWordCharacter(text[i])) {
            // A line may break after the | of "a|b|c" (\: breaks there with no hyphen).
            out += escaped(text.substr(i, 1)) + (text[i] == '|' ? "\\:" : "");
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isWordCharacter(text[end])) ++end;
        const std::string_view word = text.substr(i, end - i);
        const char font = first || word.front() == '-' || std::islower(static_cast<unsigned char>(word.front())) ? 'B'
                          : isUpper(word.front())                                                                ? 'I'
                                                                                                                 : 'R';
        out += font == 'R' ? escaped(word) : "\\f" + std::string(1, font) + escaped(word) + "\\fR";
        first = false;
        i = end;
    }
    return out;
}

std::string bold(std::string_view text)
{
    return "\\fB" + escaped(text) + "\\fR";
}

std::string textLine(std::string_view troff)
{
    const bool looksLikeRequest = !troff.empty() && (troff.front() == '.' || troff.front() == '\'');
    return (looksLikeRequest ? "\\&" : "") + std::string(troff);
}

std::string helpToTroff(std::string_view help)
{
    return HelpConverter().convert(help);
}

std::string pageHeader(std::string_view name, std::string_view version)
{
    std::string title;
    for (const char c : name) title += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return ".\\\" Written at build time by mamori-man-pages (app/tool/man) from the programs' own help\n"
           ".\\\" texts and settings table: change those, not this page.\n"
           ".TH " +
           escaped(title) + " 1 \"\" \"Mamori " + escaped(version) + "\" \"User Commands\"\n" +
           // Paths and options read best whole, and help texts ragged on the right as printed.
           ".nh\n.ad l\n";
}

std::string section(std::string_view title)
{
    return ".SH \"" + escaped(title) + "\"\n";
}

std::string subsection(std::string_view title)
{
    return ".SS \"" + escaped(title) + "\"\n";
}

std::string paragraph(std::string_view text)
{
    return ".PP\n" + textLine(escaped(text)) + '\n';
}

std::string item(std::string_view tag, std::string_view text)
{
    return ".TP\n" + textLine(tag) + '\n' + textLine(escaped(text)) + '\n';
}

} // namespace mamori::tool::man
