// Each progress file notes the app that wrote it (`written-by` on <progress>): what a save
// writes, what the reader takes and refuses, and files from before the note.

#include "mamori/records/build_info.hpp"
#include "mamori/records/progress_check.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/signing.hpp"
#include "progress_scan.hpp"
#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;

namespace {

std::string fixture(const std::string& name)
{
    std::ifstream in(sourceDir() / "tests/records/progress-files" / name, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

std::string replaced(std::string text, const std::string& what, const std::string& with)
{
    const auto at = text.find(what);
    REQUIRE(at != std::string::npos);
    return text.replace(at, what.size(), with);
}

} // namespace

TEST_CASE("this build's identity names its version and commit, and is always one the reader takes")
{
    const std::string identity = appIdentity();
    CHECK(std::regex_match(identity, std::regex(R"(Mamori [0-9]+\.[0-9]+\.[0-9]+( \([0-9a-f]+\))?)")));
    CHECK(identity.find(std::string(mamoriVersion())) != std::string::npos);
    if (mamoriCommit() != "unknown") CHECK(identity.ends_with(" (" + std::string(mamoriCommit()) + ")"));
    CHECK_FALSE(appIdentityProblem(identity));

    CHECK_FALSE(appIdentityProblem(std::string(kMaxAppIdentityCharacters, 'x')));
    CHECK(appIdentityProblem(std::string(kMaxAppIdentityCharacters + 1, 'x')) ==
          "is longer than " + std::to_string(kMaxAppIdentityCharacters) + " characters");
    CHECK(appIdentityProblem("") == "is empty");
    for (const char* bad : {"Mamori\t1", "Mamori\n1", "Mamori 1\x7f", "Mamori 守り"}) {
        CHECK(appIdentityProblem(bad) == "holds a character that is not printable ASCII");
    }
}

TEST_CASE("a save notes the app that wrote it, the reader gives it back, and the signature covers it")
{
    const std::string xml = serializeProgress(sampleProgress(), {});
    CHECK(xml.find(" written-by=\"" + appIdentity() + "\"") != std::string::npos);

    auto full = parseProgress(xml, "E1.xml");
    REQUIRE(full);
    CHECK(full.value().writtenBy == appIdentity());
    const auto scanned = parseWrittenProgress(xml, "E1.xml");   // HR's ingest reads it this way
    REQUIRE(scanned);
    CHECK(scanned->writtenBy == appIdentity());

    const std::string signedFile = signContent(xml, testKey());
    const ProgressCheck check = checkProgressContent(signedFile, "E1.xml", sampleProgress().learnerId, testKey());
    REQUIRE(check.valid());
    CHECK(check.writtenBy == appIdentity());

    // Claiming another app, even one of the same length, breaks the signature.
    std::string other = appIdentity();
    other[7] = other[7] == '9' ? '8' : '9';
    const std::string forged = replaced(signedFile, "written-by=\"" + appIdentity(), "written-by=\"" + other);
    CHECK(verifySignature(forged, testKey()).check == SignatureCheck::Tampered);
    const ProgressCheck forgedCheck = checkProgressContent(forged, "E1.xml", sampleProgress().learnerId, testKey());
    CHECK(forgedCheck.status == ProgressCheck::Status::Tampered);
    CHECK_FALSE(forgedCheck.writtenBy);
    // And so does removing the note.
    const std::string removed = replaced(signedFile, " written-by=\"" + appIdentity() + "\"", "");
    CHECK(verifySignature(removed, testKey()).check == SignatureCheck::Tampered);
}

TEST_CASE("a schema-4 file from before the note reads as it did, written by an unknown app")
{
    const std::string old = fixture("schema-4.xml");
    REQUIRE(old.find("written-by") == std::string::npos);
    auto read = parseProgress(old, "schema-4.xml");
    REQUIRE(read);
    CHECK_FALSE(read.value().writtenBy);
    CHECK(read.value().progress.learnerId == "E1");
    CHECK(read.value().progress.packs.at("tour").pageViews.size() == 2);
    CHECK(read.value().history.head.generation == 3);
    const auto scanned = parseWrittenProgress(old, "schema-4.xml");
    REQUIRE(scanned);
    CHECK_FALSE(scanned->writtenBy);

    const ProgressCheck check = checkProgressContent(signContent(old, testKey()), "E1.xml", "E1", testKey());
    REQUIRE(check.valid());
    CHECK_FALSE(check.writtenBy);

    // Saved again, it carries the note from then on, and nothing else of it changes.
    auto again = parseProgress(serializeProgress(read.value().progress, read.value().history), "E1.xml");
    REQUIRE(again);
    CHECK(again.value().writtenBy == appIdentity());
    CHECK(again.value().progress == read.value().progress);
}

TEST_CASE("a written-by out of bounds is refused with its line, on every schema")
{
    const std::string good = " written-by=\"" + appIdentity() + "\"";
    const std::string xml = serializeProgress(progressWithViews(1), {});
    REQUIRE(xml.find(good) != std::string::npos);
    const int line = 1 + static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(xml.find("<progress")), '\n'));
    struct Row {
        std::string value;
        std::string problem;
    };
    const Row rows[] = {
        {"", "is empty"},
        {std::string(kMaxAppIdentityCharacters + 1, 'M'), "is longer than " + std::to_string(kMaxAppIdentityCharacters) + " characters"},
        {"Mamori&#10;0.1.0", "holds a character that is not printable ASCII"},
        {"Mamori&#127;", "holds a character that is not printable ASCII"},
        {"Mamori 守り", "holds a character that is not printable ASCII"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.value);
        for (const char* schema : {"4", "3", "1"}) {
            CAPTURE(schema);
            const std::string bad =
                replaced(replaced(xml, good, " written-by=\"" + row.value + "\""), "schema=\"4\"", std::string("schema=\"") + schema + "\"");
            auto read = parseProgress(bad, "E1.xml");
            REQUIRE_FALSE(read);
            CHECK(read.refusal().message == "E1.xml:" + std::to_string(line) + ": error: 'written-by' " + row.problem);
            CHECK_FALSE(parseWrittenProgress(bad, "E1.xml"));   // the scanner leaves it to the full reader
            // Signed, HR's check says the same rather than counting the file.
            const ProgressCheck check = checkProgressContent(signContent(bad, testKey()), "E1.xml", "E1", testKey());
            CHECK(check.status == ProgressCheck::Status::Corrupt);
            CHECK(check.problem.find("'written-by' " + row.problem) != std::string::npos);
        }
    }
}
