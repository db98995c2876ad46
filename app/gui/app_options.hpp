#pragma once
// The command line of `mamori`.

#include "mamori/scoring/clock.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct AppOptions {
    std::filesystem::path dataDir;       ///< empty: the default
    std::filesystem::path packsDir;      ///< empty: the bundled packs
    std::filesystem::path keyFile;       ///< empty: the default
    std::filesystem::path settingsFile;  ///< empty: the default
    std::string syncUrl;                 ///< empty: the sync-url setting
    std::string user;                    ///< sign in as this learner at start
    std::filesystem::path script;        ///< replay this learner script through the window, then exit
    std::filesystem::path screenshotDir; ///< with --script: save a PNG of each screen here
    std::optional<scoring::Timestamp> now; ///< with --script: the clock starts here (default: now)
    bool mute = false;                   ///< no audio device at all
    // The author mode (`mamori --author --packs DIR`), for trainers writing packs.
    bool author = false;
    // The records view (`mamori --records`), for HR, trainers and managers.
    bool records = false;
    std::string db;                      ///< --db: the index (an SQLite file or postgresql:// URI); empty: the index setting
    std::filesystem::path roster;        ///< import this roster into the index first
    std::string role = "hr";             ///< hr, trainer or manager
    std::string manager;                 ///< with --role manager: whose people
    std::filesystem::path exportDir;     ///< exports and certificates; empty: $XDG_DATA_HOME/mamori/exports
    bool help = false;
    bool version = false;
};

/// Parses argv; false with `error` set on a bad command line (exit status 2). With --script,
/// --user and --now are checked here as `mamori-tool play` checks them.
bool parseAppOptions(const std::vector<std::string>& args, AppOptions& options, std::string& error);

} // namespace mamori::app
