#pragma once
/// \file
/// Certificates of completion: a one-page PDF naming the person, the pack and its version, the
/// completion date and the score, with a verification code (also as a QR code) derived with the
/// organisation's key from the signed completion record. Anyone with the code can ask HR's index
/// whether it matches a verified completion (`mamori-tool records certificate verify CODE`);
/// the code cannot be made without the key.

#include "mamori/records/org_index.hpp"
#include "mamori/records/organisation_key.hpp"
#include "mamori/records/time_zone.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

/// What a certificate states: a completion as the learner's signed records hold it.
struct CertificateFacts {
    std::string learnerId;
    std::string name;                  ///< as printed: the roster's name, else the display name, else the id
    std::string packId;
    std::string packVersion;
    std::string titleJapanese;         ///< the pack's title in each language it has (either may be empty)
    std::string titleEnglish;
    scoring::Timestamp completedAt{};
    std::optional<double> scorePercent;   ///< the best finished quiz attempt of the pack
};

/// 16 characters of Crockford base32 in groups of four ("7K2M-Q9XD-3FHA-W0TB"): the first 80
/// bits of an HMAC-SHA256 with the organisation key over the learner, pack, version and
/// completion time, so that each completion has its own code and only the key can make one.
std::string certificateCode(const OrganisationKey& key, std::string_view learnerId, std::string_view packId,
                            std::string_view packVersion, scoring::Timestamp completedAt);

/// A code as people type or scan it, made canonical: case and dashes ignored, O read as 0 and
/// I or L as 1, the code taken from a verification address ("…?code=7K2M-…"); nullopt when it
/// is not 16 base32 characters.
std::optional<std::string> normalizeCertificateCode(std::string_view typed);

/// The text a certificate's QR code holds: the verification address with the code when the
/// organisation has one ("https://…/verify?code=CODE"), else "MAMORI-CERTIFICATE:CODE".
std::string certificateQrText(std::string_view code, std::string_view verifyUrl);

/// Writes the certificate as a one-page A4 PDF (cairo, the Japanese font found through
/// fontconfig) with its QR code (libqrencode), atomically; an error message on failure.
/// The completion date is printed in `zone`.
std::optional<std::string> writeCertificatePdf(const CertificateFacts& facts, const OrganisationKey& key, std::string_view verifyUrl,
                                               const TimeZone& zone, const std::filesystem::path& file);

/// The latest completion of `packId` in a learner's own records (the app), as a certificate
/// states it, named by their display name; nullopt when the pack is not complete.
std::optional<CertificateFacts> certificateFactsFromProgress(const scoring::LearnerProgress& progress, std::string_view packId);

/// The latest verified completion of `packId` by `learnerId` in the index, as a certificate
/// states it; nullopt when there is none (never for a file that does not verify).
scoring::Result<std::optional<CertificateFacts>> certificateFactsFor(OrgIndex& index, std::string_view learnerId,
                                                                     std::string_view packId);

/// The verified completion whose code is `code` (normalized), or nullopt when none has it.
/// Reads every verified learner's completions: a few seconds for 100,000 people.
scoring::Result<std::optional<CertificateFacts>> findCertificate(OrgIndex& index, const OrganisationKey& key, std::string_view code);

} // namespace mamori::records
