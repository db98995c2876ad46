#pragma once
// Moodle's question texts are HTML fragments. They are parsed with libxml2's HTML parser (which
// knows HTML's entities and mends what browsers mend) and turned into Mamori's text model:
// paragraphs and lists of runs with emphasis, and the pictures the text shows.

#include "moodle_multilang.hpp"

#include "mamori/lessons/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace mamori::tool::moodle {

/// A picture the text shows: `<img src="@@PLUGINFILE@@/name" alt="…">`.
struct HtmlImage {
    std::string source;   ///< the src attribute, %-decoded
    std::string alt;
};

/// A paragraph (one item) or a list (one item per `<li>`).
struct HtmlBlock {
    enum class Kind { Paragraph, BulletList, NumberedList };
    Kind kind = Kind::Paragraph;
    std::vector<lessons::RichText> items;
};

/// One language's version of an HTML fragment.
struct HtmlText {
    std::vector<HtmlBlock> blocks;
    std::vector<HtmlImage> images;
    bool hadTable = false;      ///< a table was read as text
    bool cutDeep = false;       ///< nesting beyond the bound was left out

    /// Everything as one paragraph: blocks joined by a space, list items marked `・`/`1.`.
    lessons::RichText flat() const;
    /// True when flat() joins more than one paragraph or a list (structure is lost).
    bool joinsBlocks() const;
};

/// Parses `html` for `language` (`ja`, `en`): multilang spans and `{mlang}` blocks for other
/// languages are left out. `seen` says which languages the text had its own parts for.
HtmlText htmlToText(std::string_view html, std::string_view language, MultilangSeen& seen);

/// The text with styling and structure dropped, for texts that are plain in a pack (titles,
/// choices, feedback).
std::string plainOf(const lessons::RichText& text);

/// Escapes `text` for HTML (and therefore for XML).
std::string escapeHtml(std::string_view text);

} // namespace mamori::tool::moodle
