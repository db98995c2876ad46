#include "learner_script.hpp"

#include "learner_script_lines.hpp"
#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/line_text.hpp"
#include "mamori/records/regular_file.hpp"
#include "mamori/scoring/learner_input.hpp"

#include <algorithm>
#include <limits>
#include <variant>

namespace mamori::app {
namespace {

/// A script line longer than this is not a learner's action.
constexpr std::size_t kMaxLineCharacters = 8192;

/// Splits a line into words; "double quotes" keep spaces, \" and \\ escape inside them.
bool tokenize(std::string_view line, std::vector<std::string>& words, std::string& problem)
{
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i >= line.size() || line[i] == '#') break;
        std::string word;
        if (line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '\\' && i + 1 < line.size()) {
                    word += line[i + 1];
                    i += 2;
                } else if (line[i] == '"') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    word += line[i++];
                }
            }
            if (!closed) {
                problem = "unclosed quote";
                return false;
            }
        } else {
            while (i < line.size() && line[i] != ' ' && line[i] != '\t') word += line[i++];
        }
        words.push_back(std::move(word));
    }
    return true;
}

/// `word` as a decimal number from `least` to `most`: digits only, no sign, no spaces and
/// nothing after them, so that "-1" or "12abc" is never taken for a number.
std::optional<unsigned long long> readNumber(const std::string& word, unsigned long long least, unsigned long long most)
{
    if (word.empty() || word.size() > 20) return std::nullopt;
    unsigned long long value = 0;
    for (char c : word) {
        if (c < '0' || c > '9') return std::nullopt;
        const unsigned digit = static_cast<unsigned>(c - '0');
        if (value > (most - digit) / 10) return std::nullopt;
        value = value * 10 + digit;
    }
    if (value < least) return std::nullopt;
    return value;
}

/// What is wrong with a verb's first argument, or nullopt when it has the verb's form.
std::optional<std::string> firstArgumentProblem(const ScriptVerbSpec& spec, const std::string& arg)
{
    const std::string verb(spec.name);
    std::string packId, id;
    switch (spec.first) {
    case FirstArgument::None:
    case FirstArgument::Word: return std::nullopt;
    case FirstArgument::QualifiedId:
        if (!splitQualifiedId(arg, packId, id)) return "expected PACK/ID, found '" + arg + "'";
        return std::nullopt;
    case FirstArgument::LanguageCode:
        if (!lessons::languageFromCode(arg)) return verb + " must be ja or en";
        return std::nullopt;
    case FirstArgument::DisplayName: return scoring::displayNameProblem(arg);
    case FirstArgument::Duration:
        if (!parseScriptDuration(arg)) {
            return verb + " takes a duration of up to 3650 days, such as 90s, 20m, 2h or 3d, found '" + arg + "'";
        }
        return std::nullopt;
    case FirstArgument::QuestionNumber:
        if (!parseScriptQuestionNumber(arg)) {
            return verb + " takes a question number from 1 to " + std::to_string(lessons::limits::kMaxQuestionsPerQuiz) +
                   ", found '" + arg + "'";
        }
        return std::nullopt;
    }
    return std::nullopt;
}

/// What is wrong with the arguments after the first, or nullopt when they have the verb's form.
std::optional<std::string> furtherArgumentsProblem(const ScriptVerbSpec& spec, const std::vector<std::string>& args)
{
    switch (spec.further) {
    case FurtherArguments::None:
    case FurtherArguments::Words: return std::nullopt;
    case FurtherArguments::SeedOption:
        if (args.size() == 1) return std::nullopt;
        if (args.size() != 3 || args[1] != "seed") return "usage: " + std::string(spec.usage);
        if (!parseScriptSeed(args[2])) {
            return "seed takes a whole number from 0 to " + std::to_string(std::numeric_limits<std::uint64_t>::max()) +
                   ", found '" + args[2] + "'";
        }
        return std::nullopt;
    case FurtherArguments::AnswerWithoutCertainty:
        // The review screen asks no certainty: one given would be silently dropped.
        if (args.size() >= 3 && args[args.size() - 2] == "certainty") {
            return "a review asks no certainty; answer without 'certainty " + args.back() + "'";
        }
        return std::nullopt;
    }
    return std::nullopt;
}

/// What is wrong with the form of a command's arguments, or nullopt when they fit its verb.
std::optional<std::string> formProblem(const ScriptVerbSpec& spec, const std::vector<std::string>& args)
{
    const int count = static_cast<int>(args.size());
    if (count < spec.minArguments || (spec.maxArguments >= 0 && count > spec.maxArguments)) {
        return "usage: " + std::string(spec.usage);
    }
    if (count == 0) return std::nullopt;
    if (auto bad = firstArgumentProblem(spec, args[0])) return bad;
    return furtherArgumentsProblem(spec, args);
}

/// One line read as a command, or why it is not one. A blank or comment line is neither.
std::variant<std::monostate, ScriptCommand, std::string> readCommand(const ScriptLine& line)
{
    std::string withoutTabs(line.text);
    std::replace(withoutTabs.begin(), withoutTabs.end(), '\t', ' ');
    if (auto bad = lessons::lineTextProblem(withoutTabs, kMaxLineCharacters)) return "the line " + *bad;
    std::vector<std::string> words;
    std::string problem;
    if (!tokenize(line.text, words, problem)) return problem;
    if (words.empty()) return std::monostate{};
    const ScriptVerbSpec* spec = findScriptVerb(words.front());
    if (!spec) return "unknown command '" + words.front() + "'";
    ScriptCommand command{line.number, spec->verb, {words.begin() + 1, words.end()}};
    if (auto bad = formProblem(*spec, command.args)) return *bad;
    return command;
}

} // namespace

std::string scriptError(const std::string& file, int line, const std::string& message)
{
    return file + ":" + std::to_string(line) + ": error: " + message;
}

bool splitQualifiedId(const std::string& text, std::string& packId, std::string& id)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == text.size() || text.find('/', slash + 1) != std::string::npos) {
        return false;
    }
    packId = text.substr(0, slash);
    id = text.substr(slash + 1);
    return true;
}

ScriptParse parseLearnerScript(std::string_view text, const std::string& fileName)
{
    ScriptParse parse;
    parse.script.file = fileName;
    const ScriptLines split = splitScriptLines(text);
    if (!split.ok()) {
        parse.errors.push_back(scriptError(fileName, split.refusedLine, split.refusal));
        return parse;
    }
    int unreported = 0;
    for (const ScriptLine& line : split.lines) {
        auto read = readCommand(line);
        if (auto* command = std::get_if<ScriptCommand>(&read)) {
            parse.script.commands.push_back(std::move(*command));
        } else if (std::holds_alternative<std::monostate>(read)) {
            continue;
        } else if (parse.errors.size() < kMaxReportedScriptErrors) {
            parse.errors.push_back(scriptError(fileName, line.number, std::get<std::string>(read)));
        } else {
            ++unreported;
        }
    }
    if (unreported > 0) {
        parse.errors.push_back(fileName + ": error: " + std::to_string(unreported) + " more line" + (unreported == 1 ? "" : "s") +
                               " with mistakes not shown; fix the ones above first");
    }
    return parse;
}

bool readScriptedAnswer(const lessons::Question& question, const std::vector<std::string>& args, ScriptedAnswer& answer,
                        std::string& problem)
{
    std::vector<std::string> words = args;
    // A trailing "certainty LEVEL" applies to every kind.
    if (words.size() >= 2 && words[words.size() - 2] == "certainty") {
        const std::string level = words.back();
        if (level == "low") answer.certainty = scoring::Certainty::Low;
        else if (level == "medium") answer.certainty = scoring::Certainty::Medium;
        else if (level == "high") answer.certainty = scoring::Certainty::High;
        else {
            problem = "certainty must be low, medium or high";
            return false;
        }
        words.resize(words.size() - 2);
    }
    if (words.empty()) {
        problem = "no answer given";
        return false;
    }
    if (question.shortText()) {
        if (words.front() != "text" || words.size() != 2) {
            problem = "a short-text question is answered with: text \"TYPED ANSWER\"";
            return false;
        }
        answer.response.text = words[1];
        return true;
    }
    if (question.matching()) {
        for (const std::string& word : words) {
            const auto eq = word.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == word.size()) {
                problem = "a matching question is answered with LEFT=RIGHT pairs, found '" + word + "'";
                return false;
            }
            answer.response.matches.emplace_back(word.substr(0, eq), word.substr(eq + 1));
        }
        return true;
    }
    if (question.hotspot()) {
        // The regions chosen, by id: what clicks on the picture (or picks in its list) chose.
        for (const std::string& word : words) {
            if (word.find('=') != std::string::npos || word == "text") {
                problem = "a hotspot question is answered with the ids of the regions chosen, found '" + word + "'";
                return false;
            }
        }
        answer.response.choices = words;
        return true;
    }
    if (question.trueFalse() && (words.size() != 1 || (words[0] != "true" && words[0] != "false"))) {
        problem = "a true/false question is answered with true or false";
        return false;
    }
    answer.response.choices = words;
    return true;
}

std::optional<std::uint64_t> parseScriptSeed(const std::string& text)
{
    return readNumber(text, 0, std::numeric_limits<std::uint64_t>::max());
}

std::optional<int> parseScriptQuestionNumber(const std::string& text)
{
    const auto number = readNumber(text, 1, lessons::limits::kMaxQuestionsPerQuiz);
    if (!number) return std::nullopt;
    return static_cast<int>(*number);
}

std::optional<std::chrono::seconds> parseScriptDuration(const std::string& text)
{
    if (text.size() < 2) return std::nullopt;
    long long amount = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9' || amount > kMaxScriptWait.count()) return std::nullopt;
        amount = amount * 10 + (text[i] - '0');
    }
    long long unit = 0;
    switch (text.back()) {
    case 's': unit = 1; break;
    case 'm': unit = 60; break;
    case 'h': unit = 3600; break;
    case 'd': unit = 86400; break;
    default: return std::nullopt;
    }
    if (amount > kMaxScriptWait.count() / unit) return std::nullopt;
    return std::chrono::seconds(amount * unit);
}

ScriptParse loadLearnerScript(const std::filesystem::path& file)
{
    auto text = records::readRegularFile(file, kMaxScriptBytes, records::Links::Follow);
    if (!text || !text.value()) {
        ScriptParse parse;
        parse.script.file = file.string();
        parse.errors.push_back(file.string() + ": error: cannot read the script: " +
                               (text ? std::string("no such file") : text.refusal().message));
        return parse;
    }
    return parseLearnerScript(*text.value(), file.string());
}

} // namespace mamori::app
