#pragma once
/// \file
/// The file operations the progress store needs, inside one opened folder, behind an
/// interface so that tests can make them fail (a full disk on the Nth write) and check
/// that nothing saved is lost.
///
/// None of them follows a symbolic link: whatever stands at a name is read only when it is
/// a regular file, and replaced (never written through) otherwise.

#include "mamori/records/regular_file.hpp"
#include "mamori/scoring/result.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

class Storage {
public:
    virtual ~Storage() = default;

    /// The whole file, nullopt when it does not exist; refused when it is not a regular file,
    /// is unreadable, or is larger than `maxBytes` (see readRegularFileAt).
    virtual scoring::Result<std::optional<std::string>> read(const Folder& folder, std::string_view name, std::size_t maxBytes) = 0;

    /// Replaces `name` so that a crash at any moment leaves either the old or the new
    /// content: write `<name>.tmp` (created afresh, never through a link), flush and fsync
    /// it, rename it over `name`, fsync the folder.
    virtual scoring::Result<scoring::Done> replaceDurably(const Folder& folder, std::string_view name, std::string_view bytes) = 0;

    /// Makes `copy` hold what `source` holds now (a hard link where the file system allows,
    /// else a durable copy). Does nothing when `source` does not exist; refused when it is
    /// not a regular file.
    virtual scoring::Result<scoring::Done> keepCopy(const Folder& folder, std::string_view source, std::string_view copy) = 0;

    /// Renames `from` to `to` (whatever `from` is: renaming never follows a link).
    virtual scoring::Result<scoring::Done> move(const Folder& folder, std::string_view from, std::string_view to) = 0;
};

/// The real thing, with POSIX calls relative to the folder. New files get `fileMode`.
class PosixStorage final : public Storage {
public:
    explicit PosixStorage(unsigned fileMode = 0600) : fileMode_(fileMode) {}

    scoring::Result<std::optional<std::string>> read(const Folder& folder, std::string_view name, std::size_t maxBytes) override;
    scoring::Result<scoring::Done> replaceDurably(const Folder& folder, std::string_view name, std::string_view bytes) override;
    scoring::Result<scoring::Done> keepCopy(const Folder& folder, std::string_view source, std::string_view copy) override;
    scoring::Result<scoring::Done> move(const Folder& folder, std::string_view from, std::string_view to) override;

private:
    unsigned fileMode_;
};

/// Writes `bytes` to the file at `path` durably, the folder above it taken as given (for
/// the app's own settings, whose folder may be a link a person made).
scoring::Result<scoring::Done> replaceFileDurably(Storage& storage, const std::filesystem::path& path, std::string_view bytes);

} // namespace mamori::records
