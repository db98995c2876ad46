// Help texts into troff: what must be escaped, and which lines become which macros.

#include "man_page_writer.hpp"

#include <doctest/doctest.h>

using namespace mamori::tool::man;

TEST_CASE("troff's special characters are escaped, and a line never starts as a request")
{
    CHECK(escaped("a-b\\c") == "a\\-b\\ec");
    CHECK(textLine(".PP") == "\\&.PP");
    CHECK(textLine("'x") == "\\&'x");
    CHECK(textLine("x.y") == "x.y");
    CHECK(paragraph(".mamori is a folder") == ".PP\n\\&.mamori is a folder\n");
}

TEST_CASE("synopses and tags show options and words in bold, placeholders in italic")
{
    CHECK(styled("--data-dir DIR") == "\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR");
    CHECK(styled("mamori-tool key show [FILE]") == "\\fBmamori\\-tool\\fR \\fBkey\\fR \\fBshow\\fR [\\fIFILE\\fR]");
    CHECK(styled("XDG_CACHE_HOME") == "\\fBXDG_CACHE_HOME\\fR");
    CHECK(styled("ja|en") == "\\fBja\\fR|\\:\\fBen\\fR");
}

TEST_CASE("a help text becomes synopses, tagged paragraphs, paragraphs and lists")
{
    const std::string help = "usage: mamori-tool thing [--flag] FILE\n"
                             "                         [--more]\n"
                             "       mamori-tool thing other\n"
                             "  Does a thing\n"
                             "  over two lines.\n"
                             "  --flag      sets it,\n"
                             "              on two lines\n"
                             "  --help, --version\n"
                             "Listed:\n"
                             "  one \"A\"\n"
                             "  two\n"
                             "Exit status: 0.\n";
    const std::string troff = helpToTroff(help);
    CHECK(troff == ".PP\n"
                   ".in +4n\n"
                   ".ti -4n\n"
                   "\\fBmamori\\-tool\\fR \\fBthing\\fR [\\fB\\-\\-flag\\fR] \\fIFILE\\fR [\\fB\\-\\-more\\fR]\n"
                   ".ti -4n\n"
                   "\\fBmamori\\-tool\\fR \\fBthing\\fR \\fBother\\fR\n"
                   ".in\n"
                   ".PP\n"
                   "Does a thing over two lines.\n"
                   ".TP\n"
                   "\\fB\\-\\-flag\\fR\n"
                   "sets it, on two lines\n"
                   ".PP\n"
                   "\\fB\\-\\-help\\fR, \\fB\\-\\-version\\fR\n"
                   ".PP\n"
                   "Listed:\n"
                   ".RS\n"
                   "one \"A\"\n"
                   ".br\n"
                   "two\n"
                   ".RE\n"
                   ".PP\n"
                   "Exit status: 0.\n");
}
