#include "mamori/scoring/progress_store.hpp"

#include "mamori/scoring/learner_id.hpp"
#include "mamori/scoring/progress_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace mamori::scoring {
namespace {

namespace fs = std::filesystem;

ProgressCheck::Status statusOf(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid: return ProgressCheck::Status::Valid;
    case SignatureCheck::Unsigned: return ProgressCheck::Status::Unsigned;
    case SignatureCheck::OtherKey: return ProgressCheck::Status::OtherKey;
    case SignatureCheck::Tampered: return ProgressCheck::Status::Tampered;
    }
    return ProgressCheck::Status::Corrupt;
}

std::string timeForFileName(Timestamp now)
{
    std::string text = formatTimestamp(now);
    for (char& c : text) {
        if (c == ':') c = '-';
    }
    return text;
}

} // namespace

ProgressPaths ProgressPaths::of(const fs::path& folder, const std::string& learnerId)
{
    return {folder / (learnerId + ".xml"), folder / (learnerId + ".xml.bak"), folder / (learnerId + ".lock")};
}

ProgressCheck checkProgressFile(const fs::path& file, const OrganisationKey& key, Storage& storage)
{
    ProgressCheck check;
    auto content = storage.read(file, kMaxProgressFileBytes);
    if (!content) {
        check.status = ProgressCheck::Status::Unreadable;
        check.problem = content.refusal().message;
        return check;
    }
    if (!content.value()) {
        check.status = ProgressCheck::Status::Missing;
        check.problem = "no such file";
        return check;
    }
    const std::string& bytes = *content.value();
    const VerifiedContent verified = verifySignature(bytes, key);
    if (verified.check != SignatureCheck::Valid) {
        check.status = statusOf(verified.check);
        check.problem = std::string(signatureCheckName(verified.check));
        if (verified.check == SignatureCheck::Unsigned && bytes.find("</progress>") == std::string::npos) {
            check.status = ProgressCheck::Status::Corrupt;
            check.problem = "the file is incomplete (cut off before its end)";
        }
        return check;
    }
    auto parsed = parseProgress(verified.content, file.filename().string());
    if (!parsed) {
        check.status = parsed.refusal().code == "progress-newer" ? ProgressCheck::Status::Newer : ProgressCheck::Status::Corrupt;
        check.problem = parsed.refusal().message;
        return check;
    }
    check.status = ProgressCheck::Status::Valid;
    check.progress = std::move(parsed.value());
    return check;
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::open(const fs::path& folder, const std::string& learnerId,
                                                           OrganisationKey key, Storage& storage)
{
    if (auto problem = learnerIdProblem(learnerId)) return refuse("bad-learner-id", *problem + ": '" + learnerId + "'");
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return refuse("io-error", "cannot create the progress folder " + folder.string() + ": " + ec.message());
    ProgressPaths paths = ProgressPaths::of(folder, learnerId);
    const int fd = ::open(paths.lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return refuse("io-error", "cannot open " + paths.lock.string() + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char holder[32] = {};
        const ssize_t got = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        std::string message = "the progress of '" + learnerId + "' is already open in another Mamori";
        if (got > 0) message += " (process " + std::string(holder, static_cast<std::size_t>(got)) + ")";
        return refuse("locked", message + "; close it first");
    }
    const std::string pid = std::to_string(::getpid());
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t ignored = ::pwrite(fd, pid.data(), pid.size(), 0);
    }
    return std::unique_ptr<ProgressStore>(new ProgressStore(std::move(paths), learnerId, std::move(key), storage, fd));
}

ProgressStore::ProgressStore(ProgressPaths paths, std::string learnerId, OrganisationKey key, Storage& storage, int lockFd)
    : paths_(std::move(paths)), learnerId_(std::move(learnerId)), key_(std::move(key)), storage_(storage), lockFd_(lockFd)
{
}

ProgressStore::~ProgressStore()
{
    ::close(lockFd_);  // releases the lock
}

Result<LoadedProgress> ProgressStore::load(Timestamp now)
{
    LoadedProgress loaded;
    const ProgressCheck main = checkProgressFile(paths_.file, key_, storage_);
    auto belongsHere = [&](const ProgressCheck& check) {
        return check.valid() && check.progress->learnerId == learnerId_;
    };
    if (belongsHere(main)) {
        loaded.progress = std::move(*main.progress);
        loaded.existed = true;
        return loaded;
    }
    if (main.status == ProgressCheck::Status::Newer) return refuse("progress-newer", main.problem);

    const ProgressCheck backup = checkProgressFile(paths_.backup, key_, storage_);
    if (main.status == ProgressCheck::Status::Missing && backup.status == ProgressCheck::Status::Missing) {
        loaded.progress.learnerId = learnerId_;
        loaded.progress.created = now;
        return loaded;
    }
    const std::string mainProblem = main.valid() ? "belongs to learner '" + main.progress->learnerId + "'" : main.problem;
    if (!belongsHere(backup)) {
        return refuse("progress-unusable", "the progress file " + paths_.file.string() + " cannot be used (" + mainProblem +
                                               ") and its backup cannot either (" +
                                               (backup.valid() ? "another learner's" : backup.problem) +
                                               "); nothing was changed. Ask HR or your administrator to check it.");
    }
    // Keep the rejected file as evidence, out of the way of the next save.
    if (main.status != ProgressCheck::Status::Missing) {
        const fs::path aside = paths_.file.string() + ".rejected-" + timeForFileName(now);
        if (auto moved = storage_.move(paths_.file, aside); !moved) return moved.refusal();
        loaded.notices.push_back("The progress file could not be used (" + mainProblem +
                                 "); the previous save was restored and the rejected file kept as " + aside.filename().string() + ".");
    } else {
        loaded.notices.push_back("The progress file was missing; the previous save was restored.");
    }
    loaded.progress = std::move(*backup.progress);
    loaded.existed = true;
    return loaded;
}

Result<Done> ProgressStore::save(const LearnerProgress& progress)
{
    const std::string bytes = signContent(serializeProgress(progress), key_);
    if (auto kept = storage_.keepCopy(paths_.file, paths_.backup); !kept) return kept.refusal();
    return storage_.replaceDurably(paths_.file, bytes);
}

} // namespace mamori::scoring
