#include "mamori/lessons/pack_library.hpp"

#include "mamori/lessons/pack_discovery.hpp"

namespace mamori::lessons {

const Pack* PackLibrary::find(std::string_view packId) const
{
    for (const auto& pack : packs) {
        if (pack->id == packId) return pack.get();
    }
    return nullptr;
}

PackLibrary loadPackLibrary(const std::filesystem::path& folder)
{
    PackLibrary library;
    const auto files = findPackFiles(folder);
    if (files.empty()) {
        LoadResult none;
        none.diagnostics.push_back({folder.string(), 0, Severity::Error, "no-packs", "no lesson packs found here"});
        none.errors = 1;
        library.failures.push_back(std::move(none));
    }
    for (const auto& file : files) {
        LoadResult result = loadPackFile(file);
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
