// mamori-tool export-moodle: a pack's quiz questions as a Moodle XML question bank
// (moodle/moodle_export.cpp), listing each element that has no Moodle question form.

#include "command.hpp"
#include "moodle/moodle_export.hpp"

#include "mamori/lessons/loader.hpp"

#include <fstream>
#include <ostream>
#include <unistd.h>

namespace mamori::tool {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage =
    "usage: mamori-tool export-moodle PACK --out FILE.xml\n"
    "  Writes the quiz questions of PACK (a pack folder or its pack.xml) as a Moodle XML question\n"
    "  bank: a category per quiz, texts in multilang spans when the pack has several languages,\n"
    "  feedback and explanations. Lessons, scenarios, inbox exercises, quiz settings and\n"
    "  certainty-based marking have no Moodle question form: each is listed as\n"
    "  FILE:LINE: warning: left out: ...\n"
    "Exit status: 0 written, 1 the pack is invalid or the file cannot be written, 2 usage error.\n";

} // namespace

int runExportMoodle(std::span<const std::string_view> args, Streams streams)
{
    std::optional<std::string> pack, out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            streams.out << kUsage;
            return kExitOk;
        }
        if (args[i] == "--out" && i + 1 < args.size()) out = std::string(args[++i]);
        else if (!args[i].starts_with("-") && !pack) pack = std::string(args[i]);
        else {
            streams.err << "mamori-tool export-moodle: unexpected '" << args[i] << "'\n" << kUsage;
            return kExitUsage;
        }
    }
    if (!pack || !out) {
        streams.err << kUsage;
        return kExitUsage;
    }
    std::error_code ec;
    fs::path file = *pack;
    if (fs::is_directory(file, ec)) file /= "pack.xml";
    const lessons::LoadResult loaded = lessons::loadPackFile(file);
    if (!loaded.ok()) {
        for (const auto& d : loaded.diagnostics) streams.err << lessons::formatDiagnostic(d) << '\n';
        streams.err << "mamori-tool export-moodle: the pack has errors: nothing was written\n";
        return kExitProblems;
    }
    const moodle::ExportResult result = moodle::exportMoodle(*loaded.pack, file.string());
    const fs::path target = *out;
    const fs::path temporary = target.string() + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream stream(temporary, std::ios::binary);
        stream << result.xml;
        stream.close();
        if (!stream) {
            fs::remove(temporary, ec);
            streams.err << "mamori-tool export-moodle: cannot write " << target.string() << '\n';
            return kExitProblems;
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        streams.err << "mamori-tool export-moodle: cannot write " << target.string() << '\n';
        return kExitProblems;
    }
    for (const auto& d : result.leftOut) streams.err << lessons::formatDiagnostic(d) << '\n';
    streams.out << "wrote " << target.string() << ": " << result.questions << " questions in " << result.quizzes << " categor"
                << (result.quizzes == 1 ? "y" : "ies") << ", " << result.leftOut.size() << " element" << (result.leftOut.size() == 1 ? "" : "s")
                << " left out\n";
    return kExitOk;
}

} // namespace mamori::tool
