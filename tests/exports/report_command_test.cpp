// mamori-tool records report end to end: learners play, HR ingests and imports a roster whose
// names look like formulas, exports, and opens the CSV and the workbook in LibreOffice.

#include "csv_cells.hpp"
#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace mamori::tool;
using namespace mamori::test;
namespace fs = std::filesystem;

namespace {

/// An organisation on the tour pack whose roster holds names a spreadsheet would run.
struct ExportingOrganisation : RecordsOrganisation {

    ExportingOrganisation()
    {
        REQUIRE(playFile((sourceDir() / "tests/scripts/tour.play").string(), "E1").status == kExitOk);
        REQUIRE(play("open tour/how-it-works\nview welcome\n", "E2").status == kExitOk);
        REQUIRE(records({"ingest"}).status == kExitOk);
        const auto roster = folder.write("roster.csv", "\xEF\xBB\xBF社員番号,氏名,部署,上長,入社日,割当\r\n"
                                                       "E1,山田 花子,営業部,M1,2026/1/5,tour:2026-04-30\r\n"
                                                       "E2,\"=HYPERLINK(\"\"x\"\")\",営業部,M1,2026/1/5,tour:2026-04-30\r\n"
                                                       "E3,+81 90 1234 5678,開発部,M2,2026/1/5,tour:2026-03-31\r\n"
                                                       "E4,-1,開発部,M2,2026/1/5,tour:2026-04-30\r\n"
                                                       "E5,@SUM(A1),開発部,M2,2026/1/5,tour:2026-04-30\r\n"
                                                       "E6,<script>alert(1)</script>,開発部,M2,2026/1/5,tour:2026-04-30\r\n");
        REQUIRE(records({"roster", "import", roster.string()}).status == kExitOk);
    }
};

bool hasSoffice()
{
    return std::system("command -v soffice >/dev/null 2>&1") == 0;
}

/// `file` opened headless in LibreOffice and saved back as CSV: UTF-8, text cells quoted
/// (so that text and numbers can be told apart), values as shown, sheet `sheet` (1: the first).
CsvRows throughLibreOffice(const fs::path& file, int sheet, const std::string& infilter)
{
    TemporaryDirectory scratch;   // a fresh profile each run: a leftover one may be locked or broken
    const fs::path out = scratch.path() / "out";
    const std::string command = "timeout 300 soffice --headless --norestore -env:UserInstallation=file://" + (scratch.path() / "profile").string() +
                                (infilter.empty() ? "" : " --infilter=\"" + infilter + "\"") +
                                " --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,false,true,false,false," +
                                std::to_string(sheet) + "' --outdir '" + out.string() + "' '" + file.string() + "' >'" +
                                (scratch.path() / "log").string() + "' 2>&1";
    const int status = std::system(command.c_str());
    INFO(readText(scratch.path() / "log"));
    REQUIRE(status == 0);
    fs::path converted;
    for (const auto& entry : fs::directory_iterator(out)) converted = entry.path();
    REQUIRE(!converted.empty());
    return parseCsv(readText(converted));
}

/// The row of `id` (first cell).
std::vector<CsvCell> rowOf(const CsvRows& rows, const std::string& id)
{
    for (const auto& row : rows) {
        if (!row.empty() && row[0].value == id) return row;
    }
    FAIL("no row for " << id);
    return {};
}

constexpr std::size_t kName = 1, kDue = 6, kCompletedOn = 7, kScore = 9;

/// What LibreOffice shows matches what we wrote: names as text, unchanged but for the
/// apostrophe a CSV puts before a formula-looking one; scores as numbers; dates as dates.
void checkRoundTrip(const CsvRows& written, const CsvRows& shown, bool apostrophes)
{
    REQUIRE(shown.size() == written.size());
    CHECK(shown[0][kName].value == "氏名 name");
    const auto e1 = rowOf(shown, "E1");
    CHECK(e1[kName].value == "山田 花子");
    CHECK(e1[kName].quoted);
    CHECK(e1[kScore].value == rowOf(written, "E1")[kScore].value);   // the same number…
    CHECK(!e1[kScore].value.empty());
    CHECK(!e1[kScore].quoted);                                        // …and a number
    CHECK(e1[kCompletedOn].value == "2026-04-01");
    CHECK(!e1[kCompletedOn].quoted);   // a date is a number in a spreadsheet
    CHECK(rowOf(shown, "E3")[kDue].value == "2026-03-31");
    const std::string prefix = apostrophes ? "'" : "";
    for (const auto& [id, name] : {std::pair{"E2", "=HYPERLINK(\"x\")"}, {"E3", "+81 90 1234 5678"}, {"E4", "-1"}, {"E5", "@SUM(A1)"}}) {
        const auto row = rowOf(shown, id);
        INFO(id);
        CHECK(row[kName].value == prefix + name);
        CHECK(row[kName].quoted);   // text, not a number or a formula's result
    }
    CHECK(rowOf(shown, "E6")[kName].value == "<script>alert(1)</script>");
}

} // namespace

TEST_CASE("records report writes the CSV, the workbook and the page, and says what it wrote")
{
    ExportingOrganisation org;
    const fs::path csv = org.folder.path() / "report.csv", xlsx = org.folder.path() / "report.xlsx", html = org.folder.path() / "report.html";
    const Run report = org.records({"report", "--csv", csv.string(), "--xlsx", xlsx.string(), "--html", html.string(), "--today", "2026-04-10"});
    INFO(report.err);
    REQUIRE(report.status == kExitOk);
    CHECK(report.out.find("wrote CSV " + csv.string() + " (6 rows, 1 pack)") != std::string::npos);
    CHECK(report.out.find("wrote XLSX " + xlsx.string() + " (6 rows") != std::string::npos);
    CHECK(report.out.find("wrote HTML " + html.string() + " (6 rows") != std::string::npos);
    CHECK(report.out.find("personal data") != std::string::npos);

    const CsvRows rows = parseCsv(readText(csv));
    REQUIRE(rows.size() == 7);
    CHECK(rowOf(rows, "E1")[5].value == "completed");
    CHECK(rowOf(rows, "E3")[5].value == "overdue");
    CHECK(rowOf(rows, "E2")[kName].value == "'=HYPERLINK(\"x\")");
    const std::string page = readText(html);
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("2026-04-10") != std::string::npos);

    // The filters of `records status` narrow the report.
    const Run overdue = org.records({"report", "--csv", csv.string(), "--overdue", "--today", "2026-04-10"});
    CHECK(overdue.out.find("(1 row, 1 pack)") != std::string::npos);
}

TEST_CASE("records report refuses a link and needs an output")
{
    ExportingOrganisation org;
    CHECK(org.records({"report"}).status == kExitUsage);
    CHECK(org.records({"report", "--csv", "x.csv", "--today", "soon"}).status == kExitUsage);
    const fs::path victim = org.folder.write("victim.txt", "keep me");
    fs::create_symlink(victim, org.folder.path() / "report.csv");
    const fs::path html = org.folder.path() / "report.html";
    const Run refused = org.records({"report", "--csv", (org.folder.path() / "report.csv").string(), "--html", html.string()});
    CHECK(refused.status == kExitProblems);
    CHECK(refused.err.find("CSV not written: " + (org.folder.path() / "report.csv").string() + " is a symbolic link") != std::string::npos);
    CHECK(readText(victim) == "keep me");
    CHECK(fs::is_regular_file(html));   // the other export is written all the same
    CHECK(tool(runRecords, {"--help"}).out.find("PERSONAL DATA: these files hold names") != std::string::npos);
}

TEST_CASE("LibreOffice opens the CSV and the workbook with Japanese names, numbers and dates intact and no formula run")
{
    if (!hasSoffice()) {
        MESSAGE("soffice is not on PATH: the LibreOffice round trip is skipped");
        return;
    }
    ExportingOrganisation org;
    const fs::path csv = org.folder.path() / "report.csv", xlsx = org.folder.path() / "report.xlsx";
    REQUIRE(org.records({"report", "--csv", csv.string(), "--xlsx", xlsx.string(), "--today", "2026-04-10"}).status == kExitOk);
    const CsvRows written = parseCsv(readText(csv));

    SUBCASE("the CSV") { checkRoundTrip(written, throughLibreOffice(csv, 1, "CSV:44,34,76,1"), true); }
    SUBCASE("the workbook's detail sheet") { checkRoundTrip(written, throughLibreOffice(xlsx, 2, ""), false); }
    SUBCASE("the workbook's summary sheet")
    {
        const CsvRows summary = throughLibreOffice(xlsx, 1, "");
        CHECK(rowOf(summary, "報告日 report date")[1].value == "2026-04-10");
        CHECK(rowOf(summary, "タイムゾーン time zone")[1].value == "Asia/Tokyo");
        const auto tour = rowOf(summary, "tour");
        CHECK(tour[1].value == "6");   // assigned
        CHECK(!tour[1].quoted);
        CHECK(tour[2].value == "1");   // completed
    }
}

TEST_CASE("records status finds a person however their id or name is typed, and sorts by any column")
{
    ExportingOrganisation org;
    const Run found = org.records({"status", "--search", "ｅ１", "--today", "2026-04-01"});
    REQUIRE(found.status == kExitOk);
    CHECK(found.out.find("山田 花子") != std::string::npos);
    CHECK(found.out.find("E2 ") == std::string::npos);
    const Run byName = org.records({"status", "--search", "山田花子", "--today", "2026-04-01"});
    CHECK(byName.out.find("E1 ") != std::string::npos);

    const Run sorted = org.records({"status", "--sort", "id:desc", "--today", "2026-04-01"});
    REQUIRE(sorted.status == kExitOk);
    CHECK(sorted.out.find("E6 ") < sorted.out.find("E1 "));
    const Run wrong = org.records({"status", "--sort", "height"});
    CHECK(wrong.status == kExitUsage);
    CHECK(wrong.err.find("--sort takes id, name") != std::string::npos);
}
