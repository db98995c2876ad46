// HR's ingest reads progress files through a scanner instead of tinyxml2 (progress_scan.hpp):
// what it reads must be what the full reader reads, and nothing the full reader refuses may
// get through it.

#include "mamori/records/progress_file.hpp"
#include "progress_scan.hpp"

#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;

namespace {

ProgressDocument document()
{
    ProgressDocument d;
    d.progress = sampleProgress();
    PackProgress& pack = d.progress.pack("basics");
    pack.reviews.push_back({"q2", 1, kStart + 24h, kStart + 7min, 0, 0});
    d.history.head = {3, std::string(64, 'c')};
    d.history.recent = {{2, std::string(64, 'b')}};
    d.history.checkpoints.push_back(
        Checkpoint{ChainValue{1, std::string(64, 'a')}, kStart + 7min, "basics: quiz final, attempt 1 submitted (80%, passed)"});
    d.history.events = {{HistoryEvent::Kind::Restored, 2, kStart + 1h, "the backup (save 1) was restored"}};
    return d;
}

/// Whatever the scanner reads, the full reader reads the same; returns whether the scanner read it.
bool scannedAsFullReaderReads(const std::string& content)
{
    const auto scanned = parseWrittenProgress(content, "E12345.xml");
    if (!scanned) return false;
    const auto full = parseProgress(content, "E12345.xml");
    REQUIRE_MESSAGE(full, "the scanner took what the full reader refuses: ", content);
    CHECK(scanned->progress == full.value().progress);
    CHECK(serializeProgress(scanned->progress, scanned->history) == serializeProgress(full.value().progress, full.value().history));
    return true;
}

} // namespace

TEST_CASE("the scanner reads a file as Mamori writes it exactly as the full reader does, entities included")
{
    const ProgressDocument d = document();
    const std::string xml = serializeProgress(d.progress, d.history);
    CHECK(xml.find("&quot;") != std::string::npos);
    CHECK(xml.find("&amp;") != std::string::npos);
    CHECK(scannedAsFullReaderReads(xml));
    const auto scanned = parseWrittenProgress(xml, "E12345.xml");
    REQUIRE(scanned);
    CHECK(scanned->progress == d.progress);
}

TEST_CASE("what the scanner does not take is left to tinyxml2 and the full reader")
{
    const ProgressDocument d = document();
    const std::string xml = serializeProgress(d.progress, d.history);
    auto replaced = [&xml](const std::string& from, const std::string& to) {
        std::string out = xml;
        const auto at = out.find(from);
        REQUIRE(at != std::string::npos);
        return out.replace(at, from.size(), to);
    };
    for (const std::string& other : {
             replaced("<pack ", "<!-- a comment --><pack "),                       // a comment
             replaced("<pack ", "text<pack "),                                     // text
             replaced("learner=\"E12345\"", "learner=\"E&#x31;2345\""),            // a character reference
             replaced("learner=\"E12345\"", "learner=\"E12345\" learner=\"E1\""),  // a duplicate attribute
             replaced("</progress>", "</progres>"),                                // a mismatched end tag
             replaced("</progress>", "</progress><progress/>"),                    // a second root
             replaced("schema=\"4\"", "schema=\"2\""),                             // an older schema: migrated
             replaced("\n", "\r\n"),                                               // CR LF line ends
             "\xEF\xBB\xBF" + xml,                                                  // a byte order mark
             replaced("created=\"2026-04-01T09:00:00Z\"", "created=\"yesterday\""),  // a fault the reader finds
         }) {
        CHECK_FALSE(parseWrittenProgress(other, "E12345.xml"));
    }
}

TEST_CASE("no changed, removed or repeated byte makes the scanner take what the full reader refuses, or read it otherwise")
{
    const ProgressDocument d = document();
    const std::string xml = serializeProgress(d.progress, d.history);
    int taken = 0;
    for (std::size_t at = 0; at < xml.size(); ++at) {
        for (const char byte : {'<', '>', '"', '&', ';', '/', '=', ' ', '\n', '\r', '\t', '\0', 'a', '1', '#', '?', '!', '\x80'}) {
            if (xml[at] == byte) continue;
            std::string changed = xml;
            changed[at] = byte;
            taken += scannedAsFullReaderReads(changed);
        }
        taken += scannedAsFullReaderReads(std::string(xml).erase(at, 1));
        taken += scannedAsFullReaderReads(std::string(xml).insert(at, 1, xml[at]));
    }
    CHECK(taken > 0);   // some changes (within a text, a digit) leave a file the scanner takes
}
