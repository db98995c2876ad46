#include "app_options.hpp"

#include "learner_script_options.hpp"

namespace mamori::app {

const char* const kAppUsage =
    "usage: mamori [--data-dir DIR] [--packs DIR] [--user ID] [--key-file FILE] [--settings FILE] [--sync URL] [--mute]\n"
    "       mamori --script SCRIPT --user ID [--screenshot-dir DIR] [--now TIME] [other options]\n"
    "       mamori --author [--packs DIR] [--script AUTHOR-SCRIPT [--screenshot-dir DIR]]\n"
    "       mamori --records [--db FILE|URL] [--data-dir DIR] [--roster FILE] [--role hr|trainer|manager]\n"
    "              [--manager NAME] [--export-dir DIR] [--script RECORDS-SCRIPT [--screenshot-dir DIR] [--now TIME]]\n"
    "  Mamori: trade-secret protection training (守り).\n"
    "  --data-dir DIR        where learners' progress is kept (default: the data-dir setting, else\n"
    "                        $XDG_DATA_HOME/mamori)\n"
    "  --packs DIR           the lesson packs to offer (default: the bundled packs)\n"
    "  --user ID             sign in as this learner (created on first use)\n"
    "  --key-file FILE       the organisation key that signs progress files; it must exist (default:\n"
    "                        $MAMORI_KEY_FILE, the key-file setting, /etc/mamori/organisation.key,\n"
    "                        $XDG_CONFIG_HOME/mamori/organisation.key)\n"
    "  --settings FILE       the app's settings (default: $XDG_CONFIG_HOME/mamori/settings.xml)\n"
    "  --sync URL            after each completion, push the learner's signed progress file to the\n"
    "                        organisation's records server (postgresql://…, a role that may only add\n"
    "                        files); off by default (the sync-url setting). Work done offline is pushed\n"
    "                        later; a failed push never stops the training or loses progress\n"
    "  --mute                do not open an audio device\n"
    "  --script SCRIPT       replay a learner script through the window (tests/scripts/README.md), then exit\n"
    "  --screenshot-dir DIR  with --script: save a PNG of every screen the script passes through\n"
    "  --now TIME            with --script: start the clock at TIME, in UTC (2026-04-01T09:00:00Z)\n"
    "  --author              trainers' author mode: the packs of --packs as a tree (jump to any page,\n"
    "                        question or node), each question's answer key, each option's score and\n"
    "                        flags, the diagnostics; a save is read again within a second (inotify;\n"
    "                        edits made from another machine on a network share are not seen: use\n"
    "                        Reload). No learner signs in and no progress is written\n"
    "  --records             HR's records view: dashboard, people, person detail, item analysis. It reads\n"
    "                        the index only (--data-dir: ingest that folder's progress files into it\n"
    "                        first, in the background); it never writes a learner's progress\n"
    "  --db FILE|URL         with --records: the index (default: the index setting)\n"
    "  --roster FILE         with --records: import this roster (CSV) into the index first\n"
    "  --role ROLE           with --records: hr sees everyone; trainer sees figures and item analysis,\n"
    "                        never a name; manager sees only the people of --manager NAME\n"
    "  --export-dir DIR      with --records: where exports and certificates are saved (default:\n"
    "                        $XDG_DATA_HOME/mamori/exports)\n"
    "  With --records, --script takes a records script (app/gui/records/model/records_script.hpp:\n"
    "  tab, department, manager, pack, state, search, sort, open-person, items, screenshot…)\n"
    "  --help, --version\n"
    "  Exit status with --script: 0 the script ran to its end, 1 it failed (SCRIPT:LINE: error: ...),\n"
    "  2 the command line was wrong (an unknown option, a missing value, an invalid --user or --now);\n"
    "  in any mode, 3 an internal check (a Dear ImGui assertion) failed: the message names it.\n"
    "  Environment:\n"
    "  MAMORI_FONT=FILE      the Japanese font (default: IPA P Gothic, else IPA Gothic)\n"
    "  MAMORI_ASSETS=DIR     the UI's words and sounds (default: the bundled assets)\n"
    "  MAMORI_KEY_FILE=FILE  the organisation key (see --key-file)\n"
    "  XDG_CACHE_HOME        the built fonts are cached in $XDG_CACHE_HOME/mamori (default\n"
    "                        ~/.cache/mamori); deleting it is always safe\n"
    "  MAMORI_REPORT=1       print the start-up time, the font atlas and resident memory to stderr\n"
    "  MAMORI_QUIT_AFTER_FRAMES=N  close after N frames (for start-up benchmarks)\n"
    "  SDL_AUDIODRIVER=dummy play sounds nowhere (machines without a sound card)\n"
    "  Settings come from /etc/mamori/mamori.conf (an administrator's, which may lock them), then\n"
    "  $XDG_CONFIG_HOME/mamori/mamori.conf, then these options; mamori-tool config show prints them.\n";

namespace {

bool checkRecordsOptions(const AppOptions& options, bool userGiven, bool nowGiven, std::string& error)
{
    if (userGiven || !options.syncUrl.empty()) {
        error = "--user and --sync are the learner's app's, not the records view's";
        return false;
    }
    if (options.role != "hr" && options.role != "trainer" && options.role != "manager") {
        error = "--role takes hr, trainer or manager, not '" + options.role + "'";
        return false;
    }
    if ((options.role == "manager") != !options.manager.empty()) {
        error = "--role manager needs --manager NAME (as the roster's manager column has it), and only it takes one";
        return false;
    }
    if ((!options.screenshotDir.empty() || nowGiven) && options.script.empty()) {
        error = "--screenshot-dir and --now work with --script";
        return false;
    }
    return true;
}

} // namespace

bool parseAppOptions(const std::vector<std::string>& args, AppOptions& options, std::string& error)
{
    bool userGiven = false;
    std::optional<std::string> nowText;
    std::string recordsOnly;   // an option of the records view, when one was given
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) {
                error = arg + " needs a value";
                return false;
            }
            into = args[++i];
            return true;
        };
        std::string text;
        if (arg == "--help" || arg == "-h") options.help = true;
        else if (arg == "--version") options.version = true;
        else if (arg == "--mute") options.mute = true;
        else if (arg == "--records") options.records = true;
        else if (arg == "--author") options.author = true;
        else if (arg == "--db" || arg == "--role" || arg == "--manager") {
            if (!value(arg == "--db" ? options.db : arg == "--role" ? options.role : options.manager)) return false;
            recordsOnly = arg;
        } else if (arg == "--roster" || arg == "--export-dir") {
            if (!value(text)) return false;
            (arg == "--roster" ? options.roster : options.exportDir) = text;
            recordsOnly = arg;
        }
        else if (arg == "--user") {
            if (!value(options.user)) return false;
            userGiven = true;
        } else if (arg == "--now") {
            if (!value(text)) return false;
            nowText = text;
        } else if (arg == "--sync") {
            if (!value(options.syncUrl)) return false;
        } else if (arg == "--data-dir" || arg == "--packs" || arg == "--key-file" || arg == "--settings" || arg == "--script" ||
                   arg == "--screenshot-dir") {
            if (!value(text)) return false;
            if (arg == "--data-dir") options.dataDir = text;
            else if (arg == "--packs") options.packsDir = text;
            else if (arg == "--key-file") options.keyFile = text;
            else if (arg == "--settings") options.settingsFile = text;
            else if (arg == "--script") options.script = text;
            else options.screenshotDir = text;
        } else {
            error = "unknown option '" + arg + "'";
            return false;
        }
    }
    if (options.author) {
        if (options.records || userGiven || nowText || !options.syncUrl.empty() || !recordsOnly.empty()) {
            error = "--author takes --packs, --settings, --script and --screenshot-dir only";
            return false;
        }
        if (!options.screenshotDir.empty() && options.script.empty()) {
            error = "--screenshot-dir works with --script";
            return false;
        }
        return true;
    }
    if (options.records) {
        if (!checkRecordsOptions(options, userGiven, nowText.has_value(), error)) return false;
        return !nowText || (options.now = readNowOption(*nowText, error)).has_value();
    }
    if (!recordsOnly.empty()) {
        error = recordsOnly + " works with --records";
        return false;
    }
    if (!options.script.empty() && !userGiven) {
        error = "--script needs --user";
        return false;
    }
    if ((!options.screenshotDir.empty() || nowText) && options.script.empty()) {
        error = "--screenshot-dir and --now work with --script";
        return false;
    }
    if (options.script.empty()) return true;
    // A script run is unattended: a learner id no one could sign in with is a wrong command line.
    if (auto problem = userOptionProblem(options.user)) {
        error = *problem;
        return false;
    }
    if (nowText && !(options.now = readNowOption(*nowText, error))) return false;
    return true;
}

} // namespace mamori::app
