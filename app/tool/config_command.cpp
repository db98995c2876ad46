// mamori-tool config show: every setting, its value, and where it came from.

#include "command.hpp"
#include "settings_options.hpp"
#include "text_table.hpp"
#include "word_wrap.hpp"

#include "mamori/records/time_zone.hpp"

#include <algorithm>
#include <ostream>

namespace mamori::tool {
namespace {

constexpr std::string_view kUsage =
    "usage: mamori-tool config show [--data-dir DIR] [--key-file FILE] [--db FILE] [--home-page URL]\n"
    "                               [--time-zone ZONE] [--progress-files private|group-readable]\n"
    "                               [--organisation-profile FILE]\n"
    "  Prints Mamori's settings, each with its value and where it came from: the default, the\n"
    "  system file /etc/mamori/mamori.conf (which an administrator controls, and where settings\n"
    "  can be locked), the user's file $XDG_CONFIG_HOME/mamori/mamori.conf, $MAMORI_KEY_FILE, or\n"
    "  the command line. Each file holds lines 'name = value'; the system file may add\n"
    "  'lock = name, name'. Settings:\n";
constexpr std::string_view kExitStatus =
    "Exit status: 0, or 1 when a settings file has problems (FILE:LINE: error: ...), 2 on usage errors.\n";

/// The usage, with each setting listed from the settings' own table (config.cpp), so that a
/// new setting is described here and in the man page at once.
std::string help()
{
    constexpr std::size_t kIndent = 4, kNameColumns = 22, kWidth = 100;
    std::string text(kUsage);
    for (const app::Config::Description& setting : app::Config::descriptions()) {
        std::string name(setting.name);
        name.resize(std::max(name.size() + 2, kNameColumns), ' ');
        text += std::string(kIndent, ' ') + name;
        text += wrapWords(setting.summary, kWidth, kIndent + kNameColumns, kIndent + name.size());
    }
    return text + std::string(kExitStatus);
}

} // namespace

int runConfig(std::span<const std::string_view> args, Streams streams)
{
    if (args.empty() || args[0] != "show") {
        (args.empty() || args[0] == "--help" || args[0] == "-h" ? streams.out : streams.err) << help();
        return !args.empty() && (args[0] == "--help" || args[0] == "-h") ? kExitOk : kExitUsage;
    }
    std::vector<std::string> problems;
    app::Config settings = app::Config::standard(problems);
    for (std::size_t i = 1; i < args.size(); ++i) {
        auto taken = takeSettingOption(settings, args, i, "config", streams);
        if (!taken) {
            streams.err << "mamori-tool config: unknown option '" << args[i] << "'\n" << help();
            return kExitUsage;
        }
        if (!*taken) return kExitUsage;
    }
    TextTable table({"setting", "value", "from"});
    for (const auto& [name, setting] : settings.all()) {
        std::string value = setting.value;
        if (name == "time-zone" && value.empty()) value = "(this computer's: " + records::TimeZone::ofThisComputer().id() + ")";
        if (name == "home-page" && value.empty()) value = "(none)";
        if (name == "organisation-profile" && value.empty()) value = "(organisation.xml beside the packs)";
        if (name == "certificate-url" && value.empty()) value = "(none)";
        if (name == "sync-url" && value.empty()) value = "(off)";
        if (name == "packs-dir" && value.empty()) value = "(the installed packs: " + settings.packsDir().string() + ")";
        if (name == "language" && value.empty()) value = "(the learner's choice; Japanese at first)";
        table.add({name, value, setting.origin + (setting.locked ? ", locked at " + setting.lockedAt : "")});
    }
    table.print(streams.out);
    for (const std::string& problem : problems) streams.err << problem << '\n';
    return problems.empty() ? kExitOk : kExitProblems;
}

} // namespace mamori::tool
