// Pictures and audio in the pack's folder that no page uses: left over from an earlier version,
// or a reference misspelt elsewhere. They are reported at the <pack> line, since no element
// names them.

#include "lint_checks.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace mamori::lessons::lint {
namespace {

/// Folder entries looked at, at most: a pack is a few dozen files; a folder of thousands is not
/// walked to the end.
constexpr std::size_t kMaxEntries = 10000;

bool isMedia(const fs::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const std::set<std::string> kMedia{".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg",  ".bmp",
                                              ".ogg", ".oga", ".opus", ".wav", ".mp3",  ".flac", ".m4a"};
    return kMedia.count(extension) > 0;
}

fs::path normalised(const fs::path& path)
{
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(path, error);
    return error ? path.lexically_normal() : canonical;
}

} // namespace

void checkAssets(const Pack& pack, Findings& findings)
{
    if (pack.directory.empty()) return;
    std::set<fs::path> used;
    auto quizPictures = [&](const std::vector<Quiz>& quizzes) {
        for (const Quiz& quiz : quizzes) {
            for (const Question& question : quiz.pool) {
                if (const HotspotAnswer* key = question.hotspot())
                    used.insert(normalised(pack.directory / key->picture.source));
            }
        }
    };
    quizPictures(pack.quizzes);
    for (const Lesson& lesson : pack.lessons) {
        quizPictures(lesson.quizzes);
        for (const Page& page : lesson.pages) {
            for (const Narration& narration : page.narration)
                used.insert(normalised(pack.directory / narration.source));
            for (const Block& block : page.blocks) {
                if (const auto* image = std::get_if<Image>(&block))
                    used.insert(normalised(pack.directory / image->source));
            }
        }
    }
    std::error_code error;
    fs::recursive_directory_iterator it(pack.directory, fs::directory_options::skip_permission_denied, error);
    std::vector<fs::path> unused;
    std::size_t entries = 0;
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (++entries > kMaxEntries) break;
        if (!it->is_regular_file(error) || it->is_symlink(error) || !isMedia(it->path())) continue;
        if (!used.count(normalised(it->path()))) unused.push_back(it->path().lexically_relative(pack.directory));
    }
    std::sort(unused.begin(), unused.end());
    for (const fs::path& file : unused) {
        findings.warn(findings.source().rootLine(), "unused-asset",
                      file.generic_string() + " is in the pack's folder but no page or question shows or plays it");
    }
}

} // namespace mamori::lessons::lint
