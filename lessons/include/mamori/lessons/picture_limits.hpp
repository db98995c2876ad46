#pragma once
/// \file
/// Whether a picture may be decoded at all, judged from its header alone: a file of a few
/// hundred kilobytes may declare 20000×20000 pixels and take gigabytes to decode. The validator
/// and the app's texture loader ask the same question, with the same limits.

#include <filesystem>
#include <optional>
#include <string>

namespace mamori::lessons {

/// Why the picture in `file` must not be decoded (unreadable header, too many pixels), or
/// nullopt when its declared size is within limits::kMaxImageSide and kMaxImagePixels.
std::optional<std::string> pictureSizeProblem(const std::filesystem::path& file);

} // namespace mamori::lessons
