#pragma once
// The app's main loop: loads packs and settings, opens the window and audio, then draws
// frames only when something changes.

#include "app_options.hpp"

#include <filesystem>

namespace mamori::app {

/// Runs the app until its window closes (or its script ends). Returns the exit status.
int runApp(const AppOptions& options);

} // namespace mamori::app
