#include "mamori/scoring/storage.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mamori::scoring {
namespace {

namespace fs = std::filesystem;

Refusal systemError(const std::string& what, const fs::path& file, int error)
{
    std::string code = error == ENOSPC ? "disk-full" : error == EACCES || error == EPERM ? "no-permission" : "io-error";
    return refuse(code, what + " " + file.string() + ": " + std::strerror(error));
}

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

Result<Done> syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return systemError("cannot open folder", folder, errno);
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0) return systemError("cannot flush folder", folder, error);
    return Done{};
}

/// Writes `bytes` to `target` through a temporary file and a rename.
Result<Done> writeThenRename(const fs::path& target, std::string_view bytes)
{
    const fs::path temporary = target.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return systemError("cannot create", temporary, errno);
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporary.c_str());
        return systemError("cannot write", temporary, error);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return systemError("cannot write", temporary, error);
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return systemError("cannot replace", target, error);
    }
    return syncFolder(target.parent_path());
}

} // namespace

Result<std::optional<std::string>> PosixStorage::read(const fs::path& file, std::size_t maxBytes)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return std::optional<std::string>{};
        return systemError("cannot open", file, errno);
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return refuse("io-error", "not a regular file: " + file.string());
    }
    if (static_cast<std::size_t>(info.st_size) > maxBytes) {
        ::close(fd);
        return refuse("too-large", file.string() + " is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MiB");
    }
    std::string content(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t got = ::read(fd, content.data() + done, content.size() - done);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        done += static_cast<std::size_t>(got);
    }
    ::close(fd);
    content.resize(done);
    return std::optional<std::string>(std::move(content));
}

Result<Done> PosixStorage::replaceDurably(const fs::path& target, std::string_view bytes)
{
    return writeThenRename(target, bytes);
}

Result<Done> PosixStorage::keepCopy(const fs::path& source, const fs::path& copy)
{
    if (::access(source.c_str(), F_OK) != 0) return Done{};
    // A hard link shares the bytes: cheap, and the source is only ever replaced by rename,
    // so the link keeps the previous generation intact.
    const fs::path fresh = copy.string() + ".new";
    ::unlink(fresh.c_str());
    if (::link(source.c_str(), fresh.c_str()) == 0) {
        if (::rename(fresh.c_str(), copy.c_str()) != 0) {
            const int error = errno;
            ::unlink(fresh.c_str());
            return systemError("cannot keep a backup as", copy, error);
        }
        return Done{};
    }
    // File systems without hard links (some network shares): copy the bytes durably.
    auto content = read(source, SIZE_MAX);
    if (!content) return content.refusal();
    if (!content.value()) return Done{};
    return writeThenRename(copy, *content.value());
}

Result<Done> PosixStorage::move(const fs::path& from, const fs::path& to)
{
    if (::rename(from.c_str(), to.c_str()) != 0) return systemError("cannot move", from, errno);
    return syncFolder(to.parent_path());
}

} // namespace mamori::scoring
