// Certificates of completion: the code made from a signed completion, the PDF as a person
// reads it (pdftotext), its QR code as a phone reads it (pdftoppm + zbarimg), and verifying
// either against HR's index.

#include "tool_fixture.hpp"

#include "mamori/records/certificate.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/signing.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace mamori::tool;
using namespace mamori::test;
using mamori::records::certificateCode;
using mamori::records::normalizeCertificateCode;
namespace fs = std::filesystem;

namespace {

mamori::records::OrganisationKey keyOf(std::uint8_t fill)
{
    std::array<std::uint8_t, mamori::records::OrganisationKey::kBytes> bytes{};
    bytes.fill(fill);
    return mamori::records::OrganisationKey(bytes);
}

const mamori::scoring::Timestamp kCompleted = *mamori::scoring::parseTimestamp("2026-04-01T09:30:00Z");

bool hasCommand(const char* name)
{
    return std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) == 0;
}

/// What `command` prints on its standard output.
std::string output(const std::string& command)
{
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
    REQUIRE(pipe);
    std::string text;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get())) text.append(buffer, n);
    return text;
}

/// An organisation where E1 completed the tour and E2 only began it, with the roster's names.
struct CertifyingOrganisation : RecordsOrganisation {
    CertifyingOrganisation()
    {
        REQUIRE(playFile((sourceDir() / "tests/scripts/tour.play").string(), "E1").status == kExitOk);
        REQUIRE(play("open tour/how-it-works\nview welcome\n", "E2").status == kExitOk);
        REQUIRE(records({"ingest"}).status == kExitOk);
        const auto roster = folder.write("roster.csv", "社員番号,氏名,部署,上長,入社日,割当\n"
                                                       "E1,山田 花子,営業部,M1,2026/1/5,tour:2026-04-30\n"
                                                       "E2,佐藤 一郎,営業部,M1,2026/1/5,tour:2026-04-30\n");
        REQUIRE(records({"roster", "import", roster.string()}).status == kExitOk);
    }
};

} // namespace

TEST_CASE("a certificate code belongs to one completion, and only the organisation key makes it")
{
    const auto key = keyOf(7);
    const std::string code = certificateCode(key, "E1", "tour", "1.0.0", kCompleted);
    CHECK(code.size() == 19);
    CHECK(code[4] == '-');
    CHECK(code == certificateCode(key, "E1", "tour", "1.0.0", kCompleted));
    CHECK(code != certificateCode(keyOf(8), "E1", "tour", "1.0.0", kCompleted));
    CHECK(code != certificateCode(key, "E2", "tour", "1.0.0", kCompleted));
    CHECK(code != certificateCode(key, "E1", "tour", "1.0.1", kCompleted));
    CHECK(code != certificateCode(key, "E1", "tour", "1.0.0", kCompleted + std::chrono::seconds(1)));
}

TEST_CASE("a code is read however a person types or scans it, and anything else is refused")
{
    const std::string code = certificateCode(keyOf(7), "E1", "tour", "1.0.0", kCompleted);
    std::string typed;
    for (char c : code) {
        if (c != '-') typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    CHECK(normalizeCertificateCode(typed) == code);
    CHECK(normalizeCertificateCode("MAMORI-CERTIFICATE:" + code) == code);
    CHECK(normalizeCertificateCode("https://hr.example.jp/verify?lang=ja&code=" + code) == code);
    CHECK(normalizeCertificateCode("0000-1111-2222-3333") == normalizeCertificateCode("oooo-iiii-2222-3333"));
    CHECK(normalizeCertificateCode("0000-LLLL-2222-3333") == "0000-1111-2222-3333");
    CHECK_FALSE(normalizeCertificateCode("0000-1111-2222-333"));     // one short
    CHECK_FALSE(normalizeCertificateCode("0000-1111-2222-3333-4"));  // one long
    CHECK_FALSE(normalizeCertificateCode("UUUU-1111-2222-3333"));    // U is not in the alphabet
    CHECK_FALSE(normalizeCertificateCode(std::string(100'000, '0')));
}

TEST_CASE("HR saves a certificate that names the person, the pack and the date, and its QR code verifies")
{
    if (!hasCommand("pdftotext") || !hasCommand("pdftoppm") || !hasCommand("zbarimg")) {
        MESSAGE("skipped: poppler-utils and zbar-tools are needed (scripts/bootstrap.sh test installs them)");
        return;
    }
    CertifyingOrganisation org;
    const fs::path pdf = org.folder.path() / "certificate.pdf";
    const Run made = org.records({"certificate", "make", "--learner", "E1", "--pack", "tour", "--out", pdf.string()});
    INFO(made.err);
    REQUIRE(made.status == kExitOk);
    CHECK(made.out.find("山田 花子 (E1)") != std::string::npos);

    // What a person reads on the page.
    const std::string text = output("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
    CHECK(text.find("修了証") != std::string::npos);
    CHECK(text.find("山田 花子") != std::string::npos);
    CHECK(text.find("はじめに：Mamori の使い方") != std::string::npos);
    CHECK(text.find("Getting started with Mamori") != std::string::npos);
    CHECK(text.find("2026-04-01") != std::string::npos);
    const std::string info = output("pdfinfo '" + pdf.string() + "'");
    const auto pages = info.find("Pages:");
    REQUIRE(pages != std::string::npos);
    CHECK(std::stoi(info.substr(pages + 6)) == 1);

    // What a phone reads from the QR code, checked against the index.
    const fs::path image = org.folder.path() / "page";
    REQUIRE(std::system(("pdftoppm -r 150 -png -singlefile '" + pdf.string() + "' '" + image.string() + "'").c_str()) == 0);
    std::string scanned = output("zbarimg --raw -q '" + image.string() + ".png'");
    while (!scanned.empty() && (scanned.back() == '\n' || scanned.back() == '\r')) scanned.pop_back();
    REQUIRE(scanned.starts_with("MAMORI-CERTIFICATE:"));
    const Run verified = org.records({"certificate", "verify", scanned});
    INFO(verified.err);
    CHECK(verified.status == kExitOk);
    CHECK(verified.out.find("VERIFIED") == 0);
    CHECK(verified.out.find("山田 花子 (E1)") != std::string::npos);
    CHECK(verified.out.find("tour") != std::string::npos);
    // The code printed on the page, typed by hand in lower case, says the same.
    const std::string code = scanned.substr(std::string("MAMORI-CERTIFICATE:").size());
    CHECK(text.find(code) != std::string::npos);
    std::string lower;
    for (char c : code) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(org.records({"certificate", "verify", lower}).status == kExitOk);
}

TEST_CASE("no certificate without a verified completion, and a code stops verifying when its record is tampered with")
{
    CertifyingOrganisation org;
    const fs::path pdf = org.folder.path() / "e2.pdf";
    const Run notDone = org.records({"certificate", "make", "--learner", "E2", "--pack", "tour", "--out", pdf.string()});
    CHECK(notDone.status == kExitProblems);
    CHECK(notDone.err.find("no verified completion") != std::string::npos);
    CHECK_FALSE(fs::exists(pdf));

    const Run made = org.records({"certificate", "make", "--learner", "E1", "--pack", "tour", "--out", (org.folder.path() / "e1.pdf").string()});
    REQUIRE(made.status == kExitOk);
    const std::string code = made.out.substr(made.out.rfind("code ") + 5, 19);
    REQUIRE(org.records({"certificate", "verify", code}).status == kExitOk);

    CHECK(org.records({"certificate", "verify", "0000-0000-0000-0000"}).status == kExitProblems);
    CHECK(org.records({"certificate", "verify", "not a code"}).status == kExitUsage);

    // Someone edits E1's file: it no longer verifies, so its completion no longer counts.
    std::string file = readText(org.progressFile("E1"));
    const auto at = file.find("name=\"");
    REQUIRE(at != std::string::npos);
    file.insert(at + 6, "X");
    org.folder.write("progress/E1.xml", file);
    REQUIRE(org.records({"ingest"}).status != kExitUsage);
    const Run after = org.records({"certificate", "verify", code});
    CHECK(after.status == kExitProblems);
    CHECK(after.out.find("NOT VERIFIED") == 0);
}

TEST_CASE("the certificate a learner saves in the app carries the same code as the one HR makes from the index")
{
    CertifyingOrganisation org;
    const Run made = org.records({"certificate", "make", "--learner", "E1", "--pack", "tour", "--out", (org.folder.path() / "hr.pdf").string()});
    REQUIRE(made.status == kExitOk);
    const std::string hrCode = made.out.substr(made.out.rfind("code ") + 5, 19);

    const std::string file = readText(org.progressFile("E1"));
    auto key = mamori::records::loadOrganisationKey(org.key());
    REQUIRE(key);
    const auto verified = mamori::records::verifySignature(file, key.value().key);
    REQUIRE(verified.check == mamori::records::SignatureCheck::Valid);
    auto parsed = mamori::records::parseProgress(verified.content, "");
    REQUIRE(parsed);
    const auto facts = mamori::records::certificateFactsFromProgress(parsed.value().progress, "tour");
    REQUIRE(facts);
    CHECK(certificateCode(key.value().key, facts->learnerId, facts->packId, facts->packVersion, facts->completedAt) == hrCode);
}
