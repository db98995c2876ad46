#pragma once
/// \file
/// File operations the progress store needs, behind an interface so that tests can make
/// them fail (a full disk on the Nth write) and check that nothing saved is lost.

#include "mamori/scoring/result.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::scoring {

class Storage {
public:
    virtual ~Storage() = default;

    /// The whole file, nullopt when it does not exist; refused when unreadable or larger
    /// than `maxBytes`.
    virtual Result<std::optional<std::string>> read(const std::filesystem::path& file, std::size_t maxBytes) = 0;

    /// Replaces `target` so that a crash at any moment leaves either the old or the new
    /// content: write a temporary file, flush and fsync it, rename it over `target`, fsync
    /// the folder.
    virtual Result<Done> replaceDurably(const std::filesystem::path& target, std::string_view bytes) = 0;

    /// Makes `copy` hold what `source` holds now (a hard link where the file system allows,
    /// else a durable copy). Does nothing when `source` does not exist.
    virtual Result<Done> keepCopy(const std::filesystem::path& source, const std::filesystem::path& copy) = 0;

    /// Renames `from` to `to`.
    virtual Result<Done> move(const std::filesystem::path& from, const std::filesystem::path& to) = 0;
};

/// The real thing, with POSIX calls.
class PosixStorage final : public Storage {
public:
    Result<std::optional<std::string>> read(const std::filesystem::path& file, std::size_t maxBytes) override;
    Result<Done> replaceDurably(const std::filesystem::path& target, std::string_view bytes) override;
    Result<Done> keepCopy(const std::filesystem::path& source, const std::filesystem::path& copy) override;
    Result<Done> move(const std::filesystem::path& from, const std::filesystem::path& to) override;
};

} // namespace mamori::scoring
