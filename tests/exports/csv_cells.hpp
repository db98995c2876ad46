#pragma once
// Reading a CSV back in the tests, cell by cell, remembering which cells were quoted (in
// LibreOffice's CSV with "quote all text cells", a quoted cell is text, a bare one a number).

#include <string>
#include <string_view>
#include <vector>

namespace mamori::test {

struct CsvCell {
    std::string value;
    bool quoted = false;
};
using CsvRows = std::vector<std::vector<CsvCell>>;

/// RFC 4180: commas, doubled quotes, and line breaks inside quotes; a leading BOM is skipped.
inline CsvRows parseCsv(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    CsvRows rows;
    std::vector<CsvCell> row;
    CsvCell cell;
    bool inQuotes = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell.value += text[++i];
            else if (c == '"') inQuotes = false;
            else cell.value += c;
        } else if (c == '"') {
            inQuotes = cell.quoted = any = true;
        } else if (c == ',') {
            row.push_back(cell);
            cell = {};
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(cell);
            rows.push_back(row);
            row.clear();
            cell = {};
            any = false;
        } else {
            cell.value += c;
            any = true;
        }
    }
    if (any || !row.empty()) {
        row.push_back(cell);
        rows.push_back(row);
    }
    return rows;
}

} // namespace mamori::test
