// mamori-tool config show: every setting, its value, and where it came from.

#include "command.hpp"
#include "settings_options.hpp"
#include "text_table.hpp"

#include "mamori/records/time_zone.hpp"

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
    "  'lock = name, name'. Settings:\n"
    "    data-dir        where learners' progress is kept (progress/ inside it); may be a share\n"
    "    key-file        the organisation key that signs progress files\n"
    "    index           HR's index database (mamori-tool records); on a local disk\n"
    "    home-page       the organisation's home page, for record identifiers in exports\n"
    "    time-zone       the zone HR's dates are shown in (empty: this computer's), e.g. Asia/Tokyo\n"
    "    progress-files  private (0600), or group-readable (0640) for a shared data folder that\n"
    "                    HR's account reads through its group\n"
    "    organisation-profile  the organisation's details that fill the packs' slots (whom to\n"
    "                    report to, where the rules are); empty: organisation.xml beside the packs\n"
    "Exit status: 0, or 1 when a settings file has problems (FILE:LINE: error: ...), 2 on usage errors.\n";

} // namespace

int runConfig(std::span<const std::string_view> args, Streams streams)
{
    if (args.empty() || args[0] != "show") {
        (args.empty() || args[0] == "--help" || args[0] == "-h" ? streams.out : streams.err) << kUsage;
        return !args.empty() && (args[0] == "--help" || args[0] == "-h") ? kExitOk : kExitUsage;
    }
    std::vector<std::string> problems;
    app::Config settings = app::Config::standard(problems);
    for (std::size_t i = 1; i < args.size(); ++i) {
        auto taken = takeSettingOption(settings, args, i, "config", streams);
        if (!taken) {
            streams.err << "mamori-tool config: unknown option '" << args[i] << "'\n" << kUsage;
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
        table.add({name, value, setting.origin + (setting.locked ? ", locked at " + setting.lockedAt : "")});
    }
    table.print(streams.out);
    for (const std::string& problem : problems) streams.err << problem << '\n';
    return problems.empty() ? kExitOk : kExitProblems;
}

} // namespace mamori::tool
