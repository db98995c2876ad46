#pragma once
// The app's own settings, kept per machine: language, text size, sound, theme, the window's
// place and the learners who signed in here. Saved atomically; a damaged file falls back to
// defaults.

#include "mamori/lessons/language.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

enum class Theme { Light, Dark };

struct WindowPlacement {
    int x = 0, y = 0, width = 1180, height = 800;
    bool known = false;   ///< false until a window was placed once
};

/// A learner who signed in on this machine: the sign-in screen lists them, so that a shared
/// PC never has to read every progress file of a share to offer its learners.
struct RecentLearner {
    std::string id;
    std::string name;

    bool operator==(const RecentLearner&) const = default;
};

inline constexpr std::size_t kMaxRecentLearners = 12;

struct Settings {
    lessons::Language language = lessons::Language::Japanese;
    int textPercent = 100;        ///< 80..160
    int volume = 80;              ///< 0..100
    bool muted = false;
    Theme theme = Theme::Light;
    WindowPlacement window;
    std::string lastLearner;
    std::vector<RecentLearner> recentLearners;   ///< most recent first, at most kMaxRecentLearners

    /// Puts `learner` first among the recent ones (once), dropping the oldest beyond the limit.
    void rememberLearner(const RecentLearner& learner);

    bool operator==(const Settings&) const = default;
};

inline constexpr int kMinTextPercent = 80;
inline constexpr int kMaxTextPercent = 160;

/// `$XDG_CONFIG_HOME/mamori/settings.xml`.
std::filesystem::path defaultSettingsFile();

/// Reads settings; anything missing or malformed keeps its value in `defaults`.
Settings loadSettings(const std::filesystem::path& file, Settings defaults = {});

/// Writes settings durably; false when it could not (the app goes on with them in memory).
bool saveSettings(const std::filesystem::path& file, const Settings& settings);

} // namespace mamori::app
