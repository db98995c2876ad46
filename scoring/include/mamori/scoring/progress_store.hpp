#pragma once
/// \file
/// One learner's progress file on disk: locked while in use, saved atomically with the
/// previous generation kept as a backup, signed, and checked when read.

#include "mamori/scoring/records.hpp"
#include "mamori/scoring/result.hpp"
#include "mamori/scoring/signing.hpp"
#include "mamori/scoring/storage.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace mamori::scoring {

/// Progress files larger than this are refused as damaged.
inline constexpr std::size_t kMaxProgressFileBytes = 64u * 1024 * 1024;

/// Where a learner's files live inside the progress folder.
struct ProgressPaths {
    std::filesystem::path file;     ///< <id>.xml
    std::filesystem::path backup;   ///< <id>.xml.bak, the previous generation
    std::filesystem::path lock;     ///< <id>.lock

    static ProgressPaths of(const std::filesystem::path& folder, const std::string& learnerId);
};

/// The outcome of checking one progress file, as `progress verify` and HR see it.
struct ProgressCheck {
    enum class Status { Valid, Missing, Unreadable, Corrupt, Unsigned, OtherKey, Tampered, Newer };
    Status status = Status::Missing;
    std::string problem;   ///< empty when valid
    std::optional<LearnerProgress> progress;

    bool valid() const { return status == Status::Valid; }
};

/// Reads, verifies and parses a progress file without locking it.
ProgressCheck checkProgressFile(const std::filesystem::path& file, const OrganisationKey& key, Storage& storage);

/// What loading found, besides the progress itself.
struct LoadedProgress {
    LearnerProgress progress;
    bool existed = false;                 ///< false for a learner seen for the first time
    std::vector<std::string> notices;     ///< e.g. the main file was damaged and the backup was used
};

class ProgressStore {
public:
    /// Opens the learner's progress, taking an exclusive lock so that a second Mamori for the
    /// same learner cannot overwrite the first; refused with a clear message when the lock is
    /// held. Creates the folder if needed.
    static Result<std::unique_ptr<ProgressStore>> open(const std::filesystem::path& folder, const std::string& learnerId,
                                                       OrganisationKey key, Storage& storage);
    ~ProgressStore();
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;

    /// Loads the main file, or the backup when the main file is damaged or tampered with
    /// (the rejected file is kept beside it, renamed, for HR). Refused when neither is valid:
    /// then nothing is overwritten.
    Result<LoadedProgress> load(Timestamp now);

    /// Saves durably: the current file becomes the backup, the new content replaces it.
    /// When refused (disk full…), the files on disk are unchanged.
    Result<Done> save(const LearnerProgress& progress);

    const ProgressPaths& paths() const { return paths_; }

private:
    ProgressStore(ProgressPaths paths, std::string learnerId, OrganisationKey key, Storage& storage, int lockFd);

    ProgressPaths paths_;
    std::string learnerId_;
    OrganisationKey key_;
    Storage& storage_;
    int lockFd_;
};

} // namespace mamori::scoring
