// The report as one printable HTML page: the summary, a stacked bar per pack drawn in inline
// SVG, then the detail. Self-contained (no scripts, fonts or images to fetch), so that it can
// be mailed or archived as one file; every value is escaped, names included.
#include "mamori/records/report_export.hpp"

#include <charconv>
#include <cmath>
#include <string_view>

namespace mamori::records {
namespace {

std::string escaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string number(double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::string();
}

constexpr std::string_view kStyle = R"(
body { font-family: "IPAGothic", "Noto Sans CJK JP", "Hiragino Sans", "Meiryo", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
h2 { font-size: 1.1em; margin-top: 1.6em; }
p.meta { margin: 0.2em 0; }
p.personal { border: 1px solid #c62828; padding: 0.4em 0.8em; color: #c62828; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { background: #dde4ee; }
td.num { text-align: right; }
.chart { display: grid; grid-template-columns: max-content 1fr max-content; gap: 0.3em 0.8em; align-items: center; max-width: 60em; }
.legend span { display: inline-block; margin-right: 1em; }
.legend i { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: middle; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  body { margin: 0; font-size: 9pt; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
)";

struct Segment {
    std::string_view label;
    std::string_view colour;
    int people;
};

/// The parts of a pack's bar, which add up to the people assigned: the completions that
/// expire soon are drawn apart from the other completions.
std::vector<Segment> segments(const PackTotals& p)
{
    return {{"修了 completed", "#2e7d32", p.completed - p.expiringSoon},
            {"まもなく期限切れ expiring soon", "#f9a825", p.expiringSoon},
            {"受講中 in progress", "#1e88e5", p.inProgress},
            {"未着手 not started", "#bdbdbd", p.notStarted},
            {"期限超過 overdue", "#c62828", p.overdue},
            {"期限切れ expired", "#6a1b9a", p.expired}};
}

void appendLegend(std::string& html)
{
    html += "<p class=\"legend\">";
    for (const Segment& s : segments(PackTotals{})) {
        html += "<span><i style=\"background:" + std::string(s.colour) + "\"></i>" + escaped(s.label) + "</span>";
    }
    html += "</p>\n";
}

void appendBar(std::string& html, const PackTotals& pack)
{
    constexpr double kWidth = 400.0;
    html += "<div>" + escaped(pack.packId) + "</div>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + number(kWidth) +
            "\" height=\"18\" role=\"img\" aria-label=\"" + escaped(pack.packId) + "\">";
    double x = 0;
    for (const Segment& s : segments(pack)) {
        if (s.people <= 0 || pack.assigned <= 0) continue;
        const double width = kWidth * s.people / pack.assigned;
        html += "<rect x=\"" + number(x) + "\" y=\"0\" width=\"" + number(width) + "\" height=\"18\" fill=\"" + std::string(s.colour) +
                "\"><title>" + escaped(s.label) + ": " + std::to_string(s.people) + "</title></rect>";
        x += width;
    }
    if (pack.assigned <= 0) html += "<rect x=\"0\" y=\"0\" width=\"" + number(kWidth) + "\" height=\"18\" fill=\"#eeeeee\"/>";
    html += "</svg>\n<div>" + number(std::round(pack.completionRate() * 100) / 100) + "%</div>\n";
}

void appendCell(std::string& html, const ReportCell& cell)
{
    if (const auto* text = std::get_if<std::string>(&cell)) html += "<td>" + escaped(*text) + "</td>";
    else if (const auto* value = std::get_if<double>(&cell)) html += "<td class=\"num\">" + number(*value) + "</td>";
    else if (const auto* date = std::get_if<Date>(&cell)) html += "<td>" + formatDate(*date) + "</td>";
    else html += "<td></td>";
}

void appendTable(std::string& html, const ReportSheet& sheet)
{
    html += "<h2>" + escaped(sheet.title) + "</h2>\n<table>\n<thead><tr>";
    for (const std::string& header : sheet.headers) html += "<th>" + escaped(header) + "</th>";
    html += "</tr></thead>\n<tbody>\n";
    for (const auto& row : sheet.rows) {
        html += "<tr>";
        for (const ReportCell& cell : row) appendCell(html, cell);
        html += "</tr>\n";
    }
    html += "</tbody>\n</table>\n";
}

std::string page(const ReportTable& table)
{
    const std::string title = "研修の受講状況 training status " + formatDate(table.today);
    std::string html = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escaped(title) +
                       "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    html += "<h1>" + escaped(title) + "</h1>\n";
    html += "<p class=\"meta\">報告日 report date: " + formatDate(table.today) + "</p>\n";
    html += "<p class=\"meta\">タイムゾーン time zone: " + escaped(table.timeZone) + "</p>\n";
    html += "<p class=\"meta\">名簿にない受講者 learners not on the roster: " + std::to_string(table.notOnRoster) + "</p>\n";
    html += "<p class=\"personal\">この資料には個人情報が含まれます。 This report holds personal data: handle it under your "
            "organisation's rules.</p>\n";
    appendTable(html, table.summary);
    html += "<h2>研修ごとの状況 status by pack</h2>\n";
    appendLegend(html);
    html += "<div class=\"chart\">\n";
    for (const PackTotals& pack : table.packs) appendBar(html, pack);
    html += "</div>\n";
    appendTable(html, table.detail);
    html += "</body>\n</html>\n";
    return html;
}

} // namespace

scoring::Result<scoring::Done> writeHtmlReport(const ReportTable& table, const std::filesystem::path& file)
{
    const std::string html = page(table);
    return replaceReportFile(file, [&](const std::filesystem::path& temporary) { return writeWholeFile(temporary, html); });
}

} // namespace mamori::records
