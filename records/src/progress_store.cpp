#include "mamori/records/progress_store.hpp"

#include "mamori/records/learner_id.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/progress_limits.hpp"
#include "mamori/records/signing.hpp"
#include "mamori/records/milestones.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mamori::records {
namespace {

namespace fs = std::filesystem;
using namespace mamori::scoring;
using Status = ProgressCheck::Status;

constexpr std::string_view kNothingFollowed =
    "; Mamori never follows links or reads anything but regular files in a progress folder, and changed nothing. "
    "Ask your administrator to remove it";

std::string timeForFileName(Timestamp now)
{
    std::string text = formatTimestamp(now);
    for (char& c : text) {
        if (c == ':') c = '-';
    }
    return text;
}

bool exists(const Folder& folder, const std::string& name)
{
    struct stat info {};
    return ::fstatat(folder.fd(), name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0;
}

/// Opens and checks the lock file: a regular file with no other name, since its content
/// (the holder's process id) is written into it.
Result<int> openLock(const Folder& folder, const std::string& name)
{
    const fs::path shown = folder.pathOf(name);
    const int fd = ::openat(folder.fd(), name.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == ELOOP) return refuse(RefusalCode::NotRegular, shown.string() + " is a symbolic link" + std::string(kNothingFollowed));
        return systemRefusal("cannot open", shown, errno);
    }
    struct stat info {};
    std::string problem;
    if (::fstat(fd, &info) != 0) problem = std::string(" cannot be examined: ") + std::strerror(errno);
    else if (!S_ISREG(info.st_mode)) problem = " is " + fileKindName(info.st_mode) + ", not a regular file";
    else if (info.st_nlink != 1) problem = " has other names (hard links), so writing to it would change another file";
    if (!problem.empty()) {
        ::close(fd);
        return refuse(RefusalCode::NotRegular, shown.string() + problem + std::string(kNothingFollowed));
    }
    return fd;
}

} // namespace

ProgressNames ProgressNames::of(const std::string& learnerId)
{
    return {learnerId + ".xml", learnerId + ".xml.bak", learnerId + ".lock"};
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::open(const fs::path& folderPath, const std::string& learnerId,
                                                           OrganisationKey key, Storage& storage, const Clock& clock)
{
    if (auto problem = learnerIdProblem(learnerId)) return refuse(RefusalCode::BadLearnerId, *problem + ": '" + learnerId + "'");
    std::error_code ec;
    fs::create_directories(folderPath, ec);
    if (ec) return refuse(RefusalCode::IoError, "cannot create the progress folder " + folderPath.string() + ": " + ec.message());
    auto folder = Folder::open(folderPath, Links::Refuse);
    if (!folder) {
        if (folder.refusal().code != RefusalCode::NotRegular) return folder.refusal();
        return refuse(RefusalCode::NotRegular, "the progress folder " + folder.refusal().message + std::string(kNothingFollowed));
    }
    ProgressNames names = ProgressNames::of(learnerId);
    auto lock = openLock(folder.value(), names.lock);
    if (!lock) return lock.refusal();
    const int fd = lock.value();
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char holder[32] = {};
        const ssize_t got = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        std::string message = "the progress of '" + learnerId + "' is already open in another Mamori";
        const std::string pid(holder, static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
        if (!pid.empty() && pid.find_first_not_of("0123456789") == std::string::npos) message += " (process " + pid + ")";
        return refuse(RefusalCode::Locked, message + "; close it first");
    }
    const std::string pid = std::to_string(::getpid());
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t ignored = ::pwrite(fd, pid.data(), pid.size(), 0);
    }
    return std::unique_ptr<ProgressStore>(
        new ProgressStore(std::move(folder.value()), std::move(names), learnerId, std::move(key), storage, clock, fd));
}

ProgressStore::ProgressStore(Folder folder, ProgressNames names, std::string learnerId, OrganisationKey key, Storage& storage,
                             const Clock& clock, int lockFd)
    : folder_(std::move(folder)), names_(std::move(names)), learnerId_(std::move(learnerId)), key_(std::move(key)),
      storage_(storage), clock_(clock), lockFd_(lockFd)
{
}

ProgressStore::~ProgressStore()
{
    ::close(lockFd_);  // releases the lock
}

ProgressCheck ProgressStore::check(const std::string& name)
{
    return checkProgressAt(folder_, name, learnerId_, key_, storage_);
}

Result<std::string> ProgressStore::setAside(const std::string& name)
{
    const std::string base = name + ".rejected-" + timeForFileName(clock_.now());
    std::string aside = base;
    for (int n = 2; exists(folder_, aside); ++n) aside = base + "-" + std::to_string(n);
    if (auto moved = storage_.move(folder_, name, aside); !moved) return moved.refusal();
    return aside;
}

Result<LoadedProgress> ProgressStore::load()
{
    // Every event and save is dated: with a clock Mamori cannot record, nothing can be done.
    if (auto problem = nowProblem(clock_.now())) return refuse(RefusalCode::BadClock, "your progress was not opened: " + *problem);
    ProgressCheck main = check(names_.file);
    ProgressCheck backup = check(names_.backup);
    for (const ProgressCheck* c : {&main, &backup}) {
        if (c->status == Status::NotRegular) return refuse(RefusalCode::NotRegular, c->problem + std::string(kNothingFollowed));
    }
    if (main.status == Status::Newer) return refuse(RefusalCode::ProgressNewer, main.problem);

    if (main.valid()) {
        LoadedProgress loaded;
        loaded.existed = true;
        history_ = std::move(main.history);
        if (backup.valid()) {
            const LineageVerdict verdict = compareLineage(backup.history, history_);
            if (verdict.lineage == Lineage::Behind) {
                return restoreBackup(std::move(backup), "the progress file was older than its backup (" + verdict.explanation + ")",
                                     true);
            }
            if (verdict.lineage == Lineage::Forked) {
                auto aside = setAside(names_.backup);
                if (!aside) return aside.refusal();
                history_.events.push_back({HistoryEvent::Kind::SetAside, 0, clock_.now(),
                                           "the backup did not belong to this file's history (" + verdict.explanation +
                                               "); it was kept as " + aside.value()});
                // Save at once: the backup is gone from its place, so the event must be on record.
                milestones_ = milestonesOf(*main.progress);
                if (auto saved = save(*main.progress); !saved) loaded.notices.push_back(saved.refusal().message);
            }
        }
        if (!history_.started() && history_.events.empty()) {
            history_.events.push_back({HistoryEvent::Kind::ChainStarted, 0, clock_.now(),
                                       "this file was written by a Mamori without save histories; its history starts here"});
        }
        loaded.progress = std::move(*main.progress);
        milestones_ = milestonesOf(loaded.progress);
        return loaded;
    }
    if (main.status == Status::Missing && backup.status == Status::Missing) {
        LoadedProgress fresh;
        fresh.progress.learnerId = learnerId_;
        fresh.progress.created = clock_.now();
        return fresh;
    }
    if (!backup.valid()) {
        return refuse(RefusalCode::ProgressUnusable, "the progress file " + folder_.pathOf(names_.file).string() + " cannot be used (" +
                                               main.problem + ") and its backup cannot either (" + backup.problem +
                                               "); nothing was changed. Ask HR or your administrator to check it.");
    }
    if (main.status == Status::Missing) {
        return restoreBackup(std::move(backup), "the progress file was missing while its backup was there (a save never leaves it so)",
                             false);
    }
    return restoreBackup(std::move(backup), "the progress file could not be used (" + main.problem + ")", true);
}

Result<LoadedProgress> ProgressStore::restoreBackup(ProgressCheck backup, const std::string& why, bool setMainAside)
{
    std::string found = why;
    if (setMainAside) {
        auto aside = setAside(names_.file);
        if (!aside) return aside.refusal();
        found += "; it was kept as " + aside.value();
    }
    history_ = std::move(backup.history);
    const std::string restored = history_.started() ? "save " + std::to_string(history_.head.generation) : "its previous save";
    history_.events.push_back({HistoryEvent::Kind::Restored, 0, clock_.now(), found + "; the backup (" + restored + ") was restored"});

    LoadedProgress loaded;
    loaded.existed = true;
    loaded.progress = std::move(*backup.progress);
    milestones_ = milestonesOf(loaded.progress);
    std::string notice = "Your progress file had a problem: " + found + ". Your previous save was restored, and this is noted in your records.";
    // Save at once, so that the event is on record even if the learner does nothing more.
    if (auto saved = save(loaded.progress); !saved) notice += " (It could not be saved yet: " + saved.refusal().message + ".)";
    loaded.notices.push_back(std::move(notice));
    return loaded;
}

Result<Done> ProgressStore::save(const LearnerProgress& progress)
{
    if (progress.learnerId != learnerId_) {
        return refuse(RefusalCode::WrongLearner, "the records of '" + progress.learnerId + "' cannot be saved as '" + learnerId_ + "'");
    }
    const Timestamp now = clock_.now();
    if (auto problem = nowProblem(now)) return refuse(RefusalCode::BadClock, "nothing was saved: " + *problem);
    std::map<std::string, std::string> milestones = milestonesOf(progress);
    std::vector<std::string> reached;
    for (const auto& [key, description] : milestones) {
        if (!milestones_.count(key)) reached.push_back(description);
    }
    SaveHistory next;
    std::string content = serializeSave(progress, [&](std::string_view digest) {
        next = nextSave(history_, digest, now, reached);
        return next;
    });
    // Read it back as every reader will: what a reader would refuse is never written.
    if (auto readBack = parseProgress(content, names_.file); !readBack) {
        return refuse(RefusalCode::NotReadableBack, "nothing was saved, because the file could not be read back: " + readBack.refusal().message);
    }
    const std::string bytes = signContent(std::move(content), key_);
    if (bytes.size() > kMaxProgressFileBytes) {
        return refuse(RefusalCode::TooLarge, "nothing was saved: the records would exceed " +
                                       std::to_string(kMaxProgressFileBytes / (1024 * 1024)) + " MiB, the most a progress file may hold");
    }
    if (auto kept = storage_.keepCopy(folder_, names_.file, names_.backup); !kept) return kept.refusal();
    if (auto written = storage_.replaceDurably(folder_, names_.file, bytes); !written) return written.refusal();
    history_ = std::move(next);
    milestones_ = std::move(milestones);
    return Done{};
}

} // namespace mamori::records
