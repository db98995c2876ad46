// The review deck in progress files: written and read back, damaged items reported by line,
// and migrated from schema 1 as the session would have built it live.

#include "mamori/records/progress_file.hpp"
#include "mamori/scoring/learner_session.hpp"
#include "mamori/scoring/review_deck.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;
using std::chrono::days;

namespace {

std::string fixtureFile(const std::string& name)
{
    std::ifstream in(sourceDir() / "tests/records/progress-files" / name, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

/// `xml` without its <review> lines, and marked as schema `schema`.
std::string withoutReviews(const std::string& xml, const std::string& schema)
{
    std::istringstream lines(xml);
    std::string out, line;
    while (std::getline(lines, line)) {
        if (line.find("<review ") != std::string::npos) continue;
        if (auto at = line.find("schema=\"4\""); at != std::string::npos) line.replace(at, 10, "schema=\"" + schema + "\"");
        out += line + "\n";
    }
    return out;
}

void checkSameDeck(const std::vector<ReviewItem>& a, const std::vector<ReviewItem>& b)
{
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CAPTURE(a[i].questionId);
        CHECK(a[i] == b[i]);
    }
}

} // namespace

TEST_CASE("the review deck survives writing and reading back")
{
    LearnerProgress p;
    p.learnerId = "E1";
    p.created = kStart;
    PackProgress& pack = p.pack("basics");
    pack.lastVersion = "1.0";
    pack.completions.push_back({Completion::Kind::Lesson, "intro", kStart, "1.0"});
    pack.reviews = {{"q2", 2, kStart + days(3), kStart - days(1), 3, 1}, {"q1", 1, kStart + days(1), kStart, 0, 0}};
    const std::string xml = serializeProgress(p, {});
    CHECK(xml.find("schema=\"4\"") != std::string::npos);
    const auto review = xml.find(
        "<review question=\"q2\" stage=\"2\" due=\"2026-04-04T09:00:00Z\" added=\"2026-03-31T09:00:00Z\" reviews=\"3\" lapses=\"1\"/>");
    REQUIRE(review != std::string::npos);
    CHECK(review > xml.find("<completed"));
    auto read = parseProgress(xml, "E1.xml");
    REQUIRE(read);
    checkSameDeck(read.value().progress.packs.at("basics").reviews, pack.reviews);
    CHECK(serializeProgress(read.value().progress, {}) == xml);
}

TEST_CASE("damaged review items are reported with their line")
{
    const std::string head = "<progress schema=\"2\" learner=\"x\" created=\"2026-04-01T09:00:00Z\">\n<pack id=\"p\" version=\"1\">\n";
    const std::string good = "<review question=\"q\" stage=\"1\" due=\"2026-04-02T09:00:00Z\" added=\"2026-04-01T09:00:00Z\" "
                             "reviews=\"0\" lapses=\"0\"/>\n";
    struct Row {
        std::string review;
        std::string message;
    };
    const Row rows[] = {
        {"<review question=\"q\" stage=\"4\" due=\"2026-04-02T09:00:00Z\" added=\"2026-04-01T09:00:00Z\" reviews=\"0\" lapses=\"0\"/>",
         "p.xml:3: error: 'stage' must be 1 to 3"},
        {"<review question=\"q\" stage=\"1\" added=\"2026-04-01T09:00:00Z\" reviews=\"0\" lapses=\"0\"/>",
         "p.xml:3: error: <review> is missing 'due'"},
        {"<review question=\"q\" stage=\"1\" due=\"soon\" added=\"2026-04-01T09:00:00Z\" reviews=\"0\" lapses=\"0\"/>",
         "p.xml:3: error: 'due' is not a time: 'soon'"},
        {"<review question=\"q\" stage=\"1\" due=\"2026-04-02T09:00:00Z\" added=\"2026-04-01T09:00:00Z\" reviews=\"1\" lapses=\"2\"/>",
         "p.xml:3: error: 'reviews' and 'lapses' must be counts, with no more lapses than reviews"},
        {good + good, "p.xml:4: error: question 'q' is in the review deck twice"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.review);
        auto read = parseProgress(head + row.review + "\n</pack></progress>", "p.xml");
        REQUIRE_FALSE(read);
        CHECK(read.refusal().message == row.message);
    }
    CHECK(parseProgress(head + good + "</pack></progress>", "p.xml"));
}

TEST_CASE("a schema-1 file is migrated with the deck its finished attempt built")
{
    auto read = parseProgress(fixtureFile("schema-1.xml"), "schema-1.xml");
    REQUIRE(read);
    const PackProgress& pack = read.value().progress.packs.at("tour");
    CHECK(pack.attempts.size() == 1);
    CHECK(pack.completions.size() == 4);
    const Timestamp finished = *pack.attempts[0].finished;
    CHECK(finished == kStart);
    CHECK(deckOf(read.value().progress, "tour") == std::set<std::string>{"tour-q-order", "tour-q-boxes"});
    for (const ReviewItem& item : pack.reviews) {
        CAPTURE(item.questionId);
        CHECK(item.stage == 1);
        CHECK(item.added == finished);
        CHECK(item.due == finished + days(1));
        CHECK(item.reviews == 0);
        CHECK(item.lapses == 0);
    }
    // From then on it is written in the current schema, deck included.
    const std::string written = serializeProgress(read.value().progress, {});
    CHECK(written.find("<progress schema=\"4\"") != std::string::npos);
    CHECK(written.find("<review question=\"tour-q-order\" stage=\"1\" due=\"2026-04-02T09:00:00Z\" added=\"2026-04-01T09:00:00Z\" "
                       "reviews=\"0\" lapses=\"0\"/>") != std::string::npos);
    auto again = parseProgress(written, "again.xml");
    REQUIRE(again);
    checkSameDeck(again.value().progress.packs.at("tour").reviews, pack.reviews);
}

TEST_CASE("the migration builds the same deck as the session did live, attempt by attempt")
{
    SavedRecords records;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" time-limit=\"15m\"");
    auto session = openSession(records, clock);
    answerAllBut(*session, fixture, {"single", "matching"});
    clock.advance(5min);
    REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));
    clock.advance(days(2));
    answerAllBut(*session, fixture, {"matching", "shorttext"});   // single right now; matching missed again
    clock.advance(1h);
    CHECK(session->expireOverdue(fixture.pack(), "quiz"));        // timed out at its deadline
    clock.advance(1h);
    answerAllBut(*session, fixture, {"truefalse"});               // still open: not in the deck
    const std::vector<ReviewItem> live = session->progress().findPack("test")->reviews;
    CHECK(deckOf(session->progress(), "test") == std::set<std::string>{"single", "matching", "shorttext"});

    // The same records as a schema-1 file: no <review> elements.
    const std::string schema1 = withoutReviews(serializeProgress(session->progress(), {}), "1");
    REQUIRE(schema1.find("schema=\"1\"") != std::string::npos);
    auto migrated = parseProgress(schema1, "old.xml");
    REQUIRE(migrated);
    checkSameDeck(migrated.value().progress.packs.at("test").reviews, live);
}
