// The progress file format: round trips, damaged files, schema versions and migration.

#include "mamori/scoring/progress_file.hpp"
#include "test_support.hpp"

#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;

namespace {

LearnerProgress sample()
{
    LearnerProgress p;
    p.learnerId = "E12345";
    p.displayName = "山田 太郎 <\"&'>";
    p.created = kStart;
    PackProgress& pack = p.pack("basics");
    pack.lastVersion = "1.2.0";
    pack.resume = ResumePoint{"intro", "p2"};
    pack.pageViews = {{"intro", "p1", kStart + 1min}, {"intro", "p2", kStart + 2min}};
    AttemptRecord a;
    a.quizId = "final";
    a.number = 1;
    a.packVersion = "1.1.0";
    a.seed = 18446744073709551615ull;
    a.questions = {{"q1", {"c", "a", "b"}}, {"q2", {}}, {"q3", {"p2", "d", "p1"}}};
    a.carried = {{"q0", 1, 1}};
    a.started = kStart + 3min;
    a.position = 2;
    a.steps = {{"q1", Response{{"a"}, {}, {}}, Certainty::High, kStart + 4min, 60, 1.0, 3.0, 3.0},
               {"q2", Response{{}, {}, "ＵＳＢ メモリ \"quoted\""}, std::nullopt, kStart + 5min, 60, 0.0, 0.0, 1.0},
               {"q3", Response{{}, {{"p1", "p1"}, {"p2", "d"}}, {}}, std::nullopt, kStart + 6min, 60, 0.5, 1.0, 2.0}};
    a.finished = kStart + 7min;
    a.end = AttemptEnd::TimedOut;
    a.score = 5;
    a.maxScore = 7;
    a.percent = 500.0 / 7;
    a.passed = false;
    pack.attempts.push_back(a);
    ScenarioRunRecord r;
    r.scenarioId = "call";
    r.number = 2;
    r.packVersion = "1.2.0";
    r.started = kStart + 8min;
    r.path = {{"n1", "o1", kStart + 9min}};
    pack.runs.push_back(r);
    pack.completions.push_back({Completion::Kind::Lesson, "intro", kStart + 2min, "1.2.0"});
    return p;
}

void checkSame(const LearnerProgress& a, const LearnerProgress& b)
{
    CHECK(a.learnerId == b.learnerId);
    CHECK(a.displayName == b.displayName);
    CHECK(a.created == b.created);
    REQUIRE(a.packs.size() == b.packs.size());
    const PackProgress& x = a.packs.at("basics");
    const PackProgress& y = b.packs.at("basics");
    CHECK(x.lastVersion == y.lastVersion);
    CHECK(x.resume->pageId == y.resume->pageId);
    CHECK(x.pageViews.size() == y.pageViews.size());
    REQUIRE(x.attempts.size() == 1);
    const AttemptRecord& s = x.attempts[0];
    const AttemptRecord& t = y.attempts[0];
    CHECK(s.seed == t.seed);
    CHECK(s.questions == t.questions);
    CHECK(s.carried.size() == t.carried.size());
    CHECK(s.finished == t.finished);
    CHECK(s.end == t.end);
    CHECK(s.percent == t.percent);  // exact: numbers are written in shortest round-trip form
    REQUIRE(s.steps.size() == t.steps.size());
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        CHECK(s.steps[i].response == t.steps[i].response);
        CHECK(s.steps[i].certainty == t.steps[i].certainty);
        CHECK(s.steps[i].at == t.steps[i].at);
        CHECK(s.steps[i].fraction == t.steps[i].fraction);
        CHECK(s.steps[i].score == t.steps[i].score);
    }
    CHECK(x.runs[0].path.size() == y.runs[0].path.size());
    CHECK_FALSE(y.runs[0].isFinished());
    CHECK(x.completions[0].at == y.completions[0].at);
}

std::string fixture(const std::string& name)
{
    std::ifstream in(mamori::test::sourceDir() / "tests/scoring/progress-files" / name, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

TEST_CASE("everything in a progress file survives writing and reading back")
{
    const LearnerProgress original = sample();
    const std::string xml = serializeProgress(original);
    CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    CHECK(xml.find("schema=\"2\"") != std::string::npos);
    auto read = parseProgress(xml, "E12345.xml");
    REQUIRE(read);
    checkSame(original, read.value());
    CHECK(serializeProgress(read.value()) == xml);
}

TEST_CASE("timestamps are UTC to the second and parse back exactly")
{
    CHECK(formatTimestamp(kStart) == "2026-04-01T09:00:00Z");
    CHECK(parseTimestamp("2026-04-01T09:00:00Z") == kStart);
    CHECK_FALSE(parseTimestamp("2026-02-30T09:00:00Z"));
    CHECK_FALSE(parseTimestamp("2026-04-01 09:00:00"));
    CHECK_FALSE(parseTimestamp(""));
}

TEST_CASE("a schema-1 file written by this version's predecessor reads as expected")
{
    auto read = parseProgress(fixture("schema-1.xml"), "schema-1.xml");
    REQUIRE(read);
    const LearnerProgress& p = read.value();
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
    CHECK(read.refusal().code == "progress-newer");
    CHECK(read.refusal().message ==
          "schema-99.xml: error: written by a newer Mamori (schema 99; this version reads up to 2); update Mamori to open it");
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
    };
    for (const Row& row : rows) {
        CAPTURE(row.xml);
        auto read = parseProgress(row.xml, "p.xml");
        REQUIRE_FALSE(read);
        CHECK(read.refusal().message == row.message);
    }
}
