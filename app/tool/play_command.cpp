// mamori-tool play: replays a learner script against the real engine, writing real progress
// (the playing itself is script_runner.cpp).

#include "command.hpp"

#include "data_paths.hpp"
#include "learner_script.hpp"
#include "learner_script_options.hpp"
#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/clock.hpp"
#include "script_runner.hpp"
#include "session_opener.hpp"
#include "settings_options.hpp"

#include <ostream>

namespace mamori::tool {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;
using app::ScriptCommand;

constexpr std::string_view kUsage =
    "usage: mamori-tool play --user ID [--data-dir DIR] [--packs DIR] [--key-file FILE] [--now TIME] SCRIPT\n"
    "  Replays a learner script (see tests/scripts/README.md) and writes the learner's progress.\n"
    "  --data-dir DIR   where progress is kept (default: the data-dir setting, $XDG_DATA_HOME/mamori)\n"
    "  --packs DIR      the lesson packs (the packs-dir setting; default: the installed packs)\n"
    "  --key-file FILE  the organisation key (default: the key-file setting; see mamori-tool config show)\n"
    "  --now TIME       start the script's clock at TIME, in UTC (2026-04-01T09:00:00Z); default: now\n"
    "Exit status: 0 the script ran to the end, 1 it failed (SCRIPT:LINE: error: ...), 2 the command line\n"
    "was wrong (an unknown option, a missing value, an invalid --user or --now).\n";

/// The usage, then each command a script may hold, from the verbs' table.
std::string help()
{
    std::string text(kUsage);
    text += "Script commands (see tests/scripts/README.md):\n";
    for (const app::ScriptVerbSpec& verb : app::scriptVerbs()) text += "  " + std::string(verb.usage) + "\n";
    return text;
}

} // namespace

int runPlay(std::span<const std::string_view> args, Streams streams)
{
    std::string user, scriptPath;
    bool userGiven = false;
    std::optional<Timestamp> now;
    app::Config settings = loadSettings("play", streams);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (auto taken = takeSettingOption(settings, args, i, "play", streams)) {
            if (!*taken) return kExitUsage;
            continue;
        }
        auto value = [&](std::string_view option) -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                streams.err << "mamori-tool play: " << option << " needs a value\n" << kUsage;
                return std::nullopt;
            }
            return std::string(args[++i]);
        };
        if (arg == "--help" || arg == "-h") {
            streams.out << help();
            return kExitOk;
        } else if (arg == "--user" || arg == "--now") {
            const auto v = value(arg);
            if (!v) return kExitUsage;
            if (arg == "--user") {
                user = *v;
                userGiven = true;
            } else {
                std::string problem;
                if (!(now = app::readNowOption(*v, problem))) {
                    streams.err << "mamori-tool play: " << problem << '\n';
                    return kExitUsage;
                }
            }
        } else if (arg.starts_with("-")) {
            streams.err << "mamori-tool play: unknown option '" << arg << "'\n" << kUsage;
            return kExitUsage;
        } else if (scriptPath.empty()) {
            scriptPath = arg;
        } else {
            streams.err << "mamori-tool play: one script at a time\n" << kUsage;
            return kExitUsage;
        }
    }
    if (!userGiven || scriptPath.empty()) {
        streams.err << "mamori-tool play: --user and a SCRIPT are required\n" << kUsage;
        return kExitUsage;
    }
    if (auto problem = app::userOptionProblem(user)) {
        streams.err << "mamori-tool play: " << *problem << '\n';
        return kExitUsage;
    }
    const app::ScriptParse parsed = app::loadLearnerScript(scriptPath);
    if (!parsed.ok()) {
        for (const std::string& e : parsed.errors) streams.err << e << '\n';
        return kExitProblems;
    }

    // --packs is the packs-dir setting (settings_options.hpp), which an administrator may lock:
    // a learner must not be able to complete a pack of their own making with the organisation's key.
    const PackLibrary library = loadPackLibrary(settings.packsDir());
    for (const LoadResult& failure : library.failures) {
        for (const Diagnostic& d : failure.diagnostics) {
            if (d.severity == Severity::Error) streams.err << formatDiagnostic(d) << '\n';
        }
    }
    FakeClock clock(now.value_or(SystemClock().now()));
    records::PosixStorage storage(settings.progressFileMode());
    auto opened = app::openLearnerSession(settings.dataDir(), user, settings.key(), storage, clock);
    if (!opened) {
        streams.err << "mamori-tool play: error: " << opened.refusal().message << '\n';
        return kExitProblems;
    }
    for (const std::string& warning : opened.value().warnings) streams.err << "mamori-tool play: warning: " << warning << '\n';
    for (const std::string& notice : opened.value().keyNotices) streams.out << "notice: " << notice << '\n';
    for (const std::string& notice : opened.value().notices) streams.out << "notice: " << notice << '\n';
    ScriptRunner runner(*opened.value().session, library, clock, scriptPath, streams);
    for (const ScriptCommand& command : parsed.script.commands) {
        if (!runner.run(command)) return kExitProblems;
        if (runner.quitting()) break;
    }
    return kExitOk;
}

} // namespace mamori::tool
