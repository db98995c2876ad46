// The report's detail as CSV for any spreadsheet: RFC 4180 quoting by libcsv, UTF-8 with a
// byte order mark (Excel reads Japanese then), and no cell a spreadsheet would run as a formula.
#include "mamori/records/report_export.hpp"

#include <csv.h>

#include <charconv>

namespace mamori::records {
namespace {

/// What Excel and LibreOffice take for the start of a formula (OWASP's list, "CSV injection").
bool looksLikeFormula(const std::string& text)
{
    return !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r');
}

/// A text cell, always quoted. A formula-looking one gets a leading apostrophe: both
/// spreadsheets then open it as the text it is, and a reader sees why it was changed.
void appendText(std::string& out, const std::string& value)
{
    const std::string cell = looksLikeFormula(value) ? "'" + value : value;
    const std::size_t size = csv_write(nullptr, 0, cell.data(), cell.size());
    const std::size_t at = out.size();
    out.resize(at + size);
    csv_write(out.data() + at, size, cell.data(), cell.size());
}

void appendNumber(std::string& out, double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error == std::errc()) out.append(buffer, end);
}

void appendCell(std::string& out, const ReportCell& cell)
{
    if (const auto* text = std::get_if<std::string>(&cell)) appendText(out, *text);
    else if (const auto* number = std::get_if<double>(&cell)) appendNumber(out, *number);
    else if (const auto* date = std::get_if<Date>(&cell)) out += formatDate(*date);   // 2026-04-01: spreadsheets read it as a date
}

void appendRow(std::string& out, const std::vector<ReportCell>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        appendCell(out, cells[i]);
    }
    out += "\r\n";
}

} // namespace

scoring::Result<scoring::Done> writeCsvReport(const ReportTable& table, const std::filesystem::path& file)
{
    std::string csv = "\xEF\xBB\xBF";
    appendRow(csv, std::vector<ReportCell>(table.detail.headers.begin(), table.detail.headers.end()));
    for (const auto& row : table.detail.rows) appendRow(csv, row);
    return replaceReportFile(file, [&](const std::filesystem::path& temporary) { return writeWholeFile(temporary, csv); });
}

} // namespace mamori::records
