#pragma once
// Reading a Moodle XML question bank into Mamori's pack model: categories become quizzes, each
// question of a kind Mamori has becomes a question of that kind, and everything that does not
// carry over (a type, a partial fraction, a penalty, a setting) is reported against the
// question's line. Pure: bytes in, a model and diagnostics out, no files.

#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/language.hpp"
#include "mamori/lessons/model.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::tool::moodle {

/// Bounds on a Moodle file, so that a hostile one can neither exhaust memory nor hang the tool.
inline constexpr std::size_t kMaxMoodleFileBytes = 64u * 1024 * 1024;
inline constexpr int kMaxMoodleQuestions = 5000;               ///< `<question>` elements read
inline constexpr std::size_t kMaxImageBytes = 8u * 1024 * 1024;  ///< one decoded picture
inline constexpr std::size_t kMaxAllImagesBytes = 64u * 1024 * 1024;
inline constexpr int kMaxMoodleWarnings = 5000;

struct ImportOptions {
    std::string fileName = "moodle.xml";          ///< what diagnostics call the file
    std::vector<lessons::Language> languages;     ///< the pack's; empty = the languages the file uses
    std::string packId;                           ///< empty = from the file name
};

/// A picture for the pack's folder.
struct ImportedImage {
    std::string path;    ///< relative to the pack folder: `images/…`
    std::string bytes;
};

/// Where a question of the pack came from.
struct QuestionOrigin {
    int line = 0;
    std::string name;
    std::string pageId;   ///< its page of pictures in the figures lesson, if any
};

struct ImportResult {
    lessons::Pack pack;                            ///< quizzes, and a lesson of pictures if any
    std::vector<ImportedImage> images;
    std::map<std::string, QuestionOrigin> origins; ///< by question id
    std::vector<lessons::Diagnostic> diagnostics;  ///< warnings per question; errors when failed
    bool failed = false;                           ///< not a Moodle file, or malformed
    bool languagesGuessed = false;                 ///< no multilang and no --lang: guessed from the script
    int questionsRead = 0;                         ///< `<question>` elements other than categories
    int questionsConverted = 0;
};

/// Converts a Moodle XML question bank.
ImportResult importMoodle(std::string_view xml, const ImportOptions& options);

/// `text` made into an id (letters, digits, `-`), at most `maxLength` long; empty when nothing is left.
std::string idFrom(std::string_view text, std::size_t maxLength = 60);

} // namespace mamori::tool::moodle
