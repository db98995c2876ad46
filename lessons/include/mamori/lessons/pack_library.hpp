#pragma once
/// \file
/// All the packs in a folder, loaded once: those that loaded, and the problems of those
/// that did not, so that the app can work with the good ones and say what is wrong.

#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/organisation_profile.hpp"

#include <filesystem>
#include <memory>
#include <vector>

namespace mamori::lessons {

struct PackLibrary {
    std::vector<std::shared_ptr<const Pack>> packs;   ///< in folder order
    std::vector<LoadResult> failures;                 ///< packs with errors, with their diagnostics
    std::shared_ptr<const OrganisationProfile> profile; ///< the one that filled the slots; null: packs' defaults
    std::vector<Diagnostic> profileProblems;          ///< the profile's diagnostics; with an error it was not used

    const Pack* find(std::string_view packId) const;
    /// The pack `packId`, shared, for holders that must keep it alive; null when absent.
    std::shared_ptr<const Pack> findShared(std::string_view packId) const;
};

/// Loads every pack found under `folder` (see findPackFiles). A pack whose id another pack
/// already uses is refused with a diagnostic. The organisation profile is `profileFile`, or
/// when that is empty `organisation.xml` beside the packs if there is one; a profile with
/// errors is reported in profileProblems and the packs show their own defaults.
PackLibrary loadPackLibrary(const std::filesystem::path& folder, const std::filesystem::path& profileFile = {});

} // namespace mamori::lessons
