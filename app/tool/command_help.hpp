#pragma once
// mamori-tool's commands in one table: main() runs them from it, `mamori-tool help` and the
// overview list them from it, and the man page (app/tool/man) is written from it, so that a
// command cannot be added without its help, nor its help drift from its man page.

#include "command.hpp"

#include <span>
#include <string>
#include <string_view>

namespace mamori::tool {

struct ToolCommand {
    std::string_view name;
    std::string_view synopsis; ///< its arguments in short, as the overview lists them
    std::string_view summary;  ///< what it is for, in a line (the overview wraps it)
    /// Runs it. `run({"--help"})` prints its full help on `out` and returns 0: the command's
    /// own text (in its *_command.cpp), shown the same by `help NAME` and the man page.
    int (*run)(std::span<const std::string_view> args, Streams streams);
};

/// Every command, in the order the overview lists them.
std::span<const ToolCommand> toolCommands();
/// The command called `name`, or null.
const ToolCommand* findToolCommand(std::string_view name);

/// The full help of `command`: what `mamori-tool NAME --help` prints.
std::string commandHelp(const ToolCommand& command);

/// What every command's exit status means, in a line ("0 done; 1 ...").
std::string_view toolExitStatus();

/// `mamori-tool --help`: how to call it, each command with its synopsis and summary.
std::string toolOverview();

/// mamori-tool help [COMMAND]: the overview, or COMMAND's full help.
int runHelp(std::span<const std::string_view> args, Streams streams);

} // namespace mamori::tool
