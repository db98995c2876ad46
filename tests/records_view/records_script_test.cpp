// The records script: what each line becomes, and a message with FILE:LINE for each mistake.

#include "records_script.hpp"

#include <doctest/doctest.h>

using namespace mamori;
namespace ra = app::records_action;

TEST_CASE("A records script's lines become the actions a user would take")
{
    const auto script = app::parseRecordsScript("# HR's morning\n"
                                                "tab people\n"
                                                "department 営業部 第一課\n"
                                                "state overdue\n"
                                                "sort score desc\n"
                                                "search  山田 \n"
                                                "expect-rows-at-least 3\n"
                                                "screenshot people-overdue\r\n"
                                                "items telework-basics 1.2\n",
                                                "morning.records");
    REQUIRE(script.ok());
    REQUIRE(script.steps.size() == 8);
    CHECK(std::get<ra::ShowTab>(std::get<app::RecordsAction>(script.steps[0].action)).tab == app::RecordsTab::People);
    CHECK(std::get<ra::SetDepartment>(std::get<app::RecordsAction>(script.steps[1].action)).department == "営業部 第一課");
    CHECK(std::get<ra::SetState>(std::get<app::RecordsAction>(script.steps[2].action)).state == records::AssignmentState::Overdue);
    const auto sort = std::get<ra::SortPeople>(std::get<app::RecordsAction>(script.steps[3].action));
    CHECK(sort.column == records::PeopleColumn::Score);
    CHECK(sort.descending);
    CHECK(std::get<ra::SetSearch>(std::get<app::RecordsAction>(script.steps[4].action)).text == "山田");
    CHECK(std::get<app::ExpectRows>(script.steps[5].action).atLeast);
    CHECK(std::get<app::RecordsScreenshot>(script.steps[6].action).name == "people-overdue");
    const auto items = std::get<ra::OpenItems>(std::get<app::RecordsAction>(script.steps[7].action));
    CHECK(items.version == "1.2");
    CHECK(script.steps[7].line == 9);
}

TEST_CASE("Each mistake in a records script is reported with its file and line")
{
    const auto script = app::parseRecordsScript("tab nowhere\nsort colour\nscreenshot ../escape\nfly away\nexpect-rows many\n", "bad.records");
    REQUIRE(script.errors.size() == 5);
    CHECK(script.errors[0].starts_with("bad.records:1: error: no tab 'nowhere'"));
    CHECK(script.errors[1].starts_with("bad.records:2: error: no column 'colour'"));
    CHECK(script.errors[2].starts_with("bad.records:3: error:"));
    CHECK(script.errors[3].starts_with("bad.records:4: error: unknown command"));
    CHECK(script.errors[4].starts_with("bad.records:5: error: expect-rows takes a number"));
}
