#pragma once
// The shape shared by mamori-tool's subcommands.

#include <iosfwd>
#include <span>
#include <string_view>

namespace mamori::tool {

/// Exit codes every subcommand uses.
enum ExitCode : int {
    kExitOk = 0,
    kExitProblems = 1,   ///< the command ran and found errors (invalid pack, tampered file, failed script)
    kExitUsage = 2,      ///< bad command line
};

/// Output streams, passed in so that tests can capture them.
struct Streams {
    std::ostream& out;
    std::ostream& err;
};

int runValidate(std::span<const std::string_view> args, Streams streams);
/// mamori-tool lint [--strict] PACK... (lint_command.cpp).
int runLint(std::span<const std::string_view> args, Streams streams);
int runPlay(std::span<const std::string_view> args, Streams streams);
int runProgress(std::span<const std::string_view> args, Streams streams);
int runKey(std::span<const std::string_view> args, Streams streams);
int runConfig(std::span<const std::string_view> args, Streams streams);
/// mamori-tool new-pack DIR --id ID [--lang ja,en] (new_pack_command.cpp).
int runNewPack(std::span<const std::string_view> args, Streams streams);
int runRecords(std::span<const std::string_view> args, Streams streams);
/// mamori-tool import-moodle FILE.xml --out DIR (moodle_import_command.cpp).
int runImportMoodle(std::span<const std::string_view> args, Streams streams);
/// mamori-tool export-moodle PACK --out FILE.xml (moodle_export_command.cpp).
int runExportMoodle(std::span<const std::string_view> args, Streams streams);

} // namespace mamori::tool
