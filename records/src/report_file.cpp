// Writing an export where a person asked for it: never through a link someone planted there,
// never over a folder, and never half a file (a temporary beside it, renamed into place).
#include "mamori/records/regular_file.hpp"
#include "mamori/records/report_export.hpp"

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
namespace fs = std::filesystem;

Result<Done> checkTarget(const fs::path& target)
{
    struct stat info {};
    if (::lstat(target.c_str(), &info) != 0) {
        if (errno == ENOENT) return Done{};
        return systemRefusal("cannot look at", target, errno);
    }
    if (S_ISLNK(info.st_mode)) {
        return refuse(RefusalCode::ReportTarget, target.string() + " is a symbolic link: an export is never written through one; remove it or name another file");
    }
    if (!S_ISREG(info.st_mode)) {
        return refuse(RefusalCode::ReportTarget, target.string() + " is " + fileKindName(info.st_mode) + ", not a file an export can replace");
    }
    return Done{};
}

Result<Done> checkFolder(const fs::path& folder)
{
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0) {
        if (errno == ENOENT) return refuse(RefusalCode::ReportFolder, "the folder " + folder.string() + " does not exist");
        return systemRefusal("cannot look at", folder, errno);
    }
    if (!S_ISDIR(info.st_mode)) return refuse(RefusalCode::ReportFolder, folder.string() + " is " + fileKindName(info.st_mode) + ", not a folder");
    return Done{};
}

/// Flushes `path` (a file or a folder) to disk, so that the rename survives a power cut.
Result<Done> syncToDisk(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return systemRefusal("cannot open", path, errno);
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced && error != EINVAL) return systemRefusal("cannot write", path, error);   // EINVAL: a folder that cannot be synced
    return Done{};
}

} // namespace

Result<Done> replaceReportFile(const fs::path& target, const std::function<Result<Done>(const fs::path& temporary)>& write)
{
    if (target.filename().empty()) return refuse(RefusalCode::ReportTarget, "'" + target.string() + "' names a folder, not a file");
    if (auto checked = checkTarget(target); !checked) return checked;
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    if (auto checked = checkFolder(folder); !checked) return checked;

    // Hidden and unique; mkstemp creates it readable by its owner only: exports hold personal data.
    std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) return systemRefusal("cannot create a file in", folder, errno);
    ::close(fd);
    const fs::path temporary = pattern;

    Result<Done> done = write(temporary);
    if (done) done = syncToDisk(temporary);
    if (done && ::rename(temporary.c_str(), target.c_str()) != 0) done = systemRefusal("cannot write", target, errno);
    if (!done) {
        ::unlink(temporary.c_str());
        return done;
    }
    (void)syncToDisk(folder);   // the export is in place; a folder that cannot be synced is no reason to fail
    return Done{};
}

Result<Done> writeWholeFile(const fs::path& file, const std::string& bytes)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return systemRefusal("cannot open", file, errno);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t wrote = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote < 0) {
            const int error = errno;
            ::close(fd);
            return systemRefusal("cannot write", file, error);
        }
        written += static_cast<std::size_t>(wrote);
    }
    if (::close(fd) != 0) return systemRefusal("cannot write", file, errno);
    return Done{};
}

} // namespace mamori::records
