#include "mamori/lessons/pack_discovery.hpp"

#include <algorithm>

namespace mamori::lessons {

namespace fs = std::filesystem;

namespace {

/// Anything at all stands there: a pack.xml that is a FIFO, a device or a folder is still the
/// pack the user meant, and loading it says what is wrong with it.
bool standsThere(const fs::path& path)
{
    std::error_code ec;
    return fs::exists(fs::symlink_status(path, ec));
}

} // namespace

std::vector<fs::path> findPackFiles(const fs::path& path)
{
    std::error_code ec;
    if (!standsThere(path)) return {};
    if (!fs::is_directory(path, ec)) return {path};
    if (standsThere(path / kPackFileName)) return {path / kPackFileName};
    std::vector<fs::path> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, fs::directory_options::skip_permission_denied, ec)) {
        const fs::path candidate = entry.path() / kPackFileName;
        if (entry.is_directory(ec) && standsThere(candidate)) found.push_back(candidate);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace mamori::lessons
