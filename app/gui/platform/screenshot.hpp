#pragma once
// Saving what the window shows as a PNG (for the script mode's screenshots).

#include <filesystem>

namespace mamori::app {

/// Reads the current framebuffer (`width` x `height`) and writes it to `file`. False on failure.
bool saveScreenshot(const std::filesystem::path& file, int width, int height);

} // namespace mamori::app
