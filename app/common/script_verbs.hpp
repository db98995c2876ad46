#pragma once
// The verbs of a learner script, in one table: each verb's name, how many arguments it takes
// and of which forms, and its usage line. The parser checks every line against the table;
// `mamori-tool play` lists it in its help; and both players (`mamori-tool play` against the
// engine, `mamori --script` through the window) are ScriptPlayers, with one function per verb,
// so a player that lacks a verb does not compile.
//
// A new verb: a ScriptVerb, its row in the table and its case in playScriptCommand
// (script_verbs.cpp), a function in ScriptPlayer and in both players (the compiler insists),
// a row in tests/scripts/README.md and a line in one of tests/scripts/*.play, which the window
// tests replay through both players (tests/tool/script_verbs_test.cpp insists).

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::app {

enum class ScriptVerb { Name, Language, Open, View, Start, Goto, Answer, Submit, Review, Play, Choose, Mail, Wait, Expect, Quit };
inline constexpr std::size_t kScriptVerbCount = static_cast<std::size_t>(ScriptVerb::Quit) + 1;

/// The form of a verb's first argument, checked when the script is read.
enum class FirstArgument {
    None,            ///< the verb takes no arguments
    Word,            ///< any word; what it names is checked when the line runs
    DisplayName,     ///< a display name a learner could type
    LanguageCode,    ///< ja or en
    QualifiedId,     ///< PACK/ID
    QuestionNumber,  ///< 1 to the most questions a quiz may have
    Duration,        ///< 90s, 20m, 2h, 3d
};

/// The form of the arguments after the first.
enum class FurtherArguments {
    None,                    ///< there are none
    Words,                   ///< any words (pages, an answer, an expectation)
    SeedOption,              ///< nothing, or `seed N`
    AnswerWithoutCertainty,  ///< an answer's words, which may not end in `certainty LEVEL`
};

struct ScriptVerbSpec {
    ScriptVerb verb;
    std::string_view name;
    int minArguments;
    int maxArguments;  ///< -1: any number
    FirstArgument first;
    FurtherArguments further;
    std::string_view usage;  ///< printed after "usage: " when a line does not fit
};

/// Every verb, in the order of ScriptVerb.
std::span<const ScriptVerbSpec, kScriptVerbCount> scriptVerbs();

/// The verb called `name`, or nullptr.
const ScriptVerbSpec* findScriptVerb(std::string_view name);

const ScriptVerbSpec& scriptVerbSpec(ScriptVerb verb);

/// One line of a script, checked against its verb's row.
struct ScriptCommand {
    int line = 0;
    ScriptVerb verb = ScriptVerb::Quit;
    std::vector<std::string> args;
};

/// The command written back as a script line: `answer q6 text "ＵＳＢ"`.
std::string scriptCommandText(const ScriptCommand& command);

/// What plays a script: one function per verb. The form of each command's arguments was
/// checked against the table when the script was read; what they name was not.
class ScriptPlayer {
public:
    virtual ~ScriptPlayer() = default;

private:
    friend void playScriptCommand(ScriptPlayer& player, const ScriptCommand& command);
    virtual void name(const ScriptCommand& command) = 0;
    virtual void language(const ScriptCommand& command) = 0;
    virtual void open(const ScriptCommand& command) = 0;
    virtual void view(const ScriptCommand& command) = 0;
    virtual void start(const ScriptCommand& command) = 0;
    virtual void goTo(const ScriptCommand& command) = 0;
    virtual void answer(const ScriptCommand& command) = 0;
    virtual void submit(const ScriptCommand& command) = 0;
    virtual void review(const ScriptCommand& command) = 0;
    virtual void play(const ScriptCommand& command) = 0;
    virtual void choose(const ScriptCommand& command) = 0;
    virtual void mail(const ScriptCommand& command) = 0;
    virtual void wait(const ScriptCommand& command) = 0;
    virtual void expect(const ScriptCommand& command) = 0;
    virtual void quit(const ScriptCommand& command) = 0;
};

/// Calls the player's function for the command's verb.
void playScriptCommand(ScriptPlayer& player, const ScriptCommand& command);

} // namespace mamori::app
