#pragma once
// The settings every mamori-tool command starts from (config.hpp), and the command-line
// options that change them: --data-dir, --key-file, --db, --home-page, --time-zone,
// --progress-files.

#include "command.hpp"
#include "config.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace mamori::tool {

/// The standard settings; problems in the settings files are printed as warnings.
app::Config loadSettings(std::string_view command, Streams streams);

/// When `args[i]` is a settings option, applies it with the argument after it and moves `i`
/// on: nullopt when it is not one, true when applied, false after printing why not (a locked
/// setting, a missing or bad value: a usage error).
std::optional<bool> takeSettingOption(app::Config& config, std::span<const std::string_view> args, std::size_t& i,
                                      std::string_view command, Streams streams);

} // namespace mamori::tool
