// The progress file format: round trips, damaged files, schema versions and migration.

#include "mamori/records/progress_file.hpp"
#include "mamori/scoring/clock.hpp"
#include "records_fixtures.hpp"
#include "test_support.hpp"

#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;

namespace {

std::string fixture(const std::string& name)
{
    std::ifstream in(mamori::test::sourceDir() / "tests/records/progress-files" / name, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

SaveHistory sampleHistory()
{
    SaveHistory h;
    h.head = {12, std::string(64, 'c')};
    h.recent = {{10, std::string(64, 'a')}, {11, std::string(64, 'b')}};
    h.checkpoints = {{{4, std::string(64, '4')}, kStart + 7min, "basics: quiz final, attempt 1 timed out (71%, failed)"}};
    h.events = {{HistoryEvent::Kind::Restored, 9, kStart + 1h, "the progress file was missing; the backup (save 8) was restored"}};
    return h;
}

TEST_CASE("everything in a progress file survives writing and reading back, its history included")
{
    const LearnerProgress original = sampleProgress();
    const SaveHistory history = sampleHistory();
    const std::string xml = serializeProgress(original, history);
    CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    CHECK(xml.find("schema=\"4\"") != std::string::npos);
    CHECK(xml.find("<history generation=\"12\"") > xml.find("</pack>"));
    auto read = parseProgress(xml, "E12345.xml");
    REQUIRE(read);
    CHECK(read.value().progress == original);   // exact: numbers are written in shortest round-trip form
    const SaveHistory& h = read.value().history;
    CHECK(h.head.generation == 12);
    CHECK(h.recent.size() == 2);
    CHECK(h.valueAt(11) == std::string(64, 'b'));
    CHECK(h.valueAt(4) == std::string(64, '4'));
    REQUIRE(h.events.size() == 1);
    CHECK(h.events[0].kind == HistoryEvent::Kind::Restored);
    CHECK(h.events[0].generation == 9);
    CHECK(h.events[0].detail == history.events[0].detail);
    CHECK(serializeProgress(read.value().progress, read.value().history) == xml);
}

TEST_CASE("a save's chain value covers its records: the same records give the same value, others another")
{
    std::string digestA, digestB, digestC;
    serializeSave(sampleProgress(), [&](std::string_view d) { digestA = d; return SaveHistory{}; });
    serializeSave(sampleProgress(), [&](std::string_view d) { digestB = d; return SaveHistory{}; });
    LearnerProgress changed = sampleProgress();
    changed.packs.at("basics").attempts[0].steps[0].secondsTaken += 1;
    serializeSave(changed, [&](std::string_view d) { digestC = d; return SaveHistory{}; });
    CHECK(digestA.size() == 64);
    CHECK(digestA == digestB);
    CHECK(digestA != digestC);
}

TEST_CASE("a schema-2 file, written before save histories, reads with none")
{
    const std::string schema2 = "<progress schema=\"2\" learner=\"E1\" name=\"\" created=\"2026-04-01T09:00:00Z\">\n"
                                "<pack id=\"p\" version=\"1\"><view lesson=\"l\" page=\"p1\" at=\"2026-04-01T09:00:00Z\"/></pack>\n"
                                "</progress>\n";
    auto read = parseProgress(schema2, "E1.xml");
    REQUIRE(read);
    CHECK_FALSE(read.value().history.started());
    CHECK(read.value().progress.packs.at("p").pageViews.size() == 1);
}

TEST_CASE("timestamps are UTC to the second, parse back exactly, and nothing else parses")
{
    CHECK(formatTimestamp(kStart) == "2026-04-01T09:00:00Z");
    CHECK(parseTimestamp("2026-04-01T09:00:00Z") == kStart);
    CHECK(parseTimestamp("9999-12-31T23:59:59Z"));
    for (const char* bad : {"2026-02-30T09:00:00Z", "2026-04-01 09:00:00", "", "-001-04-01T09:00:00Z", "+026-04-01T09:00:00Z",
                            "2026-04-01T 9:00:00Z", "2026-4-01T09:00:00Z", "1999-12-31T23:59:59Z", "10000-01-01T00:00:00Z",
                            "2026-04-01T24:00:00Z", "2026-04-01T09:00:60Z", "2026-04-01T09:00:00+09:00"}) {
        CAPTURE(bad);
        CHECK_FALSE(parseTimestamp(bad));
    }
}

TEST_CASE("a clock outside 2000–2199 is refused as now, with the time it reads")
{
    CHECK_FALSE(nowProblem(kStart));
    CHECK_FALSE(nowProblem(kEarliestNow));
    CHECK_FALSE(nowProblem(kLatestNow));
    CHECK(nowProblem(kLatestNow + 1s) ==
          "the time 2200-01-01T00:00:00Z is outside 2000-01-01 to 2199-12-31; check the computer's date and time");
    CHECK(nowProblem(Timestamp{}) ==
          "the time 1970-01-01T00:00:00Z is outside 2000-01-01 to 2199-12-31; check the computer's date and time");
    // Even the latest now plus the longest review interval stays readable.
    CHECK(parseTimestamp(formatTimestamp(kLatestNow + std::chrono::days(7))));
}

TEST_CASE("a schema-1 file written by this version's predecessor reads as expected")
{
    auto read = parseProgress(fixture("schema-1.xml"), "schema-1.xml");
    REQUIRE(read);
    const LearnerProgress& p = read.value().progress;
    CHECK(p.learnerId == "E00042");
    CHECK(p.displayName == "佐藤 花子");
    const PackProgress& pack = p.packs.at("tour");
    CHECK(pack.pageViews.size() == 3);
    REQUIRE(pack.attempts.size() == 1);
    CHECK(pack.attempts[0].passed);
    CHECK(pack.attempts[0].steps.size() == 6);
    CHECK(pack.completions.size() == 4);
}

TEST_CASE("a file from a newer Mamori is refused with a clear message, not misread")
{
    auto read = parseProgress(fixture("schema-99.xml"), "schema-99.xml");
    REQUIRE_FALSE(read);
    CHECK(read.refusal().code == RefusalCode::ProgressNewer);
    CHECK(read.refusal().message ==
          "schema-99.xml: error: written by a newer Mamori (schema 99; this version reads up to 4); update Mamori to open it");
}

TEST_CASE("an inbox run survives writing and reading back, every action with its target and time")
{
    LearnerProgress progress = sampleProgress();
    InboxRunRecord run;
    run.inboxId = "inbox-week";
    run.number = 2;
    run.packVersion = "1.2.0";
    run.started = kStart;
    run.steps = {{"m02", InboxAction::Open, "", kStart + 5s},
                 {"m02", InboxAction::MarkClue, "link:m02-l-reset", kStart + 20s},
                 {"m02", InboxAction::OpenAttachment, "m02-a-zip", kStart + 31s},
                 {"m02", InboxAction::Report, "", kStart + 40s}};
    run.finished = kStart + 40s;
    run.score = 2.5;
    run.maxScore = 26;
    run.percent = 9.615384615384615;
    run.passed = false;
    PackProgress& pack = progress.pack("targeted-attacks");
    pack.inboxRuns.push_back(run);
    pack.completions.push_back({Completion::Kind::Inbox, "inbox-week", kStart + 40s, "1.2.0"});
    const std::string xml = serializeProgress(progress, {});
    CHECK(xml.find("<act message=\"m02\" action=\"mark\" target=\"link:m02-l-reset\"") != std::string::npos);
    auto read = parseProgress(xml, "E12345.xml");
    REQUIRE(read);
    CHECK(read.value().progress == progress);
}

TEST_CASE("a schema-3 file, from before inbox exercises, is read as it was")
{
    const LearnerProgress original = sampleProgress();
    std::string xml = serializeProgress(original, {});
    const auto at = xml.find("schema=\"4\"");
    REQUIRE(at != std::string::npos);
    xml.replace(at, 10, "schema=\"3\"");
    auto read = parseProgress(xml, "old.xml");
    REQUIRE(read);
    CHECK(read.value().progress == original);
}

TEST_CASE("damaged content is reported with its line")
{
    struct Row {
        std::string xml;
        std::string message;
    };
    const Row rows[] = {
        {"<progress", "p.xml:1: error: not well-formed XML (XML_ERROR_PARSING_ELEMENT)"},
        {"<other/>", "p.xml: error: not a Mamori progress file (no <progress> root)"},
        {"<progress learner=\"x\"/>", "p.xml:1: error: <progress> has no valid 'schema' version"},
        {"<progress schema=\"1\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<pack id=\"p\" version=\"1\">\n"
         "<attempt quiz=\"q\" number=\"one\"/></pack></progress>",
         "p.xml:3: error: 'number' is not a number"},
        {"<progress schema=\"1\" learner=\"x\" created=\"yesterday\"/>", "p.xml:1: error: 'created' is not a time: 'yesterday'"},
        {"<progress schema=\"1\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<surprise/></progress>",
         "p.xml:2: error: unexpected <surprise> in <progress>"},
        {"<progress schema=\"99999999999\" learner=\"x\"/>",
         "p.xml: error: written by a newer Mamori (schema 99999999999; this version reads up to 4); update Mamori to open it"},
        {"<progress schema=\"3\" learner=\"../x\" created=\"2026-04-01T09:00:00Z\"/>",
         "p.xml:1: error: 'learner' is not a learner id: a learner id must start with a letter or digit"},
        // What the writer can never produce, because input refuses it first:
        {"<progress schema=\"3\" learner=\"x\" name=\"a\x01" "b\" created=\"2026-04-01T09:00:00Z\"/>",
         "p.xml:1: error: 'name' contains a control character (U+0001)"},
        {"<progress schema=\"3\" learner=\"x\" name=\"a\xff\" created=\"2026-04-01T09:00:00Z\"/>",
         "p.xml:1: error: 'name' is not valid UTF-8 (at byte 2)"},
        {"<progress schema=\"3\" learner=\"x\" name=\"" + std::string(4097, 'n') + "\" created=\"2026-04-01T09:00:00Z\"/>",
         "p.xml:1: error: 'name' is longer than 4096 characters"},
        {"<progress schema=\"3\" learner=\"x\" created=\"10000-01-01T00:00:00Z\"/>",
         "p.xml:1: error: 'created' is not a time: '10000-01-01T00:00:00Z'"},
        {"<progress schema=\"3\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<pack id=\"p\" version=\"1\">\n"
         "<attempt quiz=\"q\" number=\"1\" pack-version=\"1\" seed=\"1\" started=\"2026-04-01T09:00:00Z\" position=\"0\">\n"
         "<answer question=\"a\" at=\"2026-04-01T09:00:00Z\" seconds=\"-5\" fraction=\"1\" score=\"1\" max=\"1\"/>\n"
         "<answer question=\"b\" at=\"2026-04-01T09:00:00Z\" seconds=\"5\" fraction=\"nan\" score=\"1\" max=\"1\"/>\n"
         "</attempt></pack></progress>",
         "p.xml:4: error: 'seconds' cannot be negative"},
        {"<progress schema=\"3\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<pack id=\"p\" version=\"1\">\n"
         "<attempt quiz=\"q\" number=\"1\" pack-version=\"1\" seed=\"1\" started=\"2026-04-01T09:00:00Z\" position=\"0\">\n"
         "<answer question=\"b\" at=\"2026-04-01T09:00:00Z\" seconds=\"5\" fraction=\"nan\" score=\"1\" max=\"1\"/>\n"
         "</attempt></pack></progress>",
         "p.xml:4: error: 'fraction' is not a number"},
        {"<progress schema=\"3\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<history generation=\"1\" chain=\"xyz\"/>\n"
         "</progress>",
         "p.xml:2: error: 'chain' must be 64 hex digits"},
        {"<progress schema=\"3\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<history generation=\"1\" chain=\"" +
             std::string(64, 'a') + "\"/>\n<pack id=\"p\" version=\"1\"/></progress>",
         "p.xml:3: error: <pack> after <history>, which must come last"},
        {"<progress schema=\"4\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<pack id=\"p\" version=\"1\">\n"
         "<inbox-run inbox=\"i\" number=\"1\" pack-version=\"1\" started=\"2026-04-01T09:00:00Z\">\n"
         "<act message=\"m1\" action=\"forward\" at=\"2026-04-01T09:00:00Z\"/>\n"
         "</inbox-run></pack></progress>",
         "p.xml:4: error: 'action' must be one of open, open-link, open-attachment, reply, mark, unmark, report, delete, mark-safe"},
        {"<progress schema=\"4\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<pack id=\"p\" version=\"1\">\n"
         "<inbox-run inbox=\"i\" number=\"1\" pack-version=\"1\" started=\"2026-04-01T09:00:00Z\">\n"
         "<act message=\"m1\" action=\"open-link\" at=\"2026-04-01T09:00:00Z\"/>\n"
         "</inbox-run></pack></progress>",
         "p.xml:4: error: 'target' is needed by action 'open-link'"},
        // A resume point outside the attempt would open an empty quiz screen.
        {"<progress schema=\"3\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<pack id=\"p\" version=\"1\">\n"
         "<attempt quiz=\"q\" number=\"1\" pack-version=\"1\" seed=\"1\" started=\"2026-04-01T09:00:00Z\" position=\"7\">\n"
         "<question id=\"a\"/><question id=\"b\"/>\n"
         "</attempt></pack></progress>",
         "p.xml:3: error: 'position' 7 is outside the attempt's 2 questions"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.xml);
        auto read = parseProgress(row.xml, "p.xml");
        REQUIRE_FALSE(read);
        CHECK(read.refusal().message == row.message);
    }
}
