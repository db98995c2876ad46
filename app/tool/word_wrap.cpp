#include "word_wrap.hpp"

#include <algorithm>

namespace mamori::tool {

std::string wrapWords(std::string_view text, std::size_t width, std::size_t indent, std::size_t firstColumn)
{
    std::string out;
    std::size_t column = firstColumn;
    bool lineEmpty = true;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (text[pos] == ' ') {
            ++pos;
            continue;
        }
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        const std::string_view word = text.substr(pos, end - pos);
        pos = end;
        if (!lineEmpty && column + 1 + word.size() > width) {
            out += '\n' + std::string(indent, ' ');
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        lineEmpty = false;
    }
    return out + '\n';
}

} // namespace mamori::tool
