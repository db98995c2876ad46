// mamori-tool validate: checks lesson packs and prints gcc-style diagnostics.

#include "command.hpp"

#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/organisation_profile.hpp"
#include "mamori/lessons/pack_discovery.hpp"

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace mamori::tool {

namespace {

constexpr std::string_view kUsage =
    "usage: mamori-tool validate [--werror] [--quiet] [--profile FILE] PACK...\n"
    "  PACK is a pack.xml, a folder holding one, or a folder of pack folders.\n"
    "  --profile FILE  also check this organisation profile, and fill the packs' slots from it\n"
    "  --werror  treat warnings as errors\n"
    "  --quiet   print only diagnostics, no summary\n"
    "Exit status: 0 no errors, 1 errors found, 2 usage error.\n";

std::string plural(int count, std::string_view word)
{
    return std::to_string(count) + " " + std::string(word) + (count == 1 ? "" : "s");
}

} // namespace

int runValidate(std::span<const std::string_view> args, Streams streams)
{
    bool werror = false;
    bool quiet = false;
    std::string profileFile;
    std::vector<std::string> inputs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (arg == "--werror") werror = true;
        else if (arg == "--quiet") quiet = true;
        else if (arg == "--profile") {
            if (i + 1 >= args.size() || args[i + 1].empty()) {
                streams.err << "mamori-tool validate: --profile needs a file\n" << kUsage;
                return kExitUsage;
            }
            profileFile = args[++i];
        }
        else if (arg == "--help" || arg == "-h") {
            streams.out << kUsage;
            return kExitOk;
        } else if (arg.starts_with("-")) {
            streams.err << "mamori-tool validate: unknown option '" << arg << "'\n" << kUsage;
            return kExitUsage;
        } else {
            inputs.emplace_back(arg);
        }
    }
    if (inputs.empty()) {
        streams.err << "mamori-tool validate: no pack given\n" << kUsage;
        return kExitUsage;
    }

    int packs = 0, errors = 0, warnings = 0;
    auto report = [&](const std::vector<lessons::Diagnostic>& diagnostics, int fileErrors, int fileWarnings) {
        for (lessons::Diagnostic diagnostic : diagnostics) {
            if (werror) diagnostic.severity = lessons::Severity::Error;
            streams.out << lessons::formatDiagnostic(diagnostic) << '\n';
        }
        errors += fileErrors + (werror ? fileWarnings : 0);
        warnings += werror ? 0 : fileWarnings;
    };
    std::map<std::string, std::string> packIds;  // id → the file that has it
    std::shared_ptr<const lessons::OrganisationProfile> profile;
    if (!profileFile.empty()) {
        lessons::ProfileLoadResult loaded = lessons::loadOrganisationProfile(profileFile);
        report(loaded.diagnostics, loaded.errors, loaded.warnings);
        profile = loaded.profile;
    }
    for (const std::string& input : inputs) {
        const auto files = lessons::findPackFiles(input);
        if (files.empty()) {
            streams.out << input << ": error: no pack found (expected a pack.xml or a folder holding one)\n";
            ++errors;
            continue;
        }
        for (const auto& file : files) {
            ++packs;
            lessons::LoadResult result = lessons::loadPackFile(file, {}, profile.get());
            // The app and play load each id once: a second pack with the same id is refused there.
            if (result.ok()) {
                const auto [earlier, fresh] = packIds.emplace(result.pack->id, file.string());
                if (!fresh) {
                    result.diagnostics.push_back({file.string(), 0, lessons::Severity::Error, "duplicate-pack",
                                                  "pack id '" + result.pack->id + "' is already used by " + earlier->second +
                                                      "; the app would load only one of them"});
                    ++result.errors;
                }
            }
            report(result.diagnostics, result.errors, result.warnings);
        }
    }
    if (!quiet) {
        streams.out << plural(packs, "pack") << (profileFile.empty() ? "" : " and a profile") << " checked: " << plural(errors, "error") << ", "
                    << plural(warnings, "warning") << '\n';
    }
    return errors > 0 ? kExitProblems : kExitOk;
}

} // namespace mamori::tool
