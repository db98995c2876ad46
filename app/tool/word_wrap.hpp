#pragma once
// Help texts are written as one line per item and wrapped when printed, so that the same words
// can also be filled by troff in the man pages (app/tool/man).

#include <cstddef>
#include <string>
#include <string_view>

namespace mamori::tool {

/// `text` broken at spaces into lines of at most `width` columns (a longer word stands alone),
/// each ending in '\n'; every line but the first starts with `indent` spaces, the caller having
/// written the first line's start, `firstColumn` columns wide.
std::string wrapWords(std::string_view text, std::size_t width, std::size_t indent, std::size_t firstColumn);

} // namespace mamori::tool
