#pragma once
/// \file
/// The organisation's secret key, which signs every progress file. Every machine whose
/// records HR wants to verify must use the same key file.
///
/// A key is never created as a side effect of naming a file: a mistyped path would
/// otherwise give a learner a key of their own, and HR could verify none of their records.
/// Keys are created on request (`mamori-tool key create FILE`), or for a personal install
/// with no key anywhere (see app/common/key_location.hpp).

#include "mamori/scoring/result.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mamori::records {

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

struct LoadedKey {
    OrganisationKey key;
    std::vector<std::string> warnings;   ///< e.g. readable by every account on the machine
};

/// Reads a key file: 64 hex digits, with any whitespace before and after. Only a regular
/// file is read (a link is followed to one), at most 4 KiB. Refused with "key-missing" when
/// there is no such file, "key-unreadable" or "key-malformed".
scoring::Result<LoadedKey> loadOrganisationKey(const std::filesystem::path& file);

/// Creates a new random key (OpenSSL) at `file`, readable by its owner only (0600). Refused
/// ("key-exists") when anything is there already, and ("key-unwritable") when the folder
/// does not exist or cannot be written: it is never created on the way.
scoring::Result<OrganisationKey> createOrganisationKey(const std::filesystem::path& file);

} // namespace mamori::records
