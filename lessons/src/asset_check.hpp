#pragma once
// Checking the files a pack refers to (images, narration): the path must stay inside the
// pack's folder, and the file must exist and be of the right kind.

#include "read_context.hpp"

#include <filesystem>
#include <optional>

namespace mamori::lessons::detail {

enum class AssetKind { Image, Audio };

/// Resolves the path in `attribute` of `element` against the pack's folder. Reports absolute
/// paths, paths that leave the folder (`..`, symbolic links), missing or oversized files and
/// files whose content is not an image (PNG, JPEG) or audio (Ogg, WAV, MP3, FLAC).
/// Returns the resolved path when the asset is usable.
std::optional<std::filesystem::path> checkAsset(const XMLElement& element, const char* attribute, AssetKind kind,
                                                ReadContext& context);

} // namespace mamori::lessons::detail
