#include "mamori/scoring/signing.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cerrno>
#include <optional>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace mamori::scoring {
namespace {

constexpr std::string_view kSignaturePrefix = "<!-- mamori-signature hmac-sha256 key=";

std::string toHex(const unsigned char* data, std::size_t size)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        hex += kDigits[data[i] >> 4];
        hex += kDigits[data[i] & 0x0F];
    }
    return hex;
}

std::string hmacHex(std::string_view content, const OrganisationKey& key)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.bytes().data(), static_cast<int>(key.bytes().size()),
         reinterpret_cast<const unsigned char*>(content.data()), content.size(), digest, &length);
    return toHex(digest, length);
}

std::optional<std::array<std::uint8_t, OrganisationKey::kBytes>> parseKeyHex(std::string_view text)
{
    while (!text.empty() && std::strchr(" \t\r\n", text.back())) text.remove_suffix(1);
    if (text.size() != OrganisationKey::kBytes * 2) return std::nullopt;
    std::array<std::uint8_t, OrganisationKey::kBytes> bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto nibble = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        const int high = nibble(text[2 * i]), low = nibble(text[2 * i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        bytes[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    return bytes;
}

} // namespace

OrganisationKey::OrganisationKey(const std::array<std::uint8_t, kBytes>& bytes) : bytes_(bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes_.data(), bytes_.size(), digest, &length, EVP_sha256(), nullptr);
    id_ = toHex(digest, 8);
}

Result<OrganisationKey> loadOrganisationKey(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in) return refuse("key-unreadable", "cannot read the organisation key file " + file.string());
    std::stringstream text;
    text << in.rdbuf();
    const auto bytes = parseKeyHex(text.str());
    if (!bytes) return refuse("key-malformed", "the organisation key file " + file.string() + " must hold 64 hex digits");
    return OrganisationKey(*bytes);
}

Result<OrganisationKey> loadOrCreateOrganisationKey(const std::filesystem::path& file)
{
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) return loadOrganisationKey(file);
    std::filesystem::create_directories(file.parent_path(), ec);
    std::array<std::uint8_t, OrganisationKey::kBytes> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        return refuse("key-random", "could not draw a random organisation key");
    }
    // O_EXCL: when two processes race to create the key, one wins and the other reads it.
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) return loadOrganisationKey(file);
        return refuse("key-unwritable", "cannot create the organisation key file " + file.string() + ": " + std::strerror(errno));
    }
    const std::string hex = toHex(bytes.data(), bytes.size()) + "\n";
    const bool written = ::write(fd, hex.data(), hex.size()) == static_cast<ssize_t>(hex.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) return refuse("key-unwritable", "cannot write the organisation key file " + file.string());
    return OrganisationKey(bytes);
}

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
    if (!line.starts_with(kSignaturePrefix)) return {SignatureCheck::Unsigned, {}};
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

} // namespace mamori::scoring
