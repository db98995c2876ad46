#pragma once
/// \file
/// The organisation's own details — whom to tell, where the rules are — which fill the named
/// slots that pack texts leave for them (`<slot key="report-to">上司</slot>`). One profile serves
/// every pack, so an organisation fills it once; a slot it does not fill shows the pack's default.

#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/text.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::lessons {

/// A slot a pack may leave for the organisation, with what it is for (for the guide and messages).
struct SlotKey {
    std::string_view key;
    std::string_view purpose;
};

/// Every slot key there is. Packs and profiles may use only these, so that a profile written for
/// one pack fills the same slots in every other.
const std::vector<SlotKey>& slotKeys();

/// True when `key` is one of slotKeys().
bool isSlotKey(std::string_view key);

struct OrganisationProfile {
    LocalizedText name;                          ///< the organisation's name; may be empty
    std::map<std::string, LocalizedText> slots;  ///< key → the organisation's text
    std::filesystem::path file;

    /// The organisation's text for `key`, or nullptr when the profile leaves it to the packs.
    const LocalizedText* slot(std::string_view key) const;
};

struct ProfileLoadResult {
    std::shared_ptr<const OrganisationProfile> profile;   ///< null when there were errors
    std::vector<Diagnostic> diagnostics;
    int errors = 0;
    int warnings = 0;

    bool ok() const { return profile != nullptr; }
};

/// Reads and validates an organisation profile (`<organisation format="1" languages="ja en">`),
/// with the same `FILE:LINE` diagnostics as a pack.
ProfileLoadResult loadOrganisationProfile(const std::filesystem::path& file, std::string displayName = {});

/// The same for XML already in memory.
ProfileLoadResult loadOrganisationProfileFromMemory(std::string_view xml, std::string displayName);

/// The profile's usual place: `organisation.xml` beside the pack folders.
std::filesystem::path defaultProfileFile(const std::filesystem::path& packsFolder);

} // namespace mamori::lessons
