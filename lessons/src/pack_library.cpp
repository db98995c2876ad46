#include "mamori/lessons/pack_library.hpp"

#include "mamori/lessons/pack_discovery.hpp"

#include <system_error>

namespace mamori::lessons {

const Pack* PackLibrary::find(std::string_view packId) const
{
    return findShared(packId).get();
}

std::shared_ptr<const Pack> PackLibrary::findShared(std::string_view packId) const
{
    for (const auto& pack : packs) {
        if (pack->id == packId) return pack;
    }
    return nullptr;
}

namespace {

/// Loads the profile the settings name, or the one beside the packs; reports its problems.
std::shared_ptr<const OrganisationProfile> loadProfile(const std::filesystem::path& packsFolder,
                                                       const std::filesystem::path& profileFile, PackLibrary& library)
{
    std::filesystem::path file = profileFile;
    if (file.empty()) {
        file = defaultProfileFile(packsFolder);
        std::error_code ec;
        if (!std::filesystem::exists(std::filesystem::symlink_status(file, ec))) return nullptr;  // none: defaults
    }
    ProfileLoadResult loaded = loadOrganisationProfile(file);
    library.profileProblems = std::move(loaded.diagnostics);
    return loaded.profile;
}

} // namespace

PackLibrary loadPackLibrary(const std::filesystem::path& folder, const std::filesystem::path& profileFile)
{
    PackLibrary library;
    library.profile = loadProfile(folder, profileFile, library);
    const auto files = findPackFiles(folder);
    if (files.empty()) {
        LoadResult none;
        none.diagnostics.push_back({folder.string(), 0, Severity::Error, "no-packs", "no lesson packs found here"});
        none.errors = 1;
        library.failures.push_back(std::move(none));
    }
    for (const auto& file : files) {
        LoadResult result = loadPackFile(file, {}, library.profile.get());
        if (result.ok()) {
            if (const Pack* other = library.find(result.pack->id)) {
                result.diagnostics.push_back({file.string(), 0, Severity::Error, "duplicate-pack",
                                              "pack id '" + result.pack->id + "' is already used by " + other->file.string()});
                result.errors += 1;
                result.pack.reset();
                library.failures.push_back(std::move(result));
                continue;
            }
            library.packs.push_back(result.pack);
        } else {
            library.failures.push_back(std::move(result));
        }
    }
    return library;
}

} // namespace mamori::lessons
