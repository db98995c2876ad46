// Tamper evidence: the organisation key, signatures, and detection of any changed byte.

#include "mamori/scoring/signing.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

using namespace mamori::scoring;

namespace {

OrganisationKey keyOf(std::uint8_t fill)
{
    std::array<std::uint8_t, OrganisationKey::kBytes> bytes{};
    bytes.fill(fill);
    return OrganisationKey(bytes);
}

const std::string kContent = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<progress schema=\"1\" learner=\"E1\" name=\"山田\">\n"
                             "    <pack id=\"tour\" version=\"1.0.0\"/>\n</progress>\n";

} // namespace

TEST_CASE("a signed file verifies with the same key, and its signed part is the original content")
{
    const OrganisationKey key = keyOf(7);
    const std::string signedFile = signContent(kContent, key);
    CHECK(signedFile.starts_with(kContent));
    CHECK(signedFile.find("<!-- mamori-signature hmac-sha256 key=" + key.id() + " value=") == kContent.size());
    const VerifiedContent verified = verifySignature(signedFile, key);
    CHECK(verified.check == SignatureCheck::Valid);
    CHECK(verified.content == kContent);
}

TEST_CASE("one changed byte anywhere in a signed file is detected")
{
    const OrganisationKey key = keyOf(7);
    const std::string signedFile = signContent(kContent, key);
    for (std::size_t i = 0; i < signedFile.size(); ++i) {
        for (unsigned char flip : {0x01, 0x20, 0x80}) {
            std::string changed = signedFile;
            changed[i] = static_cast<char>(changed[i] ^ flip);
            CAPTURE(i);
            CHECK(verifySignature(changed, key).check != SignatureCheck::Valid);
        }
    }
    // Removing or adding a byte is caught too.
    CHECK(verifySignature(signedFile.substr(1), key).check != SignatureCheck::Valid);
    CHECK(verifySignature(signedFile.substr(0, signedFile.size() - 1), key).check != SignatureCheck::Valid);
    CHECK(verifySignature(signedFile + "\n", key).check != SignatureCheck::Valid);
    CHECK(verifySignature(" " + signedFile, key).check != SignatureCheck::Valid);
}

TEST_CASE("a file without a signature, or signed with another key, is not valid")
{
    CHECK(verifySignature(kContent, keyOf(7)).check == SignatureCheck::Unsigned);
    CHECK(verifySignature("", keyOf(7)).check == SignatureCheck::Unsigned);
    CHECK(verifySignature(signContent(kContent, keyOf(8)), keyOf(7)).check == SignatureCheck::OtherKey);
}

TEST_CASE("the organisation key is created once, privately, and read back the same")
{
    mamori::test::TemporaryDirectory folder;
    const auto file = folder.path() / "config" / "organisation.key";
    auto created = loadOrCreateOrganisationKey(file);
    REQUIRE(created);
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    auto again = loadOrCreateOrganisationKey(file);
    REQUIRE(again);
    CHECK(again.value().bytes() == created.value().bytes());
    CHECK(again.value().id().size() == 16);
    auto other = loadOrCreateOrganisationKey(folder.path() / "other.key");
    REQUIRE(other);
    CHECK(other.value().bytes() != created.value().bytes());
}

TEST_CASE("a malformed or missing key file is refused with a reason")
{
    mamori::test::TemporaryDirectory folder;
    CHECK(loadOrganisationKey(folder.path() / "none.key").refusal().code == "key-unreadable");
    const auto bad = folder.write("bad.key", "not hex at all\n");
    CHECK(loadOrganisationKey(bad).refusal().code == "key-malformed");
    const auto good = folder.write("good.key", std::string(64, 'a') + "\n");
    CHECK(loadOrganisationKey(good));
}
