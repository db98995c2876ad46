// Certificate codes: an HMAC of the completion record under the organisation key, written in
// Crockford's base32 (no I, L, O or U, so that a code read aloud or typed is not mistaken).

#include "mamori/records/certificate.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cctype>

namespace mamori::records {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kCodeCharacters = 16;   // 80 bits
constexpr std::string_view kQrPrefix = "MAMORI-CERTIFICATE:";

std::string grouped(const std::string& code)
{
    std::string out;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0) out += '-';
        out += code[i];
    }
    return out;
}

/// The base32 value of a typed character, with Crockford's readings of look-alikes; -1 if none.
int digitOf(char typed)
{
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(typed)));
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

} // namespace

std::string certificateCode(const OrganisationKey& key, std::string_view learnerId, std::string_view packId,
                            std::string_view packVersion, scoring::Timestamp completedAt)
{
    // Each field on its own line: ids cannot hold a newline, so no two records give one message.
    const std::string message = "mamori-certificate-1\n" + std::string(learnerId) + "\n" + std::string(packId) + "\n" +
                                std::string(packVersion) + "\n" + scoring::formatTimestamp(completedAt) + "\n";
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.bytes().data(), static_cast<int>(key.bytes().size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), digest, &length);
    std::string code;
    for (std::size_t i = 0; i < kCodeCharacters; ++i) {
        // Five bits at a time, most significant first.
        const std::size_t bit = i * 5;
        const unsigned pair = (static_cast<unsigned>(digest[bit / 8]) << 8) | digest[bit / 8 + 1];
        code += kAlphabet[(pair >> (11 - bit % 8)) & 0x1F];
    }
    return grouped(code);
}

std::optional<std::string> normalizeCertificateCode(std::string_view typed)
{
    if (typed.size() > 512) return std::nullopt;
    if (const auto at = typed.rfind("code="); at != std::string_view::npos) typed = typed.substr(at + 5);
    else if (typed.starts_with(kQrPrefix)) typed.remove_prefix(kQrPrefix.size());
    std::string code;
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        const int digit = digitOf(c);
        if (digit < 0) return std::nullopt;
        code += kAlphabet[static_cast<std::size_t>(digit)];
    }
    if (code.size() != kCodeCharacters) return std::nullopt;
    return grouped(code);
}

std::string certificateQrText(std::string_view code, std::string_view verifyUrl)
{
    if (verifyUrl.empty()) return std::string(kQrPrefix) + std::string(code);
    const char joiner = verifyUrl.find('?') == std::string_view::npos ? '?' : '&';
    return std::string(verifyUrl) + joiner + "code=" + std::string(code);
}

} // namespace mamori::records
