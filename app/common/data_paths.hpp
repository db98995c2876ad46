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

/// Mamori's read-only data: the nearest `share/mamori` (MAMORI_DATA_SUBDIR) in the executable's
/// folder or above it — `/usr/share/mamori` for `/usr/bin/mamori`, and in a build tree the
/// folder CMake lays out at its root. No path of the machine it was built on is compiled in,
/// so an installed copy runs wherever its prefix is. Empty when there is none.
std::filesystem::path installedDataDir();

/// The packs shipped with Mamori: `<installedDataDir>/packs`.
std::filesystem::path defaultPacksDir();

/// The UI's words and sounds: $MAMORI_ASSETS, else `<installedDataDir>/assets`.
std::filesystem::path assetsDir();

/// Progress files live in `<data-dir>/progress`.
inline std::filesystem::path progressDir(const std::filesystem::path& dataDir)
{
    return dataDir / "progress";
}

} // namespace mamori::app
