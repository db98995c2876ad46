// Tamper evidence: signatures, and detection of any changed byte.

#include "mamori/records/signing.hpp"

#include <doctest/doctest.h>

using namespace mamori::records;

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

TEST_CASE("anything added after the signature line is tampering, not a missing signature")
{
    const OrganisationKey key = keyOf(7);
    const std::string signedFile = signContent(kContent, key);
    CHECK(verifySignature(signedFile + "X", key).check == SignatureCheck::Tampered);
    CHECK(verifySignature(signedFile + "<progress/>\n", key).check == SignatureCheck::Tampered);
    CHECK(verifySignature(signedFile + "\n\n", key).check == SignatureCheck::Tampered);
}
