#pragma once
// The app's own settings, kept per machine: language, text size, sound, theme, the window's
// place and the last learner. Saved atomically; a damaged file falls back to defaults.

#include "mamori/lessons/language.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace mamori::app {

enum class Theme { Light, Dark };

struct WindowPlacement {
    int x = 0, y = 0, width = 1180, height = 800;
    bool known = false;   ///< false until a window was placed once
};

struct Settings {
    lessons::Language language = lessons::Language::Japanese;
    int textPercent = 100;        ///< 80..160
    int volume = 80;              ///< 0..100
    bool muted = false;
    Theme theme = Theme::Light;
    WindowPlacement window;
    std::string lastLearner;

    bool operator==(const Settings&) const = default;
};

inline constexpr int kMinTextPercent = 80;
inline constexpr int kMaxTextPercent = 160;

/// `$XDG_CONFIG_HOME/mamori/settings.xml`.
std::filesystem::path defaultSettingsFile();

/// Reads settings; anything missing or malformed keeps its default.
Settings loadSettings(const std::filesystem::path& file);

/// Writes settings durably; false when it could not (the app goes on with them in memory).
bool saveSettings(const std::filesystem::path& file, const Settings& settings);

} // namespace mamori::app
