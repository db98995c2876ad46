#pragma once
/// \file
/// Tamper evidence for progress files: an HMAC-SHA256 (OpenSSL) over the file's bytes,
/// keyed by the organisation's key, written as the file's last line.

#include "mamori/scoring/result.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace mamori::scoring {

/// The organisation's secret key. Every machine whose records HR wants to verify must use
/// the same key file.
class OrganisationKey {
public:
    static constexpr std::size_t kBytes = 32;

    explicit OrganisationKey(const std::array<std::uint8_t, kBytes>& bytes);

    /// A short public fingerprint (16 hex digits of SHA-256 of the key), written beside
    /// signatures so that a file signed with another key is told apart from a tampered one.
    const std::string& id() const { return id_; }
    const std::array<std::uint8_t, kBytes>& bytes() const { return bytes_; }

private:
    std::array<std::uint8_t, kBytes> bytes_;
    std::string id_;
};

/// Reads a key file (64 hex digits).
Result<OrganisationKey> loadOrganisationKey(const std::filesystem::path& file);

/// Reads the key file, or creates it (random, from OpenSSL, mode 0600) when it does not exist.
Result<OrganisationKey> loadOrCreateOrganisationKey(const std::filesystem::path& file);

/// Appends the signature line to `content`.
std::string signContent(std::string content, const OrganisationKey& key);

enum class SignatureCheck {
    Valid,
    Unsigned,   ///< no signature line: not written by Mamori, or cut off
    OtherKey,   ///< signed with a different organisation key
    Tampered,   ///< the signature does not match the content
};

std::string_view signatureCheckName(SignatureCheck check);

struct VerifiedContent {
    SignatureCheck check = SignatureCheck::Unsigned;
    std::string_view content;   ///< the signed part (valid only while the input lives)
};

/// Checks the signature line at the end of `file`.
VerifiedContent verifySignature(std::string_view file, const OrganisationKey& key);

} // namespace mamori::scoring
