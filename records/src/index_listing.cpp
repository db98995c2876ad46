#include "index_listing.hpp"

#include "mamori/records/learner_id.hpp"

#include <cerrno>
#include <unistd.h>

namespace mamori::records {

scoring::Result<ProgressListing> ProgressListing::open(const Folder& folder)
{
    const int fd = ::dup(folder.fd());
    DIR* dir = fd >= 0 ? ::fdopendir(fd) : nullptr;
    if (!dir) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        return systemRefusal("cannot list", folder.path(), error);
    }
    ::rewinddir(dir);   // the duplicate shares its position with the folder's descriptor
    return ProgressListing(dir);
}

ProgressListing::ProgressListing(ProgressListing&& other) noexcept : dir_(other.dir_)
{
    other.dir_ = nullptr;
}

ProgressListing::~ProgressListing()
{
    if (dir_) ::closedir(dir_);
}

std::vector<FileStamp> ProgressListing::next(std::size_t count)
{
    std::vector<FileStamp> files;
    while (files.size() < count) {
        const dirent* entry = ::readdir(dir_);
        if (!entry) break;
        std::string name = entry->d_name;
        auto id = learnerIdInFileName(name);
        if (!id || name != *id + ".xml") continue;
        files.push_back(FileStamp{std::move(name), std::move(*id), 0, 0, {}});
    }
    return files;
}

} // namespace mamori::records
