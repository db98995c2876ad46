#pragma once
// The text of `mamori --help`, kept apart from the GUI's code so that the build-time man page
// generator (app/tool/man) can print the same words without linking any GUI code.

#include <string>
#include <string_view>

namespace mamori::app {

/// `mamori --help` in the parts its man page files under headings of their own; each part is
/// whole lines, as the help prints them.
struct AppUsageParts {
    std::string_view synopsis; ///< the "usage:" lines
    std::string_view summary;  ///< what Mamori is, in a few words (the man page's NAME)
    std::string_view options;  ///< "  --option ARG   what it does" lines
    std::string_view exitStatus;
    std::string_view environment; ///< "  NAME=VALUE   what it does" lines under "  Environment:"
    std::string_view settings;    ///< where the settings come from
};
const AppUsageParts& appUsageParts();

/// Every part, in order: what `mamori --help` prints.
const std::string& appUsage();

} // namespace mamori::app
