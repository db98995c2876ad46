#include "data_paths.hpp"

#include <cstdlib>

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

fs::path defaultPacksDir()
{
    return MAMORI_PACKS_DIR;
}

} // namespace mamori::app
