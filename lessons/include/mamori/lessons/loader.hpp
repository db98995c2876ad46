#pragma once
/// \file
/// Loading and validating lesson packs.

#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/model.hpp"

#include <filesystem>
#include <memory>
#include <string_view>

namespace mamori::lessons {

struct OrganisationProfile;

/// The outcome of loading one pack: the pack when it has no errors, and every diagnostic.
struct LoadResult {
    std::shared_ptr<const Pack> pack;   ///< null when there were errors
    std::vector<Diagnostic> diagnostics;
    int errors = 0;
    int warnings = 0;

    bool ok() const { return pack != nullptr; }
};

/// Reads `packFile` (a pack.xml) and validates it, including its assets, which are looked
/// up relative to the file's folder. `displayName` is what diagnostics call the file
/// (defaults to `packFile` as given). The texts' organisation slots are filled from `profile`,
/// or show the pack's own defaults when it is null.
LoadResult loadPackFile(const std::filesystem::path& packFile, std::string displayName = {},
                        const OrganisationProfile* profile = nullptr);

/// Validates XML already in memory; assets are looked up under `packDirectory`.
LoadResult loadPackFromMemory(std::string_view xml, std::string displayName, const std::filesystem::path& packDirectory,
                              const OrganisationProfile* profile = nullptr);

} // namespace mamori::lessons
