// mamori-tool: Mamori's headless tool. Links the lessons, scoring and records libraries only,
// never GUI code, which proves that they stand on their own.

#include "command.hpp"

#include <iostream>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kUsage =
    "usage: mamori-tool COMMAND [ARGS...]\n"
    "commands:\n"
    "  validate PACK...               check lesson packs and report problems as FILE:LINE: error: ...\n"
    "  lint [--strict] PACK...        validate, then warn of what an editor would catch: no source,\n"
    "                                 no feedback, guessable answers, odd translations, unused files,\n"
    "                                 scenario scores that contradict their endings\n"
    "  play --user ID SCRIPT          replay a learner script against the engine, writing real progress\n"
    "  progress show FILE             print a learner's records readably\n"
    "  progress verify FILE...        check that progress files are intact (signed, not edited, not swapped)\n"
    "  progress compare OLD NEW       tell whether NEW continues OLD, or was rolled back or forked\n"
    "  key create FILE                make a new organisation key (never made as a side effect)\n"
    "  key show [FILE]                print a key's fingerprint and check its permissions\n"
    "  records ingest|roster|status|items|flags\n"
    "                                 HR's index of everyone's records: who completed what, who is\n"
    "                                 overdue, which records need a look, which questions are bad\n"
    "  config show                    print Mamori's settings and where each came from\n"
    "  new-pack DIR --id ID           write a valid starter lesson pack with one of each element, to edit\n"
    "  import-moodle FILE.xml --out DIR   convert a Moodle XML question bank into a pack, reporting losses\n"
    "  export-moodle PACK --out FILE.xml  write a pack's quiz questions as a Moodle XML question bank\n"
    "Run 'mamori-tool COMMAND --help' for a command's options.\n";

} // namespace

int main(int argc, char** argv)
{
    using namespace mamori::tool;
    std::vector<std::string_view> args(argv + 1, argv + argc);
    Streams streams{std::cout, std::cerr};
    if (args.empty()) {
        std::cerr << kUsage;
        return kExitUsage;
    }
    const std::string_view command = args.front();
    const std::span<const std::string_view> rest(args.data() + 1, args.size() - 1);
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kUsage;
        return kExitOk;
    }
    if (command == "--version") {
        std::cout << "mamori-tool " << MAMORI_VERSION << " (commit " << MAMORI_GIT_COMMIT << ")\n";
        return kExitOk;
    }
    if (command == "validate") return runValidate(rest, streams);
    if (command == "lint") return runLint(rest, streams);
    if (command == "play") return runPlay(rest, streams);
    if (command == "progress") return runProgress(rest, streams);
    if (command == "key") return runKey(rest, streams);
    if (command == "records") return runRecords(rest, streams);
    if (command == "config") return runConfig(rest, streams);
    if (command == "new-pack") return runNewPack(rest, streams);
    if (command == "import-moodle") return runImportMoodle(rest, streams);
    if (command == "export-moodle") return runExportMoodle(rest, streams);
    std::cerr << "mamori-tool: unknown command '" << command << "'\n" << kUsage;
    return kExitUsage;
}
