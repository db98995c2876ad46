#include "data_paths.hpp"

#include <array>
#include <cstdlib>
#include <unistd.h>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

fs::path fromEnvironment(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value ? fs::path(value) : fs::path();
}

fs::path home()
{
    fs::path h = fromEnvironment("HOME");
    return h.empty() ? fs::current_path() : h;
}

} // namespace

fs::path defaultDataDir()
{
    fs::path base = fromEnvironment("XDG_DATA_HOME");
    if (base.empty() || base.is_relative()) base = home() / ".local" / "share";
    return base / "mamori";
}

fs::path userStateDir()
{
    fs::path base = fromEnvironment("XDG_STATE_HOME");
    if (base.empty() || base.is_relative()) base = home() / ".local" / "state";
    return base / "mamori";
}

fs::path userConfigDir()
{
    fs::path base = fromEnvironment("XDG_CONFIG_HOME");
    if (base.empty() || base.is_relative()) base = home() / ".config";
    return base / "mamori";
}

namespace {

/// The running executable's folder, from /proc (argv[0] can be anything).
fs::path executableDir()
{
    std::array<char, 4096> buffer{};
    const ssize_t length = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    if (length <= 0) return {};
    return fs::path(std::string(buffer.data(), static_cast<std::size_t>(length))).parent_path();
}

fs::path findInstalledDataDir()
{
    // The executable sits in bin/ (installed), app/ (a build tree) or a test's folder a few
    // levels below the build tree's root; more than four levels up is not Mamori's any more.
    constexpr int kLevelsUp = 4;
    fs::path dir = executableDir();
    for (int level = 0; level <= kLevelsUp && !dir.empty(); ++level) {
        const fs::path candidate = dir / MAMORI_DATA_SUBDIR;
        std::error_code ec;
        if (fs::is_directory(candidate / "packs", ec)) return candidate;
        if (dir == dir.root_path()) break;
        dir = dir.parent_path();
    }
    return {};
}

} // namespace

fs::path installedDataDir()
{
    static const fs::path found = findInstalledDataDir();
    return found;
}

fs::path defaultPacksDir()
{
    const fs::path data = installedDataDir();
    return data.empty() ? fs::path("share/mamori/packs (not found beside the executable)") : data / "packs";
}

fs::path assetsDir()
{
    if (const char* dir = std::getenv("MAMORI_ASSETS"); dir && *dir) return dir;
    const fs::path data = installedDataDir();
    return data.empty() ? fs::path("share/mamori/assets (not found beside the executable)") : data / "assets";
}

} // namespace mamori::app
