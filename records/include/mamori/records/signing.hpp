#pragma once
/// \file
/// Tamper evidence for progress files: an HMAC-SHA256 (OpenSSL) over the file's bytes,
/// keyed by the organisation's key, written as the file's last line.

#include "mamori/records/organisation_key.hpp"

#include <string>
#include <string_view>

namespace mamori::records {

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

/// The signature's value (64 hex digits) in the last line of `file`, or "" when there is
/// none: to tell whether a file changed by reading only its end.
std::string signatureValue(std::string_view file);

} // namespace mamori::records
