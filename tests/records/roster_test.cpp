// The roster reader as HR meets it: the files their systems and Excel export, in UTF-8 or
// Shift_JIS, with Japanese or English headers, and every bad row reported at its line.

#include "mamori/records/roster.hpp"

#include "records_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mamori;
using namespace mamori::records;

namespace {

const std::set<std::string> kPacks = {"basics", "departing", "telework", "tour"};

Roster read(std::string_view csv)
{
    return readRoster(csv, "roster.csv", kPacks);
}

Roster readFixture(const std::string& name)
{
    const auto file = test::sourceDir() / "tests/records/rosters" / name;
    return readRoster(test::readFile(file), name, kPacks);
}

std::vector<std::string> ids(const Roster& roster)
{
    std::vector<std::string> out;
    for (const RosterPerson& person : roster.people) out.push_back(person.id);
    return out;
}

std::vector<std::string> packs(const RosterPerson& person)
{
    std::vector<std::string> out;
    for (const RosterAssignment& a : person.assignments) out.push_back(a.packId);
    return out;
}

std::vector<std::string> codes(const Roster& roster)
{
    std::vector<std::string> out;
    for (const auto& d : roster.diagnostics) out.push_back(d.code);
    return out;
}

constexpr Date ymd(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

DueRule dueOn(Date date)
{
    return DueRule{date, 0};
}

DueRule dueAfterHire(int days)
{
    return DueRule{std::nullopt, days};
}

} // namespace

TEST_CASE("roster: a messy list-form roster reports each bad row at its line and loads the good rows")
{
    const Roster roster = readFixture("messy-list.csv");

    CHECK(
        test::describe(roster.diagnostics) ==
        std::vector<std::string>{
            "1: warning: columns not read: 備考",
            "3: error: 社員番号 is empty",
            "4: error: 入社日 '2026/13/01' is not a date (use 2026-04-01 or 2026/4/1)",
            "5: error: 割当 'basix:2026-05-31': 'basix' is not a known pack (known: basics, departing, telework, tour)",
            "6: error: 割当 'basics': write PACK:DUE or PACK:DUE:VALIDITY (e.g. basics:2026-05-31:1y)",
            "8: error: 'telework:hire+30d' is due after the hire date, but E005 has no 入社日",
            "9: error: 割当 'basics:2026-02-30': '2026-02-30' is not a date or hire+N days (use 2026-04-01, 2026/4/1 "
            "or "
            "hire+30d)",
            "10: error: 割当 'basics:2026-05-31:12m': '12m' is not a validity (use 365d or 1y)",
            "11: error: E001 is already on line 2; this row is skipped",
            "13: error: 社員番号 'E 009' cannot be an id: a learner id may contain only ASCII letters, digits, '.', "
            "'-' and "
            "'_'",
            "17: error: 割当 'basics:2026-05-31, telework:2026-06-30': separate the items with ';'",
            "18: error: this row has 8 values but the header has 7 columns (a comma in a value that is not in quotes?)",
        });
    CHECK(codes(roster) == std::vector<std::string>{"unknown-columns", "missing-id", "bad-date", "unknown-pack",
                                                    "bad-assignment", "needs-hire-date", "bad-date", "bad-validity",
                                                    "duplicate-id", "bad-id", "bad-assignment", "extra-values"});
    CHECK(lessons::formatDiagnostic(roster.diagnostics[2]) ==
          "messy-list.csv:4: error: 入社日 '2026/13/01' is not a date (use 2026-04-01 or 2026/4/1)");
    CHECK(roster.hasErrors());
    CHECK(roster.encoding == "UTF-8");

    // The first E001 is kept; the full-width Ｅ００８ is E008; the note over three lines is skipped over.
    REQUIRE(ids(roster) == std::vector<std::string>{"E001", "E008", "E010", "E013"});
    const RosterPerson& yamada = roster.people[0];
    CHECK(yamada.name == "山田 太郎");
    CHECK(yamada.department == "営業部");
    CHECK(yamada.manager == "E100");
    CHECK(yamada.hireDate == ymd(2020, 4, 1));
    CHECK(yamada.line == 2);
    REQUIRE(yamada.assignments.size() == 2);
    CHECK(yamada.assignments[0] ==
          RosterAssignment{"basics", dueOn(ymd(2026, 5, 31)), Validity{1, Validity::Unit::Years}, "", 2});
    CHECK(yamada.assignments[1] == RosterAssignment{"telework", dueAfterHire(30), std::nullopt, "", 2});

    const RosterPerson& nakamura = roster.people[1];
    CHECK(nakamura.hireDate == ymd(2025, 4, 1)); // written 2025年4月1日
    CHECK(nakamura.line == 12);
    CHECK(nakamura.assignments == std::vector{RosterAssignment{"tour", dueAfterHire(7), std::nullopt, "", 12}});

    CHECK(roster.people[2].name == "小林 七子");
    CHECK(roster.people[2].line == 14);
    CHECK(roster.people[3].assignments.empty());
    CHECK(roster.people[3].line == 20);
}

TEST_CASE("roster: a messy one-per-row roster merges a person's rows and reports each bad row at its line")
{
    const Roster roster = readFixture("messy-per-row.csv");

    CHECK(test::describe(roster.diagnostics) ==
          std::vector<std::string>{
              "4: error: E001 is already assigned 'basics' on line 2",
              "5: error: 'telework:hire+30d' is due after the hire date, but E002 has no Hire Date",
              "7: warning: E003's Department is 'Legal' here but 'Admin' on line 6; the first row counts",
              "8: error: Due Date is empty: 'basics' needs a due date (use 2026-04-01, 2026/4/1 or hire+30d)",
              "9: error: Due Date '2026-05-31' is given but Pack is empty",
              "10: error: Validity '2 years' is not a validity (use 365d or 1y)",
              "11: error: Pack 'basix' is not a known pack (known: basics, departing, telework, tour)",
          });
    CHECK(codes(roster) == std::vector<std::string>{"duplicate-assignment", "needs-hire-date", "different-details",
                                                    "bad-assignment", "bad-assignment", "bad-validity",
                                                    "unknown-pack"});

    REQUIRE(ids(roster) == std::vector<std::string>{"E001", "E003", "E008"});
    const RosterPerson& yamada = roster.people[0];
    CHECK(yamada.name == "Taro Yamada");
    CHECK(yamada.line == 2);
    CHECK(yamada.assignments == std::vector{RosterAssignment{"basics", dueOn(ymd(2026, 5, 31)),
                                                             Validity{1, Validity::Unit::Years}, "1.0.0", 2},
                                            RosterAssignment{"telework", dueAfterHire(30), std::nullopt, "", 3}});

    // A row with no pack is a person with no assignment; their later row adds one.
    const RosterPerson& suzuki = roster.people[1];
    CHECK(suzuki.department == "Admin");
    CHECK(suzuki.line == 6);
    CHECK(packs(suzuki) == std::vector<std::string>{"basics"});
    CHECK(suzuki.assignments[0].line == 7);

    const RosterPerson& nakamura = roster.people[2];
    CHECK(nakamura.assignments ==
          std::vector{RosterAssignment{"tour", dueOn(ymd(2026, 5, 31)), Validity{365, Validity::Unit::Days}, "", 12},
                      RosterAssignment{"basics", dueAfterHire(90), std::nullopt, "1.1", 13}});
}

TEST_CASE("roster: RFC 4180 quoting: a quoted comma, doubled quotes, line breaks inside quotes")
{
    const Roster roster = read("id,name,department,trainings\n"
                               "E1,\"Yamada\n"
                               "Taro\",Sales,basics:2026-05-31\n"
                               "E2,Sato,\"Admin, \"\"East\"\"\",tour:2026-05-31\n"
                               "E3,Mori,Dev,basix:2026-05-31\n"
                               "\"E\n"
                               "4\",Kato,Dev,\n");

    REQUIRE(ids(roster) == std::vector<std::string>{"E1", "E2"});
    CHECK(roster.people[0].line == 2);
    CHECK(roster.people[0].name == "Yamada Taro"); // Excel's line break in a cell (Alt+Enter) as a space
    CHECK(roster.people[0].assignments[0].line == 2);
    CHECK(roster.people[1].line == 4);
    CHECK(roster.people[1].department == "Admin, \"East\"");
    // The lines after a value with a line break are counted as the file has them.
    CHECK(test::describe(roster.diagnostics) ==
          std::vector<std::string>{
              "5: error: trainings 'basix:2026-05-31': 'basix' is not a known pack (known: basics, departing, "
              "telework, tour)",
              "6: error: id 'E…' has a line break in it (a quote that is not closed?)",
          });
}

TEST_CASE("roster: CRLF and CR line ends, and a missing final newline")
{
    for (const char* csv : {"id,name\r\nE1,Ann\r\n\r\nE2,Bob\r\nE3,Cy", "id,name\rE1,Ann\r\rE2,Bob\rE3,Cy\r",
                            "id,name\nE1,Ann\n\nE2,Bob\nE3,\"Cy\""}) {
        CAPTURE(csv);
        const Roster roster = read(csv);
        CHECK(roster.diagnostics.empty());
        REQUIRE(ids(roster) == std::vector<std::string>{"E1", "E2", "E3"});
        CHECK(roster.people[1].line == 4);
        CHECK(roster.people[2].line == 5);
        CHECK(roster.people[2].name == "Cy");
    }
}

TEST_CASE("roster: a quote that is never closed is an error at the line it opens on")
{
    const Roster roster = read("id,name\nE1,Ann\nE2,\"Bob\nE3,Cy\nE4,Di\n");
    CHECK(ids(roster) == std::vector<std::string>{"E1"});
    CHECK(test::describe(roster.diagnostics) ==
          std::vector<std::string>{
              "3: error: a quoted value that starts on this line is never closed (lines 3-5 were read "
              "as one value)"});
    CHECK(roster.diagnostics[0].code == "unclosed-quote");

    const Roster atTheEnd = read("id,name\nE1,Ann\nE2,\"Bob");
    CHECK(test::describe(atTheEnd.diagnostics) ==
          std::vector<std::string>{"3: error: a quoted value that starts on this line is never closed"});
}

TEST_CASE("roster: a stray quote skips its row, and the next line reads as usual")
{
    const Roster roster = read("id,name\nE1,Ta\"ro\nE2,\"Bo\"b\nE3,Cy\n");
    CHECK(ids(roster) == std::vector<std::string>{"E3"});
    const std::string stray =
        "error: a stray \" on this line: a value with \" in it must be in quotes, with the \" doubled "
        "(\"say \"\"hi\"\"\"); the row is skipped";
    CHECK(test::describe(roster.diagnostics) == std::vector<std::string>{"2: " + stray, "3: " + stray});
    CHECK(codes(roster) == std::vector<std::string>{"bad-quote", "bad-quote"});
}

TEST_CASE("roster: blank rows, even of empty values, are skipped and keep the line count")
{
    const Roster roster = read("\n  \nid,name,trainings\n,,\n \t \n\"\",\"　\",\nE1,Ann,\n");
    CHECK(roster.diagnostics.empty());
    REQUIRE(ids(roster) == std::vector<std::string>{"E1"});
    CHECK(roster.people[0].line == 7);
}

TEST_CASE("roster: Excel's CSV UTF-8 with a byte-order mark and CRLF")
{
    const Roster roster = readFixture("excel-utf8-bom.csv");
    CHECK(roster.encoding == "UTF-8 with BOM");
    CHECK(roster.diagnostics.empty());
    REQUIRE(ids(roster) == std::vector<std::string>{"E1", "E2"});
    CHECK(roster.people[0].name == "Tanaka, Ken");
    CHECK(roster.people[0].hireDate == ymd(2026, 4, 1));
    CHECK(roster.people[0].assignments[0].due == dueOn(ymd(2026, 5, 31)));
    CHECK(roster.people[1].hireDate == ymd(2026, 4, 1));
    CHECK(roster.people[1].assignments[0].due == dueAfterHire(14));

    CHECK(read("id\nE1\n").encoding == "UTF-8");
}

TEST_CASE("roster: a Shift_JIS (CP932) file is converted, NEC and IBM characters included")
{
    const Roster roster = readFixture("shift_jis.csv");
    CHECK(roster.encoding == "Shift_JIS (CP932)");
    CHECK(roster.diagnostics.empty());
    REQUIRE(ids(roster) == std::vector<std::string>{"E123", "E124"}); // Ｅ１２３ folded

    const RosterPerson& takahashi = roster.people[0];
    CHECK(takahashi.name == "髙橋 ①郎");
    CHECK(takahashi.department == "営業部　第一課");
    CHECK(takahashi.hireDate == ymd(2024, 4, 1));
    // A full-width ； separates the list too.
    CHECK(takahashi.assignments ==
          std::vector{RosterAssignment{"basics", dueOn(ymd(2026, 5, 31)), Validity{1, Validity::Unit::Years}, "", 2},
                      RosterAssignment{"telework", dueAfterHire(30), std::nullopt, "", 2}});

    const RosterPerson& saito = roster.people[1];
    CHECK(saito.name == "斎藤 ～子");
    CHECK(saito.department == "総務部");
    CHECK(saito.hireDate == ymd(2024, 10, 1));
    CHECK(packs(saito) == std::vector<std::string>{"tour"});
}

TEST_CASE("roster: bytes that are neither UTF-8 nor CP932 refuse the whole file with one diagnostic")
{
    const Roster latin1 = read("id,name\nE1,Ann\nE2,M\xFCller\n");
    CHECK(latin1.people.empty());
    CHECK(latin1.encoding.empty());
    REQUIRE(latin1.diagnostics.size() == 1);
    CHECK(lessons::formatDiagnostic(latin1.diagnostics[0]) ==
          "roster.csv:3: error: the file is neither UTF-8 nor Shift_JIS (CP932): this line has bytes that are text in "
          "neither; save it from Excel as \"CSV UTF-8 (comma delimited)\"");
    CHECK(latin1.diagnostics[0].code == "encoding");

    const Roster utf16 = read(std::string_view("\xFF\xFEi\0d\0\n\0", 8));
    CHECK(utf16.people.empty());
    CHECK(
        test::describe(utf16.diagnostics) ==
        std::vector<std::string>{"0: error: the file is UTF-16 (Excel's \"Unicode Text\"), which is not read; save it "
                                 "from Excel as \"CSV UTF-8 (comma delimited)\""});

    const Roster badAfterBom = read("\xEF\xBB\xBFid\nE1\n\x82\xA0\n");
    CHECK(badAfterBom.people.empty());
    CHECK(codes(badAfterBom) == std::vector<std::string>{"encoding"});
    CHECK(badAfterBom.diagnostics[0].line == 3);
}

TEST_CASE("roster: header names are matched in Japanese or English, full-width, any case")
{
    struct Header {
        const char* csv;
        const char* name;
    };
    for (const Header& header :
         {Header{"社員番号,氏名,所属,上司,入社日,研修割当\n", "Japanese"},
          Header{"従業員番号,名前,部門,上長,入社日,割当\n", "Japanese, other words"},
          Header{"ＩＤ,ＮＡＭＥ,ＤＥＰＴ,Ｍａｎａｇｅｒ,Ｈｉｒｅｄ,Ｔｒａｉｎｉｎｇｓ\n", "full-width"},
          Header{"　社員ＩＤ　, Full  Name ,Department,MANAGER,Hire Date,Assignments\n", "spaced"},
          Header{"Employee_No,name,dept,manager,hire date,assignments\n", "underscored"}}) {
        CAPTURE(header.name);
        const Roster roster = read(std::string(header.csv) + "E1,Ann,Sales,E9,2024-04-01,basics:hire+30d\n");
        CHECK(roster.diagnostics.empty());
        REQUIRE(roster.people.size() == 1);
        const RosterPerson& ann = roster.people[0];
        CHECK(ann.id == "E1");
        CHECK(ann.name == "Ann");
        CHECK(ann.department == "Sales");
        CHECK(ann.manager == "E9");
        CHECK(ann.hireDate == ymd(2024, 4, 1));
        CHECK(packs(ann) == std::vector<std::string>{"basics"});
    }
}

TEST_CASE("roster: columns that are not read get one warning on the header line")
{
    const Roster roster = read("id,メモ,name,,Name,due\nE1,x,Ann,,Bo,2026-05-31\n");
    CHECK(test::describe(roster.diagnostics) ==
          std::vector<std::string>{
              "1: warning: 'Name' is the same column as 'name'; only the first is read",
              "1: warning: columns not read: メモ",
              "1: warning: columns read only beside a pack column (研修 or pack), so not read here: due",
          });
    CHECK_FALSE(roster.hasErrors());
    REQUIRE(roster.people.size() == 1);
    CHECK(roster.people[0].name == "Ann");
}

TEST_CASE("roster: no header row, no id column, both assignment forms or an empty file refuse the whole file")
{
    const Roster noHeader = read("E1,Ann\nE2,Bob\n");
    CHECK(noHeader.people.empty());
    CHECK(
        test::describe(noHeader.diagnostics) ==
        std::vector<std::string>{"1: error: no header row: this line names none of the roster's columns; the first row "
                                 "must name them, e.g. 社員番号,氏名,部署,入社日,割当 or employee id,name,department,"
                                 "hire date,assignments"});

    const Roster noId = read("\n氏名,部署,社員No\nAnn,Sales,E1\n");
    CHECK(noId.people.empty());
    CHECK(test::describe(noId.diagnostics) ==
          std::vector<std::string>{
              "2: error: the header has no id column (it has 氏名, 部署, 社員No): name one 社員番号, "
              "従業員番号, 社員ID, employee id, employee number, employee no or id"});

    const Roster bothForms = read("id,assignments,pack,due\nE1,basics:2026-05-31,tour,2026-05-31\n");
    CHECK(bothForms.people.empty());
    CHECK(test::describe(bothForms.diagnostics) ==
          std::vector<std::string>{"1: error: the header has both an assignment list ('assignments') and a pack column "
                                   "('pack'): use one or the other"});

    const Roster packWithoutDue = read("id,研修\nE1,basics\n");
    CHECK(codes(packWithoutDue) == std::vector<std::string>{"missing-due-column"});
    CHECK(packWithoutDue.people.empty());

    for (const char* empty : {"", "\n\r\n  \n", ",,,\n"}) {
        const Roster roster = read(empty);
        CHECK(roster.people.empty());
        REQUIRE(roster.diagnostics.size() == 1);
        CHECK(lessons::formatDiagnostic(roster.diagnostics[0]) ==
              "roster.csv: error: the roster is empty: it has no header row");
    }
}

TEST_CASE("roster: a due date counted from the hire date needs one")
{
    const Roster noColumn = read("id,trainings\nE1,basics:hire+30d; tour:2026-05-31\n");
    CHECK(noColumn.people.empty());
    CHECK(test::describe(noColumn.diagnostics) ==
          std::vector<std::string>{
              "2: error: 'basics:hire+30d' is due after the hire date, but the roster has no hire date "
              "column"});

    // In the one-per-row form, the hire date is the first row's.
    const Roster laterRow = read("id,hire date,pack,due\nE1,,basics,2026-05-31\nE1,2024-04-01,tour,hire+30d\n");
    CHECK(test::describe(laterRow.diagnostics) ==
          std::vector<std::string>{
              "3: error: 'tour:hire+30d' is due after the hire date, but E1 has no hire date on their "
              "first row (line 2)"});

    // A hire date that is not a date is reported once, as that.
    const Roster unreadable = read("id,hire date,trainings\nE1,2026/02/30,basics:hire+30d\n");
    CHECK(codes(unreadable) == std::vector<std::string>{"bad-date"});

    // Full-width and upper case read the same; spaces around + are fine.
    const Roster written =
        read("id,hire date,trainings\nE1,2026-04-01,ｂａｓｉｃｓ：ＨＩＲＥ＋３０Ｄ：１Ｙ; tour:hire + 0d\n");
    CHECK(written.diagnostics.empty());
    REQUIRE(written.people.size() == 1);
    CHECK(written.people[0].assignments ==
          std::vector{RosterAssignment{"basics", dueAfterHire(30), Validity{1, Validity::Unit::Years}, "", 2},
                      RosterAssignment{"tour", dueAfterHire(0), std::nullopt, "", 2}});
}

TEST_CASE("roster: an assignment list names each pack once")
{
    const Roster roster = read("id,trainings\nE1,basics:2026-05-31;basics:2026-06-30\n");
    CHECK(test::describe(roster.diagnostics) ==
          std::vector<std::string>{"2: error: trainings 'basics:2026-06-30': 'basics' is assigned twice on this row"});
    CHECK(codes(roster) == std::vector<std::string>{"duplicate-assignment"});
}

TEST_CASE("roster: absurd input is refused cleanly")
{
    SUBCASE("a value longer than 4096 bytes skips its row")
    {
        const Roster roster = read("id,name\nE1," + std::string(5000, 'a') + "\nE2,Bob\n");
        CHECK(ids(roster) == std::vector<std::string>{"E2"});
        CHECK(test::describe(roster.diagnostics) ==
              std::vector<std::string>{"2: error: name is longer than 4096 bytes"});
    }
    SUBCASE("a long value in a column that is not read is no problem")
    {
        const Roster roster = read("id,note\nE1," + std::string(5000, 'a') + "\n");
        CHECK(roster.diagnostics.size() == 1); // the warning that `note` is not read
        CHECK(ids(roster) == std::vector<std::string>{"E1"});
    }
    SUBCASE("a row of thousands of values")
    {
        const Roster roster = read("id,name\nE1,Ann" + std::string(3000, ',') + "x\nE2,Bob\n");
        CHECK(ids(roster) == std::vector<std::string>{"E2"});
        CHECK(test::describe(roster.diagnostics) ==
              std::vector<std::string>{
                  "2: error: this row has more than 1024 values but the header has 2 columns (a comma in "
                  "a value that is not in quotes?)"});
    }
    SUBCASE("a header of thousands of columns")
    {
        const Roster roster = read("id" + std::string(3000, ',') + "\nE1\n");
        CHECK(roster.people.empty());
        CHECK(test::describe(roster.diagnostics) ==
              std::vector<std::string>{"1: error: the header has more than 1024 columns"});
    }
    SUBCASE("a value that runs past a megabyte stops reading and refuses the roster")
    {
        std::string csv = "id,name\nE1,Ann\nE2,\"Bob\n";
        for (int i = 0; i < 200000; ++i) csv += "E" + std::to_string(i) + ",x\n";
        const Roster roster = read(csv);
        CHECK(roster.people.empty());
        CHECK(test::describe(roster.diagnostics) ==
              std::vector<std::string>{
                  "3: error: a value that starts on this line runs past 1 MiB (a quote that is never "
                  "closed?); this is not a roster"});
    }
    SUBCASE("a binary file")
    {
        std::string junk(3 * 1024 * 1024, '\x01');
        const Roster roster = read(junk);
        CHECK(roster.people.empty());
        CHECK(codes(roster) == std::vector<std::string>{"runaway-value"});
    }
}

TEST_CASE("roster: many people, each checked")
{
    std::string csv = "id,name,hire date,trainings\n";
    for (int i = 1; i <= 3000; ++i) {
        csv += "E" + std::to_string(i) + ",Person " + std::to_string(i) + ",2024-04-01," +
               (i % 100 == 0 ? "basix:2026-05-31" : "basics:hire+30d") + "\n";
    }
    const Roster roster = read(csv);
    CHECK(roster.people.size() == 2970);
    CHECK(roster.diagnostics.size() == 30); // no cap on the reports
    CHECK(roster.diagnostics.back().line == 3001);
}

TEST_CASE("roster: parseRosterDate reads the dates Excel writes and refuses impossible ones")
{
    CHECK(parseRosterDate("2026-04-01") == ymd(2026, 4, 1));
    CHECK(parseRosterDate("2026/4/1") == ymd(2026, 4, 1));
    CHECK(parseRosterDate("2026/04/01") == ymd(2026, 4, 1));
    CHECK(parseRosterDate("2026-4-1") == ymd(2026, 4, 1));
    CHECK(parseRosterDate(" ２０２６／０４／０１　") == ymd(2026, 4, 1));
    CHECK(parseRosterDate("2026年4月1日") == ymd(2026, 4, 1));
    CHECK(parseRosterDate("2028-02-29") == ymd(2028, 2, 29));
    CHECK(parseRosterDate("9999-12-31") == ymd(9999, 12, 31));

    for (const char* wrong : {"", "2026-02-30", "2027-02-29", "2026/13/01", "2026-00-10", "2026-04-00", "2026-4",
                              "4/1/2026", "01/04/2026", "2026-04/01", "2026-04-01x", "2026-04-001", "20260401",
                              "26-04-01", "0226-04-01", "2026年4月1", "2026/4/1 0:00", "46113"}) {
        CAPTURE(wrong);
        CHECK_FALSE(parseRosterDate(wrong));
    }
}

TEST_CASE("roster: formatDate and foldPersonId")
{
    CHECK(formatDate(ymd(2026, 4, 1)) == "2026-04-01");
    CHECK(formatDate(ymd(1999, 12, 31)) == "1999-12-31");

    CHECK(foldPersonId("Ｅ１２３") == "E123");
    CHECK(foldPersonId("　E123 ") == "E123");
    CHECK(foldPersonId("\tyamada.taro\n") == "yamada.taro");
    CHECK(foldPersonId("ｅ－１２３") == "e-123");
    CHECK(foldPersonId("") == "");
}
