#pragma once
// A learner script's bytes as numbered lines, as any editor may have saved them: with or
// without a UTF-8 byte-order mark, with Unix, Windows or old Mac line ends. A file that is
// not UTF-8 text is refused as a whole, once, so that a binary file given by mistake yields
// one message instead of one per "line", and none of its bytes is ever echoed.

#include <string>
#include <string_view>
#include <vector>

namespace mamori::app {

struct ScriptLine {
    int number = 0;         ///< 1 for the first line
    std::string_view text;  ///< without its line end
};

struct ScriptLines {
    std::vector<ScriptLine> lines;  ///< empty when refused
    int refusedLine = 0;            ///< the line of the first bad byte, when refused
    std::string refusal;            ///< why the file is not a script; empty when it is text
    bool ok() const { return refusal.empty(); }
};

/// Splits `text` (a view into which the lines point): a byte-order mark at the start is
/// skipped, and CR LF, LF and a lone CR each end a line. UTF-16, a NUL byte or invalid UTF-8
/// anywhere refuse the file, naming the line of the first bad byte.
ScriptLines splitScriptLines(std::string_view text);

} // namespace mamori::app
