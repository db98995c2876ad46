#pragma once
// Writing man pages (troff with the -man macros) from the programs' own help texts, so that
// the pages say what `--help` says. Used by the build-time generator make_man_pages.cpp only.

#include <string>
#include <string_view>

namespace mamori::tool::man {

/// `text` for troff: backslashes as \e, hyphens as \- (so that options copy and paste).
std::string escaped(std::string_view text);

/// A synopsis or a tag: its first word, options and literal (lower-case) words in bold,
/// PLACEHOLDERS in italic, the rest as it is; escaped, a line free to break after each |.
std::string styled(std::string_view text);

/// `text` escaped, in bold.
std::string bold(std::string_view text);

/// A line of text as troff reads it: one that starts with . or ' is not a request.
std::string textLine(std::string_view troff);

/// A help text, as the programs print it, in -man macros:
/// - "usage: PROGRAM ..." and the further "PROGRAM ..." lines under it are synopses (and a
///   line starting with [ continues one);
/// - "  TERM  what it does" (two spaces or more after the term), with deeper-indented lines
///   continuing it, is a tagged paragraph (.TP); so is a line of options alone ("--help, --version");
/// - a line after a paragraph, indented deeper, is a line of a list kept as it is;
/// - other lines are filled paragraphs; one ends at a line ending in '.' or at another indent.
std::string helpToTroff(std::string_view help);

/// .TH, the comment that says where the page comes from, no hyphenation and a ragged right.
std::string pageHeader(std::string_view name, std::string_view version);

/// .SH TITLE / .SS TITLE
std::string section(std::string_view title);
std::string subsection(std::string_view title);

/// A filled paragraph of plain text.
std::string paragraph(std::string_view text);

/// A tagged paragraph: `tag` is troff already (styled(), bold()), `text` plain.
std::string item(std::string_view tag, std::string_view text);

} // namespace mamori::tool::man
