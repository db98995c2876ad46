#include "mamori/records/organisation_key.hpp"

#include "hex.hpp"
#include "mamori/records/progress_limits.hpp"
#include "mamori/records/regular_file.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace mamori::records {
namespace {

using scoring::refuse;
using scoring::RefusalCode;

std::optional<std::array<std::uint8_t, OrganisationKey::kBytes>> parseKeyHex(std::string_view text)
{
    // Whitespace is trimmed the same at both ends: an editor's indent or newline is not part of a key.
    constexpr std::string_view kSpace = " \t\r\n\v\f";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return std::nullopt;
    text = text.substr(first, text.find_last_not_of(kSpace) - first + 1);
    std::array<std::uint8_t, OrganisationKey::kBytes> bytes{};
    if (text.size() != bytes.size() * 2 || !fromHex(text, bytes.data())) return std::nullopt;
    return bytes;
}

std::vector<std::string> permissionWarnings(const std::filesystem::path& file)
{
    std::vector<std::string> warnings;
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) return warnings;
    if (info.st_mode & S_IROTH) {
        warnings.push_back("the organisation key " + file.string() +
                           " is readable by every account on this machine: anyone who can read it can sign records; "
                           "make it readable only by the accounts that run Mamori (chmod o-r)");
    }
    if (info.st_mode & (S_IWGRP | S_IWOTH)) {
        warnings.push_back("the organisation key " + file.string() + " can be changed by other accounts (chmod go-w)");
    }
    return warnings;
}

} // namespace

OrganisationKey::OrganisationKey(const std::array<std::uint8_t, kBytes>& bytes) : bytes_(bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes_.data(), bytes_.size(), digest, &length, EVP_sha256(), nullptr);
    id_ = toHex(digest, 8);
}

scoring::Result<LoadedKey> loadOrganisationKey(const std::filesystem::path& file)
{
    auto text = readRegularFile(file, kMaxKeyFileBytes, Links::Follow);
    if (!text) {
        return refuse(text.refusal().code == RefusalCode::TooLarge ? RefusalCode::KeyMalformed : RefusalCode::KeyUnreadable,
                      "cannot use the organisation key file: " + text.refusal().message);
    }
    if (!text.value()) {
        return refuse(RefusalCode::KeyMissing, "the organisation key file " + file.string() +
                                         " does not exist (create one with 'mamori-tool key create FILE', or ask your "
                                         "administrator for the organisation's key)");
    }
    const auto bytes = parseKeyHex(*text.value());
    if (!bytes) return refuse(RefusalCode::KeyMalformed, "the organisation key file " + file.string() + " must hold 64 hex digits");
    return LoadedKey{OrganisationKey(*bytes), permissionWarnings(file)};
}

scoring::Result<OrganisationKey> createOrganisationKey(const std::filesystem::path& file)
{
    std::array<std::uint8_t, OrganisationKey::kBytes> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        return refuse(RefusalCode::KeyRandom, "could not draw a random organisation key");
    }
    // O_EXCL and O_NOFOLLOW: never replace a key, never write through a link.
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) return refuse(RefusalCode::KeyExists, "the key file " + file.string() + " already exists; it was left as it is");
        return refuse(RefusalCode::KeyUnwritable, "cannot create the organisation key file " + file.string() + ": " + std::strerror(errno));
    }
    const std::string hex = toHex(bytes.data(), bytes.size()) + "\n";
    const bool written = ::write(fd, hex.data(), hex.size()) == static_cast<ssize_t>(hex.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(file.c_str());
        return refuse(RefusalCode::KeyUnwritable, "cannot write the organisation key file " + file.string());
    }
    return OrganisationKey(bytes);
}

} // namespace mamori::records
