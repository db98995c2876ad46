#pragma once
// What becomes of a learner's file content on disk: written whole, or spoilt as the
// organisation's odd cases are (a byte edited, another organisation's key), or put through
// a real ProgressStore so that Mamori itself restores it from its backup.

#include "mamori/records/organisation_key.hpp"
#include "mamori/scoring/clock.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace mamori::test {

/// Writes `bytes` to `file` whole or not at all (a temporary file renamed over it), so that
/// an index reading the folder never sees half a file. No fsync: a generator that dies is
/// simply run again. Returns the size; throws std::runtime_error when it cannot write.
std::uintmax_t writeWhole(const std::filesystem::path& file, std::string_view bytes);

/// Changes one byte of a signed file's content as a hand edit would: the first digit of the
/// first attempt's percent becomes 9 (a failed 60 % reads 90 %), or, with no attempt, a
/// digit of the creation year.
void editOneByte(std::string& signedFile);

/// Another organisation's key, from the seed.
records::OrganisationKey otherOrganisationsKey(std::uint64_t seed);

/// Makes Mamori restore a learner's file from its backup, as after the main file was
/// deleted: saves it once more through a real records::ProgressStore (the file becomes the
/// backup), deletes the main file, and opens it again, which restores the backup and signs a
/// Restored event into the file. Leaves `<id>.xml` and `<id>.xml.bak` as Mamori does; removes
/// the store's lock file, as no other generated learner has one. `clock` moves on by an hour
/// or so. Returns the size of the two files; throws std::runtime_error when the store refuses.
std::uintmax_t restoreAfterDeletion(const std::filesystem::path& progressDir, const std::string& learnerId,
                                    const records::OrganisationKey& key, scoring::FakeClock& clock);

} // namespace mamori::test
