#pragma once
// The author mode's main loop (`mamori --author --packs DIR`): the trainer's packs in the
// app's window, read again within a second of each save.

#include "app_options.hpp"

namespace mamori::app {

/// Runs the author mode until its window closes (or its script ends). Returns the exit status.
int runAuthor(const AppOptions& options);

} // namespace mamori::app
