#pragma once
// The learner script format: a learner's actions, one per line, replayed by
// `mamori-tool play` against the engine and by `mamori --script` through the real GUI.
// The format is documented in tests/scripts/README.md.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/response.hpp"
#include "script_verbs.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::app {

struct LearnerScript {
    std::string file;
    std::vector<ScriptCommand> commands;
};

struct ScriptParse {
    LearnerScript script;
    std::vector<std::string> errors;   ///< `SCRIPT:LINE: error: MESSAGE`, all of them
    bool ok() const { return errors.empty(); }
};

/// Scripts larger than this are refused.
inline constexpr std::size_t kMaxScriptBytes = 1024 * 1024;

/// A script with more mistakes than this has the first ones listed, then a count of the rest:
/// a file given by mistake (a log, a document) should not print a line for each of its lines.
inline constexpr std::size_t kMaxReportedScriptErrors = 20;

/// The longest `wait`: ten years.
inline constexpr std::chrono::seconds kMaxScriptWait{3650LL * 24 * 60 * 60};

/// Reads and parses the script at `file`: only a regular file (a link is followed to one),
/// at most kMaxScriptBytes; a FIFO, a device or a folder is refused at once.
ScriptParse loadLearnerScript(const std::filesystem::path& file);

/// Splits and checks a script: UTF-8 text (learner_script_lines.hpp), no control characters,
/// known verbs, argument counts and forms as the verbs' table gives them (script_verbs.hpp),
/// names, durations, seeds and question numbers within their limits. What the arguments name (packs, questions, options) is checked when the
/// script runs.
ScriptParse parseLearnerScript(std::string_view text, const std::string& fileName);

/// `SCRIPT:LINE: error: MESSAGE`
std::string scriptError(const std::string& file, int line, const std::string& message);

/// Splits `PACK/ID`; false when the form is wrong.
bool splitQualifiedId(const std::string& text, std::string& packId, std::string& id);


/// An `answer` command's arguments read against the question they answer.
struct ScriptedAnswer {
    scoring::Response response;
    std::optional<scoring::Certainty> certainty;
};

/// Reads `answer QUESTION ...` arguments (without the question id) in the form the
/// question's kind needs; the message says what is expected when they do not fit.
bool readScriptedAnswer(const lessons::Question& question, const std::vector<std::string>& args, ScriptedAnswer& answer,
                        std::string& problem);

/// `start … seed N`: 0 to 2^64-1 in decimal digits; nullopt for anything else ("-1", "12abc").
std::optional<std::uint64_t> parseScriptSeed(const std::string& text);

/// `goto N`: 1 to the most questions a quiz may have, in decimal digits; nullopt for anything else.
std::optional<int> parseScriptQuestionNumber(const std::string& text);

/// "90s", "20m", "2h", "3d", at most kMaxScriptWait; nullopt for anything else.
std::optional<std::chrono::seconds> parseScriptDuration(const std::string& text);

} // namespace mamori::app
