// Names hold kanji no pack has (髙, 﨑, 邉…): the records view puts every character of the names,
// departments and managers it shows into the font atlas, so none is drawn as "?".

#include "records_frames.hpp"
#include "records_controller.hpp"

#include <doctest/doctest.h>

using namespace mamori;

TEST_CASE("The font atlas of the records view holds every character of the names shown")
{
    auto report = std::make_shared<records::StatusReport>();
    for (const char* name : {"髙橋 﨑子", "渡邉 德太郎", "草彅 剛"}) {
        records::StatusRow row;
        row.personId = "E1";
        row.name = name;
        row.department = "營業部 第一課";
        row.manager = "E0";
        row.packId = "basics";
        report->rows.push_back(row);
    }
    const records::PeopleTable table(report);
    const std::string characters = app::charactersOfPeople(table);
    for (const char* c : {"髙", "﨑", "邉", "德", "彅", "營"}) CHECK(characters.find(c) != std::string::npos);
    CHECK(characters.find("髙") == characters.rfind("髙"));   // each character once

    const lessons::PackLibrary library;
    test::RecordsFrames frames(characters, library);
    ImFont* body = ImGui::GetIO().Fonts->Fonts[0];
    for (unsigned int code : {0x9AD9u, 0xFA11u, 0x9089u, 0x5FB7u, 0x5F45u, 0x71DFu}) {
        CAPTURE(code);
        CHECK(body->FindGlyphNoFallback(static_cast<ImWchar>(code)) != nullptr);
    }
}
