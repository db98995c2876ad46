#include "command_help.hpp"

#include "word_wrap.hpp"

#include <array>
#include <ostream>
#include <sstream>

namespace mamori::tool {
namespace {

constexpr std::string_view kHelpUsage = "usage: mamori-tool help [COMMAND]\n"
                                        "  Without COMMAND, lists the commands; with one, prints its full help, as\n"
                                        "  'mamori-tool COMMAND --help' does.\n"
                                        "Exit status: 0, or 2 when COMMAND is not one of mamori-tool's commands.\n";

constexpr std::array<std::string_view, 1> kHelpArgs{"--help"};

constexpr std::array kCommands{
    ToolCommand{"validate", "validate PACK...", "check lesson packs and report problems as FILE:LINE: error: ...",
                runValidate},
    ToolCommand{"lint", "lint [--strict] PACK...",
                "validate, then warn of what an editor would catch: no source, no feedback, guessable answers, odd "
                "translations, unused files, scenario scores that contradict their endings",
                runLint},
    ToolCommand{"play", "play --user ID SCRIPT", "replay a learner script against the engine, writing real progress",
                runPlay},
    ToolCommand{"progress", "progress show|verify|compare",
                "print a learner's records readably; check that progress files are intact (signed, not edited, not "
                "swapped); tell whether a later copy of a file continues an earlier one, or was rolled back or forked",
                runProgress},
    ToolCommand{"key", "key create|show [FILE]",
                "make a new organisation key (never made as a side effect), or print a key's fingerprint and check "
                "its permissions",
                runKey},
    ToolCommand{"records", "records ACTION",
                "HR's index of everyone's records (ingest, roster, status, items, flags, report, export-xapi, "
                "allow-sync, certificate): who completed what, who is overdue, which records need a look, which "
                "questions are bad; reports, xAPI statements and certificates from it",
                runRecords},
    ToolCommand{"config", "config show", "print Mamori's settings and where each came from", runConfig},
    ToolCommand{"new-pack", "new-pack DIR --id ID",
                "write a valid starter lesson pack with one of each element, to edit", runNewPack},
    ToolCommand{"import-moodle", "import-moodle FILE.xml --out DIR",
                "convert a Moodle XML question bank into a pack, reporting losses", runImportMoodle},
    ToolCommand{"export-moodle", "export-moodle PACK --out FILE.xml",
                "write a pack's quiz questions as a Moodle XML question bank", runExportMoodle},
    ToolCommand{"help", "help [COMMAND]", "print the list of commands, or a command's full help (as COMMAND --help)",
                runHelp},
};

} // namespace

std::span<const ToolCommand> toolCommands()
{
    return kCommands;
}

const ToolCommand* findToolCommand(std::string_view name)
{
    for (const ToolCommand& command : kCommands) {
        if (command.name == name) return &command;
    }
    return nullptr;
}

std::string commandHelp(const ToolCommand& command)
{
    // The command prints its own help, so this is what `--help` shows, word for word. What it
    // says on err (play warns of a broken settings file) is not part of the help.
    std::ostringstream out, err;
    command.run(kHelpArgs, Streams{out, err});
    return out.str();
}

std::string_view toolExitStatus()
{
    return "0 done; 1 the command ran and found problems (an invalid pack, a tampered file, a failed "
           "script...); 2 the command line was wrong.";
}

std::string toolOverview()
{
    // The summaries start in one column; a longer synopsis has its summary on the next line.
    constexpr std::size_t kIndent = 2, kSummaryColumn = 33, kWidth = 100;
    std::string text = "usage: mamori-tool COMMAND [ARGS...]\n"
                       "       mamori-tool --version\n"
                       "commands:\n";
    for (const ToolCommand& command : kCommands) {
        std::string line = std::string(kIndent, ' ') + std::string(command.synopsis);
        if (line.size() + 2 > kSummaryColumn)
            line += '\n' + std::string(kSummaryColumn, ' ');
        else
            line.resize(kSummaryColumn, ' ');
        text += line + wrapWords(command.summary, kWidth, kSummaryColumn, kSummaryColumn);
    }
    text += "Run 'mamori-tool help COMMAND' (or 'mamori-tool COMMAND --help') for a command's options,\n"
            "and 'man mamori-tool' for every command, the files and the settings.\n";
    return text + "Exit status: " + wrapWords(toolExitStatus(), kWidth, 0, 13);
}

int runHelp(std::span<const std::string_view> args, Streams streams)
{
    if (args.empty()) {
        streams.out << toolOverview();
        return kExitOk;
    }
    if (args[0] == "--help" || args[0] == "-h") {
        streams.out << kHelpUsage;
        return kExitOk;
    }
    const ToolCommand* command = args.size() == 1 ? findToolCommand(args[0]) : nullptr;
    if (!command) {
        if (args.size() == 1)
            streams.err << "mamori-tool help: unknown command '" << args[0] << "'\n";
        else
            streams.err << "mamori-tool help: one COMMAND at most\n";
        streams.err << toolOverview();
        return kExitUsage;
    }
    // The command's own --help: the same words and the same exit status.
    return command->run(kHelpArgs, streams);
}

} // namespace mamori::tool
