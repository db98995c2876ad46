#pragma once
/// \file
/// Finding pack files from what a user names on the command line or in settings.

#include <filesystem>
#include <vector>

namespace mamori::lessons {

/// The file name a pack folder holds.
inline constexpr const char* kPackFileName = "pack.xml";

/// Resolves a user-supplied path to pack files: anything but a folder is taken as is; a folder
/// holding `pack.xml` gives that file; any other folder gives the `pack.xml` of each sub-folder
/// (one level deep), sorted by name. A `pack.xml` that is not a regular file is still given, so
/// that loading it says what it is. Missing paths give an empty list.
std::vector<std::filesystem::path> findPackFiles(const std::filesystem::path& path);

} // namespace mamori::lessons
