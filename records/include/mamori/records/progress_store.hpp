#pragma once
/// \file
/// One learner's progress file on disk: locked while in use, saved atomically with the
/// previous generation kept as a backup, signed, with its save history (save_history.hpp),
/// and checked when read. The progress folder may be a share many people can write to:
/// every file is reached relative to the folder opened once, nothing there is followed if it
/// is a link, and only regular files are read.

#include "mamori/records/organisation_key.hpp"
#include "mamori/records/progress_check.hpp"
#include "mamori/records/regular_file.hpp"
#include "mamori/records/save_history.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/progress_saver.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mamori::records {

/// The names of a learner's files inside the progress folder.
struct ProgressNames {
    std::string file;     ///< <id>.xml
    std::string backup;   ///< <id>.xml.bak, the previous generation
    std::string lock;     ///< <id>.lock

    static ProgressNames of(const std::string& learnerId);
};

/// What loading found, besides the progress itself.
struct LoadedProgress {
    scoring::LearnerProgress progress;
    bool existed = false;                 ///< false for a learner seen for the first time
    std::vector<std::string> notices;     ///< for the learner: e.g. the main file was missing and the backup was restored
};

class ProgressStore final : public scoring::ProgressSaver {
public:
    /// Opens the learner's progress folder (created if missing; refused if it is a link) and
    /// takes an exclusive lock on `<id>.lock`, so that a second Mamori for the same learner
    /// cannot overwrite the first; refused with a clear message when the lock is held, and
    /// when the lock's name holds a link, a FIFO or a file with other names (hard links).
    static scoring::Result<std::unique_ptr<ProgressStore>> open(const std::filesystem::path& folder, const std::string& learnerId,
                                                                OrganisationKey key, Storage& storage, const scoring::Clock& clock);
    ~ProgressStore() override;
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;

    /// Loads the main file. Refused, touching nothing, when a link, FIFO or device stands at
    /// the main or backup name, when the file is newer than this Mamori, or when neither file
    /// can be used. The backup is used instead, with an event in the save history that is
    /// saved at once (and a notice), when the main file is missing (never the outcome of a
    /// crash: saves rename atomically), damaged, tampered with, or older than its backup (an
    /// old copy put back); a rejected main file is kept aside for HR as
    /// `<id>.xml.rejected-TIME`. A file from before save histories starts one at its next save.
    scoring::Result<LoadedProgress> load();

    /// Saves durably: the current file becomes the backup, the new content replaces it, one
    /// generation further in the save history. Before anything is written the content is read
    /// back as any reader would, so a save that a reader would refuse (a value out of range,
    /// a file over 64 MiB) is refused instead; then, as when the disk is full, the files on
    /// disk are unchanged.
    scoring::Result<scoring::Done> save(const scoring::LearnerProgress& progress) override;

    const ProgressNames& names() const { return names_; }
    const Folder& folder() const { return folder_; }
    /// The history of the last save (or of the file loaded).
    const SaveHistory& history() const { return history_; }

private:
    ProgressStore(Folder folder, ProgressNames names, std::string learnerId, OrganisationKey key, Storage& storage,
                  const scoring::Clock& clock, int lockFd);

    /// Makes the backup the learner's records again, recording why.
    scoring::Result<LoadedProgress> restoreBackup(ProgressCheck backup, const std::string& why, bool setMainAside);
    scoring::Result<std::string> setAside(const std::string& name);
    ProgressCheck check(const std::string& name);

    Folder folder_;
    ProgressNames names_;
    std::string learnerId_;
    OrganisationKey key_;
    Storage& storage_;
    const scoring::Clock& clock_;
    int lockFd_;
    SaveHistory history_;
    std::map<std::string, std::string> milestones_;   ///< of the last save, to tell what a save reached
};

} // namespace mamori::records
