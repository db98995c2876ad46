#pragma once
// Where Mamori keeps things: learners' progress, the organisation key, the packs.

#include <filesystem>
#include <string>

namespace mamori::app {

/// `$XDG_DATA_HOME/mamori`, else `~/.local/share/mamori`.
std::filesystem::path defaultDataDir();

/// `$XDG_STATE_HOME/mamori`, else `~/.local/state/mamori`: this user's own state on this
/// computer (the outbox of progress files waiting to be pushed), never on a share.
std::filesystem::path userStateDir();

/// `$XDG_CONFIG_HOME/mamori`, else `~/.config/mamori`: the user's own settings and key.
std::filesystem::path userConfigDir();

/// The packs shipped with this build.
std::filesystem::path defaultPacksDir();

/// Progress files live in `<data-dir>/progress`.
inline std::filesystem::path progressDir(const std::filesystem::path& dataDir)
{
    return dataDir / "progress";
}

} // namespace mamori::app
