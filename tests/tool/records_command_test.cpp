// mamori-tool records, end to end: learners play through the real engine, HR ingests their
// files, imports a roster, and reads status, flags and item statistics.

#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

using namespace mamori::tool;
using namespace mamori::test;
namespace fs = std::filesystem;

namespace {

/// An organisation on the tour pack: learners who played scripts, and HR's index.
using TourOrganisation = RecordsOrganisation;

/// The tour script completes the tour pack.
std::string tourScript()
{
    return (sourceDir() / "tests/scripts/tour.play").string();
}

} // namespace

TEST_CASE("HR ingests the files, imports a roster and sees who completed, who is overdue and which records need a look")
{
    TourOrganisation org;
    const Run done = org.playFile(tourScript(), "E1");
    CHECK(done.status == kExitOk);
    CHECK(org.play("open tour/how-it-works\nview welcome\n", "E2").status == kExitOk);
    CHECK(org.play("open tour/how-it-works\n", "E9").status == kExitOk);   // not on the roster
    // E3 never started; E4's file is edited by hand.
    CHECK(org.playFile(tourScript(), "E4").status == kExitOk);
    std::string edited = readText(org.progressFile("E4"));
    edited.replace(edited.find("page=\"welcome\""), 14, "page=\"WELCOME\"");
    org.folder.write("progress/E4.xml", edited);

    const Run ingested = org.records({"ingest"});
    CHECK(ingested.status == kExitOk);
    CHECK(ingested.out.find("files: 4 (read 4, unchanged 0, gone 0)") != std::string::npos);
    CHECK(ingested.out.find("read: tampered 1 valid 3") != std::string::npos);
    const Run again = org.records({"ingest"});
    CHECK(again.out.find("files: 4 (read 0, unchanged 4, gone 0)") != std::string::npos);

    const auto roster = org.folder.write("roster.csv", "\xEF\xBB\xBF社員番号,氏名,部署,上長,入社日,割当\r\n"
                                                       "E1,山田 花子,営業部,M1,2026/1/5,tour:2026-04-30\r\n"
                                                       "Ｅ２,佐藤 一郎,営業部,M1,2026/1/5,tour:2026/3/31\r\n"
                                                       "E3,鈴木 次郎,開発部,M2,2026/3/20,tour:hire+30d\r\n"
                                                       "E4,高橋 三郎,開発部,M2,2026/1/5,tour:2026-04-30\r\n"
                                                       "E5,田中 四郎,開発部,M2,2026/13/40,tour:2026-04-30\r\n");
    const Run imported = org.records({"roster", "import", roster.string()});
    CHECK(imported.status == kExitProblems);   // E5's row is bad; the others load
    CHECK(imported.err.find(roster.string() + ":6: error:") != std::string::npos);
    CHECK(imported.out.find("imported 4 people (4 new, 0 updated, 0 marked as left) with 4 assignments") != std::string::npos);

    const Run status = org.records({"status", "--today", "2026-04-10"});
    CHECK(status.status == kExitOk);
    INFO(status.out);
    CHECK(status.out.find("status on 2026-04-10 (Asia/Tokyo)") != std::string::npos);
    auto line = [&](const std::string& id) {
        const auto at = status.out.find("\n" + id + " ");
        return at == std::string::npos ? std::string() : status.out.substr(at + 1, status.out.find('\n', at + 1) - at - 1);
    };
    CHECK(line("E1").find("completed") != std::string::npos);
    CHECK(line("E1").find("2026-04-01") != std::string::npos);   // 09:00 UTC is 18:00 the same day in Tokyo
    CHECK(line("E2").find("overdue") != std::string::npos);
    CHECK(line("E3").find("not-started") != std::string::npos);
    CHECK(line("E3").find("2026-04-19") != std::string::npos);   // hire+30d
    CHECK(line("E4").find("NOT COUNTED: tampered") != std::string::npos);
    CHECK(line("E4").find("not-started") != std::string::npos);
    CHECK(status.out.find("files of people not on the roster (1): E9") != std::string::npos);

    const Run overdue = org.records({"status", "--overdue", "--today", "2026-04-10"});
    CHECK(overdue.out.find("\nE2 ") != std::string::npos);
    CHECK(overdue.out.find("\nE1 ") == std::string::npos);

    const Run flags = org.records({"flags"});
    CHECK(flags.status == kExitProblems);
    CHECK(flags.out.find("E4       not-verified") != std::string::npos);

    const Run items = org.records({"items", "--pack", "tour"});
    CHECK(items.status == kExitOk);
    CHECK(items.out.find("quiz tour-quiz (pack tour, all versions; first attempts)") != std::string::npos);
    CHECK(items.out.find("tour-q-usb") != std::string::npos);
    CHECK(items.out.find("山田") == std::string::npos);   // no names for trainers
}

TEST_CASE("records refuses an index on a network share and usage errors exit 2")
{
    TourOrganisation org;
    CHECK(tool(runRecords, {}).status == kExitUsage);
    CHECK(tool(runRecords, {"polish"}).status == kExitUsage);
    CHECK(org.records({"items"}).status == kExitUsage);
    CHECK(org.records({"status", "--today", "yesterday"}).status == kExitUsage);
    CHECK(tool(runRecords, {"--help"}).out.find("PERSONAL DATA") != std::string::npos);
}

TEST_CASE("progress files are private, unless the group-readable setting lets HR's group read them on a share")
{
    Learner learner;
    REQUIRE(learner.play("open tour/how-it-works\nview welcome\n", "E1").status == kExitOk);
    const Run shared = tool(runPlay, {"--data-dir", learner.folder.path().string(), "--key-file", learner.key(), "--user", "E2",
                                      "--now", "2026-04-01T09:00:00Z", "--progress-files", "group-readable",
                                      learner.folder.write("shared.play", "open tour/how-it-works\nview welcome\n").string()});
    REQUIRE(shared.status == kExitOk);
    auto mode = [](const std::string& file) {
        struct stat info {};
        REQUIRE(::stat(file.c_str(), &info) == 0);
        return info.st_mode & 07777;
    };
    CHECK(mode(learner.progressFile("E1")) == 0600);
    CHECK(mode(learner.progressFile("E2")) == 0640);
    CHECK(mode(learner.progressFile("E2") + ".bak") == 0640);   // the backup keeps the mode of what it was
}
