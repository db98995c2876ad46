#include "mamori/records/regular_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mamori::records {
namespace {

namespace fs = std::filesystem;
using scoring::refuse;
using scoring::RefusalCode;

std::string mebibytes(std::size_t bytes)
{
    if (bytes >= 1024 * 1024) return std::to_string(bytes / (1024 * 1024)) + " MiB";
    if (bytes >= 1024) return std::to_string(bytes / 1024) + " KiB";
    return std::to_string(bytes) + " bytes";
}

/// Reads what `name` names relative to `dirfd`; `shown` names it in messages.
scoring::Result<std::optional<std::string>> readAt(int dirfd, const char* name, const fs::path& shown, std::size_t maxBytes,
                                                   Links links)
{
    const int noFollow = links == Links::Refuse ? AT_SYMLINK_NOFOLLOW : 0;
    struct stat info {};
    // Look before opening: opening a device or a FIFO can block or have effects of its own.
    if (::fstatat(dirfd, name, &info, noFollow) != 0) {
        if (errno == ENOENT) return std::optional<std::string>{};
        return systemRefusal("cannot read", shown, errno);
    }
    auto notRegular = [&](unsigned mode) {
        return refuse(RefusalCode::NotRegular, shown.string() + " is " + fileKindName(mode) + ", not a regular file");
    };
    if (!S_ISREG(info.st_mode)) return notRegular(info.st_mode);
    auto tooLarge = [&] {
        return refuse(RefusalCode::TooLarge, shown.string() + " is larger than " + mebibytes(maxBytes) + ", the most Mamori reads");
    };
    if (static_cast<std::uintmax_t>(info.st_size) > maxBytes) return tooLarge();

    const int flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (links == Links::Refuse ? O_NOFOLLOW : 0);
    const int fd = ::openat(dirfd, name, flags);
    if (fd < 0) {
        if (errno == ENOENT) return std::optional<std::string>{};
        if (errno == ELOOP) return notRegular(S_IFLNK);  // swapped for a link since the look
        return systemRefusal("cannot open", shown, errno);
    }
    // What was opened is what counts: it may have been swapped since the look.
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const unsigned mode = info.st_mode;
        ::close(fd);
        return notRegular(mode);
    }
    // Read at most one byte past the limit, to notice a file that grows while it is read.
    std::string content(std::min<std::size_t>(static_cast<std::size_t>(info.st_size), maxBytes) + 1, '\0');
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t got = ::read(fd, content.data() + done, content.size() - done);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            return systemRefusal("cannot read", shown, error);
        }
        if (got == 0) break;
        done += static_cast<std::size_t>(got);
        if (done == content.size() && done <= maxBytes) content.resize(std::min(content.size() * 2, maxBytes + 1));
    }
    ::close(fd);
    if (done > maxBytes) return tooLarge();
    content.resize(done);
    return std::optional<std::string>(std::move(content));
}

} // namespace

scoring::Refusal systemRefusal(const std::string& what, const fs::path& file, int error)
{
    const scoring::RefusalCode code = error == ENOSPC || error == EDQUOT ? RefusalCode::DiskFull
                                      : error == EACCES || error == EPERM ? RefusalCode::NoPermission
                                                                          : RefusalCode::IoError;
    return refuse(code, what + " " + file.string() + ": " + std::strerror(error));
}

std::string fileKindName(unsigned mode)
{
    switch (mode & S_IFMT) {
    case S_IFREG: return "a regular file";
    case S_IFDIR: return "a folder";
    case S_IFLNK: return "a symbolic link";
    case S_IFIFO: return "a FIFO (named pipe)";
    case S_IFCHR: return "a character device";
    case S_IFBLK: return "a block device";
    case S_IFSOCK: return "a socket";
    }
    return "not a file";
}

scoring::Result<Folder> Folder::open(const fs::path& path, Links links)
{
    const int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (links == Links::Refuse ? O_NOFOLLOW : 0);
    const int fd = ::open(path.empty() ? "." : path.c_str(), flags);
    if (fd >= 0) return Folder(fd, path);
    const int error = errno;
    struct stat info {};
    if ((error == ELOOP || error == ENOTDIR) && ::lstat(path.c_str(), &info) == 0) {
        return refuse(RefusalCode::NotRegular, path.string() + " is " + fileKindName(info.st_mode) + ", not a folder");
    }
    return systemRefusal("cannot open the folder", path, error);
}

Folder::Folder(Folder&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_))
{
    other.fd_ = -1;
}

Folder& Folder::operator=(Folder&& other) noexcept
{
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = other.fd_;
        path_ = std::move(other.path_);
        other.fd_ = -1;
    }
    return *this;
}

Folder::~Folder()
{
    if (fd_ >= 0) ::close(fd_);
}

scoring::Result<std::optional<std::string>> readRegularFileAt(const Folder& folder, std::string_view name, std::size_t maxBytes)
{
    const std::string leaf(name);
    return readAt(folder.fd(), leaf.c_str(), folder.pathOf(name), maxBytes, Links::Refuse);
}

scoring::Result<std::optional<std::string>> readRegularFile(const fs::path& file, std::size_t maxBytes, Links links)
{
    return readAt(AT_FDCWD, file.c_str(), file, maxBytes, links);
}

} // namespace mamori::records
