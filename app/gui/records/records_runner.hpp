#pragma once
// The records view's main loop (`mamori --records`): the same window, fonts, theme and
// languages as the learner's app, over HR's index, which a worker reads in the background.

#include "app_options.hpp"

namespace mamori::app {

/// Runs the records view until its window closes (or its script ends). Returns the exit status.
int runRecords(const AppOptions& options);

} // namespace mamori::app
