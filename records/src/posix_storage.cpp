#include "mamori/records/storage.hpp"

#include "mamori/records/progress_limits.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::refuse;
using scoring::RefusalCode;
using scoring::Result;

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

Result<Done> syncFolder(const Folder& folder)
{
    if (::fsync(folder.fd()) != 0) return systemRefusal("cannot flush the folder", folder.path(), errno);
    return Done{};
}

/// Removes whatever stands at `name` (a stale file from a crash, or a planted link: unlink
/// removes the link itself, never what it points to).
Result<Done> clear(const Folder& folder, const std::string& name)
{
    if (::unlinkat(folder.fd(), name.c_str(), 0) == 0 || errno == ENOENT) return Done{};
    return systemRefusal("cannot remove", folder.pathOf(name), errno);
}

} // namespace

Result<std::optional<std::string>> PosixStorage::read(const Folder& folder, std::string_view name, std::size_t maxBytes)
{
    return readRegularFileAt(folder, name, maxBytes);
}

Result<Done> PosixStorage::replaceDurably(const Folder& folder, std::string_view name, std::string_view bytes)
{
    const std::string target(name);
    const std::string temporary = target + ".tmp";
    if (auto cleared = clear(folder, temporary); !cleared) return cleared;
    // O_EXCL with O_NOFOLLOW: a link planted at the temporary name after it was cleared
    // makes the save fail rather than write through it.
    const int fd = ::openat(folder.fd(), temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode_);
    if (fd < 0) return systemRefusal("cannot create", folder.pathOf(temporary), errno);
    auto fail = [&](const char* what, const std::string& file, int error) {
        ::unlinkat(folder.fd(), temporary.c_str(), 0);
        return systemRefusal(what, folder.pathOf(file), error);
    };
    // The umask may have narrowed the mode; a shared folder setting (fileMode_) is meant as given.
    if (::fchmod(fd, fileMode_) != 0 || !writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return fail("cannot write", temporary, error);
    }
    if (::close(fd) != 0) return fail("cannot write", temporary, errno);
    if (::renameat(folder.fd(), temporary.c_str(), folder.fd(), target.c_str()) != 0) return fail("cannot replace", target, errno);
    return syncFolder(folder);
}

Result<Done> PosixStorage::keepCopy(const Folder& folder, std::string_view source, std::string_view copy)
{
    const std::string from(source), to(copy);
    struct stat original {};
    if (::fstatat(folder.fd(), from.c_str(), &original, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT) return Done{};
        return systemRefusal("cannot read", folder.pathOf(from), errno);
    }
    if (!S_ISREG(original.st_mode)) {
        return refuse(RefusalCode::NotRegular, folder.pathOf(from).string() + " is " + fileKindName(original.st_mode) + ", not a regular file");
    }
    // A hard link shares the bytes: cheap, and the source is only ever replaced by rename,
    // so the link keeps the previous generation intact.
    const std::string fresh = to + ".new";
    if (auto cleared = clear(folder, fresh); !cleared) return cleared;
    if (::linkat(folder.fd(), from.c_str(), folder.fd(), fresh.c_str(), 0) == 0) {
        // linkat links whatever stands at `from` now; keep it only if it is the file looked at.
        struct stat linked {};
        const bool same = ::fstatat(folder.fd(), fresh.c_str(), &linked, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(linked.st_mode) &&
                          linked.st_ino == original.st_ino && linked.st_dev == original.st_dev;
        if (!same) {
            ::unlinkat(folder.fd(), fresh.c_str(), 0);
            return refuse(RefusalCode::NotRegular, folder.pathOf(from).string() + " changed while it was being backed up");
        }
        if (::renameat(folder.fd(), fresh.c_str(), folder.fd(), to.c_str()) != 0) {
            const int error = errno;
            ::unlinkat(folder.fd(), fresh.c_str(), 0);
            return systemRefusal("cannot keep a backup as", folder.pathOf(to), error);
        }
        return Done{};
    }
    // File systems without hard links (some network shares): copy the bytes durably.
    auto content = read(folder, from, kMaxProgressFileBytes);
    if (!content) return content.refusal();
    if (!content.value()) return Done{};
    return replaceDurably(folder, to, *content.value());
}

Result<Done> PosixStorage::move(const Folder& folder, std::string_view from, std::string_view to)
{
    const std::string source(from), target(to);
    if (::renameat(folder.fd(), source.c_str(), folder.fd(), target.c_str()) != 0) {
        return systemRefusal("cannot move", folder.pathOf(source), errno);
    }
    return syncFolder(folder);
}

Result<Done> replaceFileDurably(Storage& storage, const std::filesystem::path& path, std::string_view bytes)
{
    auto folder = Folder::open(path.parent_path(), Links::Follow);
    if (!folder) return folder.refusal();
    return storage.replaceDurably(folder.value(), path.filename().string(), bytes);
}

} // namespace mamori::records
