#pragma once
/// \file
/// Checking one progress file as HR does: is it a regular file, signed with the
/// organisation's key, unaltered, readable by this version, and does it hold the records of
/// the learner its name says?

#include "mamori/records/organisation_key.hpp"
#include "mamori/records/regular_file.hpp"
#include "mamori/records/save_history.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

struct ProgressCheck {
    enum class Status {
        Valid,
        Missing,
        NotRegular,     ///< a link, FIFO, device or folder stands at the name
        Unreadable,     ///< no permission, too large, an I/O error
        Corrupt,        ///< cut off, or not a progress file Mamori can read
        Unsigned,
        OtherKey,
        Tampered,
        Newer,          ///< written by a newer Mamori
        WrongLearner,   ///< intact, but holding another learner's records than its name says
    };
    Status status = Status::Missing;
    std::string problem;                              ///< empty when valid
    std::optional<scoring::LearnerProgress> progress; ///< when intact (also for WrongLearner, to show whose it is)
    SaveHistory history;
    std::optional<std::string> writtenBy;             ///< the app that wrote it, when the file is intact and notes it
    std::string signature;                            ///< the signature's value, when the file has one

    bool valid() const { return status == Status::Valid; }
};

/// A stable name for a status ("valid", "not-regular", "wrong-learner"…).
std::string_view checkStatusName(ProgressCheck::Status status);

/// Checks `name` in `folder`, whose records must belong to `learnerId`.
ProgressCheck checkProgressAt(const Folder& folder, std::string_view name, const std::string& learnerId,
                              const OrganisationKey& key, Storage& storage);

/// Checks the file at `file` (the folder above it taken as given), whose name says whose it
/// is (learnerIdInFileName); a name that names no learner is reported as WrongLearner.
ProgressCheck checkProgressFile(const std::filesystem::path& file, const OrganisationKey& key, Storage& storage);

/// Checks a progress file's content that came from elsewhere than a file (a learner's PC
/// pushed it), as if it were `shownName`, whose records must belong to `learnerId`.
ProgressCheck checkProgressContent(const std::string& content, const std::string& shownName, const std::string& learnerId,
                                   const OrganisationKey& key);

} // namespace mamori::records
