// mamori-tool key create|show: the organisation key, made on purpose and checked.

#include "command.hpp"

#include "key_location.hpp"
#include "settings_options.hpp"
#include "mamori/records/organisation_key.hpp"

#include <ostream>

namespace mamori::tool {
namespace {

constexpr std::string_view kUsage =
    "usage: mamori-tool key create FILE\n"
    "       mamori-tool key show [FILE]\n"
    "  create  makes a new random organisation key at FILE, readable by its owner only (0600);\n"
    "          refused when FILE exists or its folder does not. Deploy the one file to every\n"
    "          machine whose records HR checks, and give HR a copy: records verify only with the\n"
    "          key that signed them.\n"
    "  show    prints the key's fingerprint (written beside every signature) and warns when\n"
    "          other accounts can read or change it; without FILE, the key Mamori would use\n"
    "          (the key-file setting: mamori-tool config show)\n"
    "Exit status: 0 done, 1 refused, 2 usage error.\n";

} // namespace

int runKey(std::span<const std::string_view> args, Streams streams)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? streams.err : streams.out) << kUsage;
        return args.empty() ? kExitUsage : kExitOk;
    }
    const std::string_view action = args[0];
    if (action == "create" && args.size() == 2 && !args[1].starts_with("-")) {
        auto created = records::createOrganisationKey(std::string(args[1]));
        if (!created) {
            streams.err << "mamori-tool key: error: " << created.refusal().message << '\n';
            return kExitProblems;
        }
        streams.out << "created " << args[1] << " (key " << created.value().id() << ")\n";
        return kExitOk;
    }
    if (action == "show" && args.size() <= 2) {
        app::Config settings = loadSettings("key", streams);
        std::string problem;
        if (args.size() == 2 && !settings.setFromCommandLine("key-file", std::string(args[1]), "FILE", problem)) {
            streams.err << "mamori-tool key: " << problem << '\n';
            return kExitUsage;
        }
        const app::KeyLocation location = settings.key();
        auto key = app::keyForReading(location);
        if (!key) {
            streams.err << "mamori-tool key: error: " << key.refusal().message << '\n';
            return kExitProblems;
        }
        streams.out << location.file.string() << ": key " << key.value().key.id() << '\n';
        for (const std::string& warning : key.value().warnings) streams.err << "mamori-tool key: warning: " << warning << '\n';
        return kExitOk;
    }
    streams.err << "mamori-tool key: wrong arguments\n" << kUsage;
    return kExitUsage;
}

} // namespace mamori::tool
