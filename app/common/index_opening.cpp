#include "index_opening.hpp"

#include <filesystem>

namespace mamori::app {

using records::OrgIndex;

scoring::Result<OrgIndex> openIndex(const std::string& target)
{
    if (records::isDatabaseUri(target)) return OrgIndex::connect(target);
    const std::filesystem::path file = target;
    std::error_code ec;
    const std::filesystem::path folder = file.parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder, ec);
    if (auto network = records::networkFileSystem(folder.empty() ? "." : folder)) {
        return scoring::refuse(scoring::RefusalCode::IndexOnShare,
                               "the index " + file.string() + " would be on a network file system (" + *network +
                                   "), where SQLite's locking is unsafe: give --db a file on this computer's disk, "
                                   "or a postgresql:// database");
    }
    return OrgIndex::open(file);
}

scoring::Result<OrgIndex> openIndex(const Config& settings)
{
    return openIndex(settings.index());
}

std::string shownIndex(const std::string& target)
{
    if (!records::isDatabaseUri(target)) return target;
    // postgresql://USER:PASSWORD@HOST/…: never print a password.
    std::string shown = target;
    const auto scheme = shown.find("://") + 3;
    const auto at = shown.find('@', scheme);
    const auto colon = shown.find(':', scheme);
    if (at != std::string::npos && colon != std::string::npos && colon < at) shown.replace(colon + 1, at - colon - 1, "***");
    return shown;
}

std::string shownIndex(const Config& settings)
{
    return shownIndex(settings.index());
}

} // namespace mamori::app
