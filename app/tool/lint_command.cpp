// mamori-tool lint: validate, then the checks a careful editor makes (lessons/lint.hpp), each
// printed as `FILE:LINE: warning: MESSAGE [check-name]`.

#include "command.hpp"

#include "mamori/lessons/lint.hpp"
#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/pack_discovery.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace mamori::tool {

namespace {

constexpr std::string_view kUsage =
    "usage: mamori-tool lint [--strict] [--quiet] [--list] PACK...\n"
    "  PACK is a pack.xml, a folder holding one, or a folder of pack folders.\n"
    "  Reports what validate reports, then lint's warnings as FILE:LINE: warning: ... [check-name].\n"
    "  Keep a judged case with lint-allow=\"check-name\" on the element, and a comment saying why.\n"
    "  --strict  warnings count as problems (exit 1), as for the shipped packs\n"
    "  --quiet   print only diagnostics, no summary\n"
    "  --list    list the checks and exit\n"
    "Exit status: 0 no errors (and, with --strict, no warnings), 1 problems found, 2 usage error.\n";

std::string plural(int count, std::string_view word)
{
    return std::to_string(count) + " " + std::string(word) + (count == 1 ? "" : "s");
}

} // namespace

int runLint(std::span<const std::string_view> args, Streams streams)
{
    bool strict = false;
    bool quiet = false;
    std::vector<std::string> inputs;
    for (const std::string_view arg : args) {
        if (arg == "--strict" || arg == "--werror")
            strict = true;
        else if (arg == "--quiet")
            quiet = true;
        else if (arg == "--list") {
            for (const lessons::LintCheck& check : lessons::lintChecks())
                streams.out << check.name << ": " << check.summary << '\n';
            return kExitOk;
        } else if (arg == "--help" || arg == "-h") {
            streams.out << kUsage;
            return kExitOk;
        } else if (arg.starts_with("-")) {
            streams.err << "mamori-tool lint: unknown option '" << arg << "'\n" << kUsage;
            return kExitUsage;
        } else {
            inputs.emplace_back(arg);
        }
    }
    if (inputs.empty()) {
        streams.err << "mamori-tool lint: no pack given\n" << kUsage;
        return kExitUsage;
    }

    int packs = 0, errors = 0, warnings = 0;
    for (const std::string& input : inputs) {
        const auto files = lessons::findPackFiles(input);
        if (files.empty()) {
            streams.out << input << ": error: no pack found (expected a pack.xml or a folder holding one)\n";
            ++errors;
            continue;
        }
        for (const auto& file : files) {
            ++packs;
            const lessons::LoadResult result = lessons::loadPackFile(file);
            for (const lessons::Diagnostic& diagnostic : result.diagnostics)
                streams.out << lessons::formatDiagnostic(diagnostic) << '\n';
            errors += result.errors;
            warnings += result.warnings;
            if (!result.ok()) continue; // lint reads only packs that load
            for (const lessons::Diagnostic& diagnostic : lessons::lintPack(*result.pack, file.string())) {
                streams.out << lessons::formatDiagnostic(diagnostic) << " [" << diagnostic.code << "]\n";
                ++warnings;
            }
        }
    }
    if (!quiet) {
        streams.out << plural(packs, "pack") << " linted: " << plural(errors, "error") << ", "
                    << plural(warnings, "warning") << '\n';
    }
    return errors > 0 || (strict && warnings > 0) ? kExitProblems : kExitOk;
}

} // namespace mamori::tool
