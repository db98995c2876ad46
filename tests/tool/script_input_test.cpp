// Learner scripts as people and accidents produce them: a binary file given by mistake, a
// Shift_JIS or UTF-16 file, a byte-order mark, Windows and old Mac line ends, numbers that are
// not numbers, a file of nothing but mistakes; and wrong --user and --now values.

#include "tool_fixture.hpp"

#include "learner_script.hpp"

#include <doctest/doctest.h>

using namespace mamori::tool;
using namespace mamori::test;
namespace fs = std::filesystem;

TEST_CASE("a binary file given as a script is refused once, with its line, and none of its bytes is printed")
{
    Learner learner;
    std::string binary = "#!/bin/sh\n";
    for (int round = 0; round < 40; ++round) {
        for (int byte = 0; byte < 256; ++byte) binary += static_cast<char>(byte);
    }
    const Run run = learner.play(binary);
    CHECK(run.status == kExitProblems);
    const std::string file = (learner.folder.path() / "script.play").string();
    CHECK(run.err == file + ":2: error: the script is not a text file (this line holds a NUL byte)\n");
    CHECK(run.out.empty());
    CHECK_FALSE(fs::exists(learner.progressFolder()));
}

TEST_CASE("a script saved as Shift_JIS or UTF-16 is refused once, saying to save it as UTF-8")
{
    Learner learner;
    const std::string file = (learner.folder.path() / "script.play").string();
    // 山田 in Shift_JIS, and a mistake after it that is not reported: the file is not read as text.
    const Run sjis = learner.play("open tour/how-it-works\nname \"\x8E\x52\x93\x63\"\nfly away\n");
    CHECK(sjis.status == kExitProblems);
    CHECK(sjis.err == file + ":2: error: the script is not UTF-8 text (byte 0x8E on this line); save it as UTF-8\n");

    const std::string ascii = "open tour/how-it-works\r\n";
    std::string utf16 = "\xFF\xFE";
    std::string utf16WithoutMark;
    for (char c : ascii) {
        utf16 += std::string{c, '\0'};
        utf16WithoutMark += std::string{c, '\0'};
    }
    CHECK(learner.play(utf16).err == file + ":1: error: the script is saved as UTF-16; save it as UTF-8\n");
    CHECK(learner.play(utf16WithoutMark).err == file + ":1: error: the script is saved as UTF-16; save it as UTF-8\n");
    CHECK_FALSE(fs::exists(learner.progressFolder()));
}

TEST_CASE("a byte-order mark is skipped, and CR LF, LF and a lone CR all end a line")
{
    Learner learner;
    const Run run = learner.play("\xEF\xBB\xBF" "open tour/how-it-works\rview welcome\r\nview reading\nview nowhere\r");
    CHECK(run.status == kExitProblems);
    CHECK(run.out == "opened lesson how-it-works\nviewed page welcome\nviewed page reading\n");
    CHECK(run.err.ends_with("script.play:4: error: lesson 'how-it-works' has no page 'nowhere'\n"));

    // Mistakes on an old Mac file are reported on their own lines, not all on line 1.
    const auto parsed = mamori::app::parseLearnerScript("\xEF\xBB\xBF# made on a Mac\rfly\r\rsubmit now\r", "mac.play");
    CHECK(parsed.errors ==
          std::vector<std::string>{"mac.play:2: error: unknown command 'fly'", "mac.play:4: error: usage: submit"});
}

TEST_CASE("seed and goto take plain numbers: -1, 12abc and 1abc are mistakes on their lines")
{
    Learner learner;
    const Run run = learner.play("start tour/tour-quiz seed -1\nstart tour/tour-quiz seed 12abc\ngoto 1abc\ngoto 0\n"
                                 "start tour/tour-quiz seed 18446744073709551616\ngoto +2\n");
    CHECK(run.status == kExitProblems);
    const std::string file = (learner.folder.path() / "script.play").string();
    const std::string seed = ": error: seed takes a whole number from 0 to 18446744073709551615, found '";
    const std::string go = ": error: goto takes a question number from 1 to 1000, found '";
    CHECK(run.err == file + ":1" + seed + "-1'\n" + file + ":2" + seed + "12abc'\n" + file + ":3" + go + "1abc'\n" + file + ":4" +
                         go + "0'\n" + file + ":5" + seed + "18446744073709551616'\n" + file + ":6" + go + "+2'\n");
    CHECK(run.out.empty());
    CHECK_FALSE(fs::exists(learner.progressFolder()));

    const Run fine = learner.play("start tour/tour-quiz seed 18446744073709551615\ngoto 2\n");
    CHECK(fine.status == kExitOk);
    CHECK(fine.out.ends_with("showing question 2\n"));
}

TEST_CASE("a bad wait duration is reported when the script is read, with the other mistakes, before anything runs")
{
    Learner learner;
    const Run run = learner.play("open tour/how-it-works\nview welcome\nwait soon\nwait 5\nwait -5m\nwait 1.5h\nfly\n");
    CHECK(run.status == kExitProblems);
    CHECK(run.out.empty());
    const std::string file = (learner.folder.path() / "script.play").string();
    const std::string wait = ": error: wait takes a duration of up to 3650 days, such as 90s, 20m, 2h or 3d, found '";
    CHECK(run.err == file + ":3" + wait + "soon'\n" + file + ":4" + wait + "5'\n" + file + ":5" + wait + "-5m'\n" + file + ":6" +
                         wait + "1.5h'\n" + file + ":7: error: unknown command 'fly'\n");
    CHECK_FALSE(fs::exists(learner.progressFolder()));
}

TEST_CASE("a file of nothing but mistakes lists the first 20 and counts the rest")
{
    Learner learner;
    std::string log;
    for (int i = 0; i < 500; ++i) log += "2026-04-01 09:00:00 INFO started\n";
    const Run run = learner.play(log);
    CHECK(run.status == kExitProblems);
    const std::string file = (learner.folder.path() / "script.play").string();
    std::string expected;
    for (int line = 1; line <= 20; ++line) expected += file + ":" + std::to_string(line) + ": error: unknown command '2026-04-01'\n";
    expected += file + ": error: 480 more lines with mistakes not shown; fix the ones above first\n";
    CHECK(run.err == expected);
}

TEST_CASE("a wrong --user or --now is a wrong command line: exit 2, before the script is read or a file is made")
{
    Learner learner;
    const std::string script = "open tour/how-it-works\n";
    const Run invalid = learner.play(script, "../../etc/x");
    CHECK(invalid.status == kExitUsage);
    CHECK(invalid.err == "mamori-tool play: --user: a learner id must start with a letter or digit\n");
    const Run empty = learner.play(script, "");
    CHECK(empty.status == kExitUsage);
    CHECK(empty.err == "mamori-tool play: --user: a learner id cannot be empty\n");
    for (const char* now : {"-001-04-01T09:00:00Z", "+026-04-01T09:00:00Z", "2026-04-01T 9:00:00Z", " 2026-04-01T09:00:00Z",
                            "2026-04-01 09:00:00Z", "2026-04-01T09:00:00+09:00", "2026-02-30T09:00:00Z"}) {
        CAPTURE(now);
        const Run run = learner.play(script, "E1", now);
        CHECK(run.status == kExitUsage);
        CHECK(run.err == "mamori-tool play: --now takes a UTC time written YYYY-MM-DDTHH:MM:SSZ, such as 2026-04-01T09:00:00Z\n");
    }
    // A wrong command line wins over a wrong script: the script is not even read.
    const auto folder = learner.folder.path() / "a-folder";
    fs::create_directory(folder);
    CHECK(learner.playFile(folder.string(), "", "2026-04-01T09:00:00Z").status == kExitUsage);
    CHECK_FALSE(fs::exists(learner.progressFolder()));
}

TEST_CASE("review answers a question due in the deck: one not in it or not yet due fails at its line, and a certainty is refused")
{
    Learner learner;
    const std::string missTwo = "start tour/tour-quiz seed 7\n"
                                "answer tour-q-confirm enter\n"
                                "answer tour-q-kinds tip warning rule\n"
                                "answer tour-q-resume true\n"
                                "answer tour-q-steps check decide learn\n"
                                "answer tour-q-boxes tip=rule warning=tip rule=warning\n"
                                "answer tour-q-usb text \"USB\"\n"
                                "submit\n";
    const Run early = learner.play(missTwo + "expect reviews-due 0\nreview tour/tour-q-steps learn decide check\n");
    CHECK(early.status == kExitProblems);
    CHECK(early.err.ends_with("script.play:10: error: question 'tour-q-steps' is not due for review until 2026-04-02T09:00:00Z\n"));

    Learner other;
    const Run due = other.play(missTwo + "wait 1d\nexpect reviews-due 2\nreview tour/tour-q-steps learn decide check\n"
                                         "expect reviews-due 1\nreview tour/tour-q-usb text \"USB\"\n");
    CHECK(due.status == kExitProblems);
    CHECK(due.out.find("reviewed tour-q-steps: right; next review 2026-04-05T09:00:00Z\n") != std::string::npos);
    CHECK(due.err.ends_with("script.play:13: error: question 'tour-q-usb' is not in the review deck\n"));

    const Run sure = other.play("review tour/tour-q-boxes tip=tip warning=warning rule=rule certainty high\n");
    CHECK(sure.status == kExitProblems);
    CHECK(sure.err.ends_with("script.play:1: error: a review asks no certainty; answer without 'certainty high'\n"));
}
