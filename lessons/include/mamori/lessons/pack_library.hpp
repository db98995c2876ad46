#pragma once
/// \file
/// All the packs in a folder, loaded once: those that loaded, and the problems of those
/// that did not, so that the app can work with the good ones and say what is wrong.

#include "mamori/lessons/loader.hpp"

#include <filesystem>
#include <memory>
#include <vector>

namespace mamori::lessons {

struct PackLibrary {
    std::vector<std::shared_ptr<const Pack>> packs;   ///< in folder order
    std::vector<LoadResult> failures;                 ///< packs with errors, with their diagnostics

    const Pack* find(std::string_view packId) const;
};

/// Loads every pack found under `folder` (see findPackFiles). A pack whose id another pack
/// already uses is refused with a diagnostic.
PackLibrary loadPackLibrary(const std::filesystem::path& folder);

} // namespace mamori::lessons
