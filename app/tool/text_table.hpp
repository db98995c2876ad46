#pragma once
// A table printed with its columns lined up, counting full-width characters (Japanese names)
// as two columns, as terminals draw them.

#include <iosfwd>
#include <string>
#include <vector>

namespace mamori::tool {

class TextTable {
public:
    explicit TextTable(std::vector<std::string> headings) : rows_{std::move(headings)} {}
    void add(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
    std::size_t rows() const { return rows_.size() - 1; }
    /// The headings, a rule, then every row; two spaces between columns, no trailing spaces.
    void print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> rows_;
};

} // namespace mamori::tool
