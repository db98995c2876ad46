// The report as an Excel workbook through libxlsxwriter: a summary sheet and a detail sheet,
// dates as real dates, numbers as numbers, and text always as text (never a formula), with
// the header row frozen and filtered so that HR can sort and narrow at once.
#include "mamori/records/report_export.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::refuse;
using scoring::RefusalCode;
using scoring::Result;

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* title = nullptr;
    lxw_format* date = nullptr;
};

/// Writes cells, keeping the first error libxlsxwriter reports (a string too long…).
class SheetWriter {
public:
    SheetWriter(lxw_worksheet* sheet, const Formats& formats) : sheet_(sheet), formats_(formats) {}

    void text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format = nullptr)
    {
        keep(worksheet_write_string(sheet_, row, col, value.c_str(), format));
    }
    void cell(lxw_row_t row, lxw_col_t col, const ReportCell& value)
    {
        if (const auto* s = std::get_if<std::string>(&value)) text(row, col, *s);
        else if (const auto* number = std::get_if<double>(&value)) keep(worksheet_write_number(sheet_, row, col, *number, nullptr));
        else if (const auto* day = std::get_if<Date>(&value)) date(row, col, *day);
    }
    void date(lxw_row_t row, lxw_col_t col, Date day)
    {
        lxw_datetime when{int(day.year()), int(unsigned(day.month())), int(unsigned(day.day())), 0, 0, 0.0};
        keep(worksheet_write_datetime(sheet_, row, col, &when, formats_.date));
    }
    /// The headers at `row`, frozen above the rows and filtered, and columns wide enough to read.
    void table(lxw_row_t row, const ReportSheet& sheet)
    {
        for (std::size_t col = 0; col < sheet.headers.size(); ++col) {
            text(row, lxw_col_t(col), sheet.headers[col], formats_.header);
            keep(worksheet_set_column(sheet_, lxw_col_t(col), lxw_col_t(col), columnWidth(sheet, col), nullptr));
        }
        for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            for (std::size_t col = 0; col < sheet.rows[r].size(); ++col) cell(lxw_row_t(row + 1 + r), lxw_col_t(col), sheet.rows[r][col]);
        }
        worksheet_freeze_panes(sheet_, row + 1, 0);
        if (!sheet.headers.empty()) {
            keep(worksheet_autofilter(sheet_, row, 0, lxw_row_t(row + sheet.rows.size()), lxw_col_t(sheet.headers.size() - 1)));
        }
    }
    lxw_error error() const { return error_; }

private:
    /// Roughly the widest text of the column; a Japanese character is about two columns wide.
    static double columnWidth(const ReportSheet& sheet, std::size_t col)
    {
        auto width = [](const std::string& text) {
            double columns = 0;
            for (unsigned char c : text) {
                if (c < 0x80) columns += 1;
                else if ((c & 0xC0) != 0x80) columns += 2;   // the first byte of a multibyte character
            }
            return columns;
        };
        double widest = width(sheet.headers[col]);
        for (const auto& row : sheet.rows) {
            if (const auto* s = std::get_if<std::string>(&row[col])) widest = std::max(widest, width(*s));
        }
        return std::clamp(widest + 2, 10.0, 50.0);
    }
    void keep(lxw_error error)
    {
        if (error_ == LXW_NO_ERROR) error_ = error;
    }

    lxw_worksheet* sheet_;
    const Formats& formats_;
    lxw_error error_ = LXW_NO_ERROR;
};

Formats addFormats(lxw_workbook* workbook)
{
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xDDE4EE);
    formats.title = workbook_add_format(workbook);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    return formats;
}

/// The summary sheet: the report's date and zone above the per-pack totals.
lxw_error writeSummary(lxw_worksheet* sheet, const ReportTable& table, const Formats& formats)
{
    SheetWriter writer(sheet, formats);
    writer.text(0, 0, "研修の受講状況 training status", formats.title);
    writer.text(1, 0, "報告日 report date");
    writer.date(1, 1, table.today);
    writer.text(2, 0, "タイムゾーン time zone");
    writer.text(2, 1, table.timeZone);
    writer.text(3, 0, "名簿にない受講者 learners not on the roster");
    writer.cell(3, 1, double(table.notOnRoster));
    writer.text(4, 0, "個人情報 personal data");
    writer.text(4, 1, "この資料には個人情報が含まれます。 This report holds personal data: handle it under your organisation's rules.");
    writer.table(6, table.summary);
    return writer.error();
}

lxw_error writeDetail(lxw_worksheet* sheet, const ReportTable& table, const Formats& formats)
{
    SheetWriter writer(sheet, formats);
    writer.table(0, table.detail);
    return writer.error();
}

/// Writes the workbook to `file`; messages name `shown`, the export's real name.
Result<Done> writeWorkbook(const ReportTable& table, const std::filesystem::path& file, const std::filesystem::path& shown)
{
    lxw_workbook* workbook = workbook_new(file.c_str());
    if (!workbook) return refuse(RefusalCode::IoError, "cannot create the workbook " + shown.string());
    const Formats formats = addFormats(workbook);
    lxw_worksheet* summary = workbook_add_worksheet(workbook, table.summary.title.c_str());
    lxw_worksheet* detail = workbook_add_worksheet(workbook, table.detail.title.c_str());
    lxw_error error = (summary && detail) ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;   // the only way adding a sheet of a fixed name fails
    if (error == LXW_NO_ERROR) error = writeSummary(summary, table, formats);
    if (error == LXW_NO_ERROR) error = writeDetail(detail, table, formats);
    const lxw_error closed = workbook_close(workbook);   // frees the workbook, written or not
    if (error == LXW_NO_ERROR) error = closed;
    if (error != LXW_NO_ERROR) return refuse(RefusalCode::IoError, "cannot write the workbook " + shown.string() + ": " + lxw_strerror(error));
    return Done{};
}

} // namespace

Result<Done> writeXlsxReport(const ReportTable& table, const std::filesystem::path& file)
{
    return replaceReportFile(file, [&](const std::filesystem::path& temporary) { return writeWorkbook(table, temporary, file); });
}

} // namespace mamori::records
