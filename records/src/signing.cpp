#include "mamori/records/signing.hpp"

#include "hex.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace mamori::records {
namespace {

constexpr std::string_view kSignaturePrefix = "<!-- mamori-signature hmac-sha256 key=";

std::string hmacHex(std::string_view content, const OrganisationKey& key)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.bytes().data(), static_cast<int>(key.bytes().size()),
         reinterpret_cast<const unsigned char*>(content.data()), content.size(), digest, &length);
    return toHex(digest, length);
}

} // namespace
std::string signContent(std::string content, const OrganisationKey& key)
{
    if (!content.empty() && content.back() != '\n') content += '\n';
    const std::string signature = hmacHex(content, key);
    content += std::string(kSignaturePrefix) + key.id() + " value=" + signature + " -->\n";
    return content;
}

std::string_view signatureCheckName(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid: return "valid";
    case SignatureCheck::Unsigned: return "no signature";
    case SignatureCheck::OtherKey: return "signed with another organisation key, or its signature line was changed";
    case SignatureCheck::Tampered: return "tampered";
    }
    return "?";
}

VerifiedContent verifySignature(std::string_view file, const OrganisationKey& key)
{
    // The signature is the last line; everything before it, newline included, is signed.
    std::string_view body = file;
    if (!body.empty() && body.back() == '\n') body.remove_suffix(1);
    const auto lineStart = body.rfind('\n');
    if (lineStart == std::string_view::npos) return {SignatureCheck::Unsigned, {}};
    const std::string_view line = body.substr(lineStart + 1);
    const std::string_view content = file.substr(0, lineStart + 1);
    if (!line.starts_with(kSignaturePrefix)) {
        // A signature line followed by anything at all is a signed file added to, not an unsigned one.
        const bool signedBefore = file.find("\n" + std::string(kSignaturePrefix)) != std::string_view::npos ||
                                  file.starts_with(kSignaturePrefix);
        return {signedBefore ? SignatureCheck::Tampered : SignatureCheck::Unsigned, {}};
    }
    const std::string expectedLine = std::string(kSignaturePrefix) + key.id() + " value=" + hmacHex(content, key) + " -->";
    const std::string_view keyPart = line.substr(kSignaturePrefix.size(), key.id().size());
    if (keyPart != key.id()) {
        // Another key's fingerprint, or a damaged one; both cannot be trusted.
        return {line.size() == expectedLine.size() ? SignatureCheck::OtherKey : SignatureCheck::Tampered, {}};
    }
    const bool matches = line.size() == expectedLine.size() &&
                         CRYPTO_memcmp(line.data(), expectedLine.data(), expectedLine.size()) == 0 &&
                         file.size() == content.size() + line.size() + 1;
    return {matches ? SignatureCheck::Valid : SignatureCheck::Tampered, matches ? content : std::string_view{}};
}

std::string signatureValue(std::string_view file)
{
    const auto value = file.rfind(" value=");
    if (value == std::string_view::npos || file.size() - value < 7 + 64) return "";
    const std::string_view hex = file.substr(value + 7, 64);
    if (hex.find_first_not_of("0123456789abcdef") != std::string_view::npos) return "";
    if (file.find('\n', value) != std::string_view::npos && file.find('\n', value) + 1 < file.size()) return "";
    return std::string(hex);
}

} // namespace mamori::records
