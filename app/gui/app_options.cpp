#include "app_options.hpp"

#include "learner_script_options.hpp"

namespace mamori::app {

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
