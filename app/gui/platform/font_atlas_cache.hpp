#pragma once
// The built font atlas kept on disk, so that a start with the same fonts and glyphs skips
// FreeType (0.2 s on the reference machine) and never reads the 6 MB font file. It is only a
// cache: a missing, damaged, truncated or foreign file is ignored (and rebuilt by the caller),
// and a write that fails changes nothing.

#include <imgui.h>

#include <filesystem>
#include <string>

namespace mamori::app {

class FontAtlasCache {
public:
    /// The cache in `folder` (created when first saved); an empty path caches nothing.
    explicit FontAtlasCache(std::filesystem::path folder) : folder_(std::move(folder)) {}

    /// `$XDG_CACHE_HOME/mamori`, else `~/.cache/mamori`; empty when neither is known.
    static std::filesystem::path defaultFolder();

    /// Restores `atlas` when an atlas was saved with exactly `key`; false otherwise.
    bool load(const std::string& key, ImFontAtlas& atlas) const;
    /// Saves the built `atlas` under `key`, atomically (a temporary file renamed over the old),
    /// and forgets the least recently used atlases beyond the last few.
    bool save(const std::string& key, ImFontAtlas& atlas) const;

    /// The file that holds the atlas for `key`: one per key, so that a few text sizes or sets of
    /// learners' names do not push each other out.
    std::filesystem::path fileFor(const std::string& key) const;

private:
    void forgetOldest() const;
    std::filesystem::path folder_;
};

/// What identifies a font file's contents without reading it: its path, size and change time.
/// Empty when the file cannot be examined.
std::string fontFileIdentity(const std::filesystem::path& file);

} // namespace mamori::app
