// HR's report exports from a status report built in memory: what HR sees in the CSV, the
// workbook and the page, and that a refused or failed export leaves nothing behind.

#include "csv_cells.hpp"
#include "tool_fixture.hpp"

#include "mamori/records/report_export.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <set>

using namespace mamori::records;
using namespace mamori::test;
using namespace std::chrono;
namespace fs = std::filesystem;

namespace {

StatusRow row(std::string id, std::string name, AssignmentState state)
{
    StatusRow r;
    r.personId = std::move(id);
    r.name = std::move(name);
    r.department = "営業部";
    r.manager = "M1";
    r.packId = "tour";
    r.status.state = state;
    r.status.due = 2026y / April / 30;
    r.fileStatus = "valid";
    return r;
}

/// Six people on the tour pack: one completed (expiring soon), names that look like formulas
/// or markup, one whose file was edited by hand.
StatusReport sampleStatus()
{
    StatusReport status;
    StatusRow done = row("E1", "山田 花子", AssignmentState::Completed);
    done.status.completedOn = 2026y / April / 1;
    done.status.version = "1.2";
    done.status.score = 200.0 / 3;
    done.status.expiresOn = 2026y / April / 30;
    done.status.expiresSoon = true;
    status.rows.push_back(done);
    status.rows.push_back(row("E2", "=HYPERLINK(\"x\")", AssignmentState::Overdue));
    status.rows.push_back(row("E3", "+81 90 1234 5678", AssignmentState::InProgress));
    status.rows.push_back(row("E4", "-1", AssignmentState::NotStarted));
    status.rows.push_back(row("E5", "@SUM(A1)", AssignmentState::NotStarted));
    StatusRow edited = row("E6", "<script>alert('x')</script> 田中, \"タナ\"\n二行目", AssignmentState::NotStarted);
    edited.fileStatus = "tampered";
    edited.flags = 1;
    edited.left = true;
    status.rows.push_back(edited);
    status.totals["tour"] = {{AssignmentState::Completed, 1},
                             {AssignmentState::Overdue, 1},
                             {AssignmentState::InProgress, 1},
                             {AssignmentState::NotStarted, 3}};
    status.expiringSoon["tour"] = 1;
    status.notOnRoster = {"E9"};
    return status;
}

ReportTable sampleTable()
{
    return makeReportTable(sampleStatus(), 2026y / April / 10, "Asia/Tokyo");
}

std::set<std::string> namesIn(const fs::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
}

/// One member of a zip (an XLSX), through unzip; empty when unzip is missing.
std::string unzipped(const fs::path& archive, const std::string& member, const fs::path& scratch)
{
    const fs::path out = scratch / "member.xml";
    const std::string command = "unzip -p '" + archive.string() + "' '" + member + "' > '" + out.string() + "' 2>/dev/null";
    if (std::system(command.c_str()) != 0) return {};
    return readText(out);
}

bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("the report's summary counts each pack's people, and the completions expiring soon among the completed")
{
    const ReportTable table = sampleTable();
    REQUIRE(table.packs.size() == 1);
    const PackTotals& tour = table.packs[0];
    CHECK(tour.assigned == 6);
    CHECK(tour.completed == 1);
    CHECK(tour.expiringSoon == 1);
    CHECK(tour.notStarted == 3);
    CHECK(tour.completionRate() == doctest::Approx(100.0 / 6));
    CHECK(table.notOnRoster == 1);
    REQUIRE(table.summary.rows.size() == 1);
    CHECK(std::get<double>(table.summary.rows[0].back()) == doctest::Approx(16.67));
    REQUIRE(table.detail.rows.size() == 6);
    CHECK(table.detail.headers[1] == "氏名 name");
    for (const auto& r : table.detail.rows) CHECK(r.size() == table.detail.headers.size());
}

TEST_CASE("the CSV has a BOM, quotes per RFC 4180, and formula-looking names open as text")
{
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "report.csv";
    REQUIRE(writeCsvReport(sampleTable(), file));
    const std::string csv = readText(file);
    CHECK(csv.starts_with("\xEF\xBB\xBF\"社員番号 employee id\",\"氏名 name\""));
    CHECK(contains(csv, "\r\n\"E1\",\"山田 花子\",\"営業部\",\"M1\",\"tour\",\"completed (expires soon)\",2026-04-30,2026-04-01,\"1.2\",66.67,"
                        "2026-04-30,\"valid\",0,\r\n"));
    CHECK(contains(csv, "\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(contains(csv, "\"'+81 90 1234 5678\""));
    CHECK(contains(csv, "\"'-1\""));
    CHECK(contains(csv, "\"'@SUM(A1)\""));
    CHECK(contains(csv, "\"NOT COUNTED: tampered\",1,\"left\"\r\n"));

    const CsvRows rows = parseCsv(csv);
    REQUIRE(rows.size() == 7);
    CHECK(rows[6][1].value == "<script>alert('x')</script> 田中, \"タナ\"\n二行目");   // comma, quotes and line break survive
    CHECK(namesIn(folder.path()) == std::set<std::string>{"report.csv"});
}

TEST_CASE("the workbook has a summary and a detail sheet, dates as dates, text never as formulas, frozen and filtered")
{
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "report.xlsx";
    REQUIRE(writeXlsxReport(sampleTable(), file));
    CHECK(readText(file).starts_with("PK"));
    const std::string workbook = unzipped(file, "xl/workbook.xml", folder.path());
    if (workbook.empty()) {
        MESSAGE("unzip is not installed: the workbook's XML is not checked");
        return;
    }
    CHECK(contains(workbook, "name=\"概要 summary\""));
    CHECK(contains(workbook, "name=\"明細 detail\""));
    const std::string detail = unzipped(file, "xl/worksheets/sheet2.xml", folder.path());
    CHECK(contains(detail, "state=\"frozen\""));
    CHECK(contains(detail, "<autoFilter ref=\"A1:N7\""));
    CHECK(!contains(detail, "<f>"));   // no formulas at all
    const std::string strings = unzipped(file, "xl/sharedStrings.xml", folder.path());
    CHECK(contains(strings, "山田 花子"));
    CHECK(contains(strings, "<t>=HYPERLINK(\"x\")</t>"));   // as it is: a string cell is never a formula
    CHECK(contains(strings, "<t>-1</t>"));
    const std::string styles = unzipped(file, "xl/styles.xml", folder.path());
    CHECK(contains(styles, "formatCode=\"yyyy-mm-dd\""));
    // 2026-04-01 is day 46113 of Excel's calendar: a date, not the text "2026-04-01".
    CHECK(contains(detail, "<v>46113</v>"));
    const std::string summary = unzipped(file, "xl/worksheets/sheet1.xml", folder.path());
    CHECK(contains(summary, "<v>46122</v>"));   // the report's date, 2026-04-10
    CHECK(contains(summary, "state=\"frozen\""));
    CHECK(namesIn(folder.path()) == std::set<std::string>{"member.xml", "report.xlsx"});
}

TEST_CASE("the HTML page is self-contained, printable, in Japanese, with every value escaped")
{
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "report.html";
    REQUIRE(writeHtmlReport(sampleTable(), file));
    const std::string html = readText(file);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(contains(html, "@media print"));
    CHECK(contains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 田中, &quot;タナ&quot;"));
    CHECK(!contains(html, "<script"));
    CHECK(!contains(html, "<link"));
    CHECK(!contains(html, "src="));
    CHECK(!contains(html, "url("));
    CHECK(contains(html, "Asia/Tokyo"));
    CHECK(contains(html, "2026-04-10"));
    CHECK(contains(html, "山田 花子"));
    // The bar of the tour pack: six people in 400 px, one completion expiring soon, no other.
    CHECK(contains(html, "<svg"));
    CHECK(contains(html, "<title>まもなく期限切れ expiring soon: 1</title>"));
    CHECK(!contains(html, "<title>修了 completed: "));
    CHECK(contains(html, "<title>未着手 not started: 3</title>"));
}

TEST_CASE("an export is never written through a link, over a folder, or into a missing folder")
{
    TemporaryDirectory folder;
    const fs::path victim = folder.write("victim.txt", "keep me");
    const fs::path link = folder.path() / "report.csv";
    fs::create_symlink(victim, link);
    auto refused = writeCsvReport(sampleTable(), link);
    REQUIRE(!refused);
    CHECK(refused.refusal().code == mamori::scoring::RefusalCode::ReportTarget);
    CHECK(contains(refused.refusal().message, link.string() + " is a symbolic link"));
    CHECK(readText(victim) == "keep me");
    CHECK(fs::is_symlink(link));

    fs::create_directory(folder.path() / "report.html");
    auto overFolder = writeHtmlReport(sampleTable(), folder.path() / "report.html");
    REQUIRE(!overFolder);
    CHECK(contains(overFolder.refusal().message, "is a folder"));

    auto missing = writeXlsxReport(sampleTable(), folder.path() / "nowhere" / "report.xlsx");
    REQUIRE(!missing);
    CHECK(missing.refusal().code == mamori::scoring::RefusalCode::ReportFolder);
    CHECK(namesIn(folder.path()) == std::set<std::string>{"report.csv", "report.html", "victim.txt"});
}

TEST_CASE("a failed export leaves the earlier file as it was and no temporary file behind")
{
    TemporaryDirectory folder;
    const fs::path file = folder.write("report.csv", "the earlier report");
    auto failed = replaceReportFile(file, [](const fs::path& temporary) -> mamori::scoring::Result<mamori::scoring::Done> {
        REQUIRE(writeWholeFile(temporary, "half a rep"));
        return mamori::scoring::refuse(mamori::scoring::RefusalCode::DiskFull, "the disk is full");
    });
    REQUIRE(!failed);
    CHECK(failed.refusal().code == mamori::scoring::RefusalCode::DiskFull);
    CHECK(readText(file) == "the earlier report");
    CHECK(namesIn(folder.path()) == std::set<std::string>{"report.csv"});

    REQUIRE(writeCsvReport(sampleTable(), file));   // a successful one replaces it
    CHECK(readText(file).starts_with("\xEF\xBB\xBF"));
    CHECK(namesIn(folder.path()) == std::set<std::string>{"report.csv"});
}
