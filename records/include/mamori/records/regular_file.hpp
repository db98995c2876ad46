#pragma once
/// \file
/// Files in folders other people can write to (a progress folder on a share): reached only
/// relative to a folder opened once, never through a symbolic link, only when they are
/// regular files (a FIFO would block a reader forever, a device such as /dev/zero never
/// ends), and never read beyond a limit.

#include "mamori/scoring/result.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

/// Whether a symbolic link at the last component of a path is followed.
enum class Links {
    Refuse,   ///< in a progress folder: a link there was planted, not configured
    Follow,   ///< a path a person or an administrator named (a key file, a script)
};

/// An open folder. Files inside it are opened relative to it (openat), so that the folder
/// cannot be swapped for another between two operations.
class Folder {
public:
    /// Opens `path` as a folder; refused when it does not exist, is not a folder, or (with
    /// Links::Refuse) is a symbolic link. The parent path is taken as given.
    static scoring::Result<Folder> open(const std::filesystem::path& path, Links links);

    Folder(Folder&& other) noexcept;
    Folder& operator=(Folder&& other) noexcept;
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    ~Folder();

    int fd() const { return fd_; }
    const std::filesystem::path& path() const { return path_; }
    /// The path of `name` inside the folder, for messages.
    std::filesystem::path pathOf(std::string_view name) const { return path_ / std::string(name); }

private:
    Folder(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
    int fd_ = -1;
    std::filesystem::path path_;
};

/// "a symbolic link", "a FIFO (named pipe)", "a folder"… for the type bits of a `st_mode`.
std::string fileKindName(unsigned mode);

/// Reads `name` in `folder`: nullopt when nothing is there. Never follows a link, never
/// blocks. Refused with code "not-regular" (saying what stands there instead), "too-large"
/// (over `maxBytes`), "no-permission" or "io-error".
scoring::Result<std::optional<std::string>> readRegularFileAt(const Folder& folder, std::string_view name, std::size_t maxBytes);

/// The same for a path a person named; with Links::Follow, a link is followed to what it
/// names, which must be a regular file.
scoring::Result<std::optional<std::string>> readRegularFile(const std::filesystem::path& file, std::size_t maxBytes, Links links);

/// The refusal for a failed system call on `file`: "disk-full", "no-permission" or "io-error".
scoring::Refusal systemRefusal(const std::string& what, const std::filesystem::path& file, int error);

} // namespace mamori::records
