#include "mamori/lessons/pack_discovery.hpp"

#include <algorithm>

namespace mamori::lessons {

namespace fs = std::filesystem;

std::vector<fs::path> findPackFiles(const fs::path& path)
{
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return {path};
    if (!fs::is_directory(path, ec)) return {};
    if (fs::is_regular_file(path / kPackFileName, ec)) return {path / kPackFileName};
    std::vector<fs::path> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, fs::directory_options::skip_permission_denied, ec)) {
        const fs::path candidate = entry.path() / kPackFileName;
        if (entry.is_directory(ec) && fs::is_regular_file(candidate, ec)) found.push_back(candidate);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace mamori::lessons
