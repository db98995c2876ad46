// mamori-tool import-moodle: a Moodle XML question bank into a pack folder that validates.
// The conversion is moodle/moodle_reader.cpp; this file reads the file, checks the result with
// the pack loader (a question whose result would not validate is reported and left out, never
// written), and writes the folder in one step at the end, so a failure leaves nothing behind.

#include "command.hpp"
#include "moodle/moodle_pack_writer.hpp"
#include "moodle/moodle_reader.hpp"

#include "mamori/lessons/loader.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <ostream>
#include <unistd.h>

namespace mamori::tool {
namespace {

namespace fs = std::filesystem;
using moodle::ImportResult;

constexpr std::string_view kUsage =
    "usage: mamori-tool import-moodle FILE.xml --out DIR [--id PACK-ID] [--lang ja,en] [--force]\n"
    "  Converts a Moodle XML question bank into a lesson pack in DIR: each category becomes a quiz,\n"
    "  multichoice, truefalse, matching, shortanswer and ordering questions become Mamori's kinds,\n"
    "  multilang texts become the pack's languages, embedded pictures go to DIR/images. Everything\n"
    "  that does not carry over is reported as FILE:LINE: warning: question 'NAME': ...\n"
    "  --lang gives the pack's languages (default: those the file's multilang texts use).\n"
    "  DIR must not exist or be empty, unless --force. Then: mamori-tool validate DIR\n"
    "Exit status: 0 written, 1 nothing written (malformed file, nothing convertible), 2 usage error.\n";

/// Removes question `id` (and its page of pictures) from the model.
void dropQuestion(ImportResult& result, const std::string& id)
{
    for (auto& quiz : result.pack.quizzes) std::erase_if(quiz.pool, [&](const lessons::Question& q) { return q.id == id; });
    std::erase_if(result.pack.quizzes, [](const lessons::Quiz& q) { return q.pool.empty(); });
    const std::string page = result.origins[id].pageId;
    if (page.empty()) return;
    for (auto& lesson : result.pack.lessons) {
        for (const auto& p : lesson.pages) {
            if (p.id != page) continue;
            for (const auto& block : p.blocks) {
                if (const auto* image = std::get_if<lessons::Image>(&block)) {
                    std::erase_if(result.images, [&](const moodle::ImportedImage& i) { return i.path == image->source; });
                }
            }
        }
        std::erase_if(lesson.pages, [&](const lessons::Page& p) { return p.id == page; });
    }
    std::erase_if(result.pack.lessons, [](const lessons::Lesson& l) { return l.pages.empty(); });
}

bool writeFile(const fs::path& file, std::string_view bytes)
{
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    return static_cast<bool>(out);
}

int countQuestions(const lessons::Pack& pack)
{
    int n = 0;
    for (const auto& quiz : pack.quizzes) n += static_cast<int>(quiz.pool.size());
    return n;
}

} // namespace

int runImportMoodle(std::span<const std::string_view> args, Streams streams)
{
    std::optional<std::string> input, out;
    moodle::ImportOptions options;
    bool force = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            streams.out << kUsage;
            return kExitOk;
        }
        if (args[i] == "--out" && i + 1 < args.size()) {
            out = std::string(args[++i]);
        } else if (args[i] == "--id" && i + 1 < args.size()) {
            options.packId = std::string(args[++i]);
        } else if (args[i] == "--lang" && i + 1 < args.size()) {
            std::string_view list = args[++i];
            options.languages.clear();
            while (true) {
                const auto comma = list.find(',');
                const auto language = lessons::languageFromCode(list.substr(0, comma));
                if (!language || std::find(options.languages.begin(), options.languages.end(), *language) != options.languages.end()) {
                    streams.err << "mamori-tool import-moodle: --lang takes languages such as ja,en (each once)\n";
                    return kExitUsage;
                }
                options.languages.push_back(*language);
                if (comma == std::string_view::npos) break;
                list.remove_prefix(comma + 1);
            }
        } else if (args[i] == "--force") {
            force = true;
        } else if (!args[i].starts_with("-") && !input) {
            input = std::string(args[i]);
        } else {
            streams.err << "mamori-tool import-moodle: unexpected '" << args[i] << "'\n" << kUsage;
            return kExitUsage;
        }
    }
    if (!input || !out) {
        streams.err << kUsage;
        return kExitUsage;
    }
    if (!options.packId.empty() && (moodle::idFrom(options.packId, 64) != options.packId)) {
        streams.err << "mamori-tool import-moodle: --id takes letters, digits, '-', '_' and '.', starting with a letter or digit\n";
        return kExitUsage;
    }
    const fs::path dir = *out;
    std::error_code ec;
    if (fs::exists(dir, ec) && (!fs::is_directory(dir, ec) || (!fs::is_empty(dir, ec) && !force))) {
        streams.err << "mamori-tool import-moodle: " << dir.string() << " is not an empty folder (use --force to replace it)\n";
        return kExitProblems;
    }
    options.fileName = *input;

    std::string xml;
    {
        std::ifstream in(*input, std::ios::binary);
        if (!in) {
            streams.err << *input << ": error: cannot read the file\n";
            return kExitProblems;
        }
        const auto size = fs::file_size(*input, ec);
        if (ec || size > moodle::kMaxMoodleFileBytes) {
            streams.err << *input << ": error: " << (ec ? "cannot read the file" : "the file is larger than 64 MiB") << '\n';
            return kExitProblems;
        }
        xml.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    ImportResult result = moodle::importMoodle(xml, options);
    auto report = [&](const std::vector<lessons::Diagnostic>& list) {
        for (const auto& d : list) streams.err << lessons::formatDiagnostic(d) << '\n';
    };
    if (result.failed) {
        report(result.diagnostics);
        streams.err << "mamori-tool import-moodle: nothing was written\n";
        return kExitProblems;
    }

    // Built in a folder beside DIR, checked by the loader, then put in place.
    const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    const fs::path staging = parent / ("." + dir.filename().string() + ".import-" + std::to_string(::getpid()));
    fs::remove_all(staging, ec);
    auto abandon = [&](const std::string& why) {
        if (!why.empty()) streams.err << "mamori-tool import-moodle: " << why << '\n';
        streams.err << "mamori-tool import-moodle: nothing was written\n";
        fs::remove_all(staging, ec);
        return kExitProblems;
    };
    fs::create_directories(staging / "images", ec);
    if (ec) return abandon("cannot write in " + parent.string() + ": " + ec.message());
    for (const auto& image : result.images) {
        if (!writeFile(staging / image.path, image.bytes)) return abandon("cannot write " + (staging / image.path).string());
    }
    const std::string displayName = (dir / "pack.xml").string();
    moodle::WrittenPack written;
    std::vector<lessons::Diagnostic> packWarnings;
    for (int round = 0;; ++round) {
        if (countQuestions(result.pack) == 0) {
            report(result.diagnostics);
            return abandon("no question of " + *input + " could be converted");
        }
        written = moodle::writePack(result.pack);
        const lessons::LoadResult checked = lessons::loadPackFromMemory(written.xml, displayName, staging);
        if (checked.ok()) {
            for (const auto& d : checked.diagnostics) packWarnings.push_back(d);
            break;
        }
        bool dropped = false;
        for (const auto& d : checked.diagnostics) {
            if (d.severity != lessons::Severity::Error) continue;
            const auto* span = written.questionAt(d.line);
            if (!span || round > 50) {
                report(result.diagnostics);
                report(checked.diagnostics);
                return abandon("the converted pack does not validate");
            }
            const std::string id = span->questionId;
            const moodle::QuestionOrigin origin = result.origins[id];
            if (std::none_of(result.pack.quizzes.begin(), result.pack.quizzes.end(), [&](const lessons::Quiz& q) {
                    return std::any_of(q.pool.begin(), q.pool.end(), [&](const lessons::Question& x) { return x.id == id; });
                })) {
                continue;   // already dropped for an earlier problem in this round
            }
            result.diagnostics.push_back({options.fileName, origin.line, lessons::Severity::Warning, "not-converted",
                                          "question '" + origin.name + "' not converted: the result would not validate: " + d.message});
            dropQuestion(result, id);
            --result.questionsConverted;
            dropped = true;
        }
        if (!dropped) return abandon("the converted pack does not validate");
    }
    fs::remove(staging / "images", ec);   // only when empty
    if (!writeFile(staging / "pack.xml", written.xml)) return abandon("cannot write " + (staging / "pack.xml").string());
    if (fs::exists(dir, ec)) fs::remove_all(dir, ec);
    fs::rename(staging, dir, ec);
    if (ec) return abandon("cannot put the pack in " + dir.string() + ": " + ec.message());

    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const lessons::Diagnostic& a, const lessons::Diagnostic& b) { return a.line < b.line; });
    report(result.diagnostics);
    report(packWarnings);
    std::string codes;
    for (const auto l : result.pack.languages) codes += (codes.empty() ? "" : " ") + std::string(lessons::languageCode(l));
    streams.out << "wrote " << displayName << ": " << result.questionsConverted << " of " << result.questionsRead << " questions in "
                << result.pack.quizzes.size() << " quiz" << (result.pack.quizzes.size() == 1 ? "" : "zes") << ", " << result.images.size()
                << " picture" << (result.images.size() == 1 ? "" : "s") << ", languages " << codes
                << (result.languagesGuessed ? " (guessed: no multilang in the file; use --lang)" : "") << ", "
                << result.diagnostics.size() << " warning" << (result.diagnostics.size() == 1 ? "" : "s") << '\n';
    return kExitOk;
}

} // namespace mamori::tool
