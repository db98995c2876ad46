#include "text_table.hpp"

#include "mamori/lessons/line_text.hpp"

#include <algorithm>
#include <ostream>

namespace mamori::tool {

void TextTable::print(std::ostream& out) const
{
    std::vector<std::size_t> widths;
    for (const auto& row : rows_) {
        if (widths.size() < row.size()) widths.resize(row.size(), 0);
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], lessons::displayWidth(row[c]));
    }
    auto line = [&](const std::vector<std::string>& row) {
        std::string text;
        for (std::size_t c = 0; c < row.size(); ++c) {
            text += row[c];
            if (c + 1 < row.size()) text += std::string(widths[c] - lessons::displayWidth(row[c]) + 2, ' ');
        }
        out << text.substr(0, text.find_last_not_of(' ') + 1) << '\n';
    };
    line(rows_.front());
    std::size_t total = 0;
    for (std::size_t w : widths) total += w + 2;
    out << std::string(total > 2 ? total - 2 : 0, '-') << '\n';
    for (std::size_t r = 1; r < rows_.size(); ++r) line(rows_[r]);
}

} // namespace mamori::tool
