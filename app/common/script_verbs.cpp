#include "script_verbs.hpp"

#include <array>
#include <cstdlib>

namespace mamori::app {
namespace {

using enum ScriptVerb;
using First = FirstArgument;
using Further = FurtherArguments;

constexpr std::array<ScriptVerbSpec, kScriptVerbCount> kVerbs{{
    {Name, "name", 1, 1, First::DisplayName, Further::None, "name \"DISPLAY NAME\""},
    {Language, "language", 1, 1, First::LanguageCode, Further::None,
     "language ja|en (the app's language; records do not depend on it)"},
    {Open, "open", 1, 1, First::QualifiedId, Further::None, "open PACK/LESSON"},
    {View, "view", 1, -1, First::Word, Further::Words, "view PAGE... | view all"},
    {Start, "start", 1, 3, First::QualifiedId, Further::SeedOption, "start PACK/QUIZ [seed N]"},
    {Goto, "goto", 1, 1, First::QuestionNumber, Further::None, "goto N (show question N of the attempt)"},
    {Answer, "answer", 2, -1, First::Word, Further::Words,
     "answer QUESTION CHOICE... | true|false | STEP... | LEFT=RIGHT... | text \"TYPED\" [certainty low|medium|high]"},
    {Submit, "submit", 0, 0, First::None, Further::None, "submit"},
    {Review, "review", 2, -1, First::QualifiedId, Further::AnswerWithoutCertainty,
     "review PACK/QUESTION ANSWER... (answers the question due for review, as for answer)"},
    {Play, "play", 1, 1, First::QualifiedId, Further::None, "play PACK/SCENARIO | play PACK/INBOX"},
    {Choose, "choose", 1, 1, First::Word, Further::None, "choose OPTION"},
    {Mail, "mail", 2, 3, First::Word, Further::Words,
     "mail MESSAGE open | open-link LINK | open-attachment FILE | reply | mark PART | unmark PART | report | delete | mark-safe "
     "(PART: sender, reply-to, subject, date, header:ID, link:ID, attachment:ID, phrase:ID)"},
    {Wait, "wait", 1, 1, First::Duration, Further::None, "wait DURATION (such as 90s, 20m, 3d)"},
    {Expect, "expect", 1, -1, First::Word, Further::Words,
     "expect passed|failed | score N | ending ID | outcome good|acceptable|bad | status PACK/ID STATUS | complete PACK[/ID] | "
     "attempts-left N | reviews-due N"},
    {Quit, "quit", 0, 0, First::None, Further::None, "quit"},
}};

constexpr bool rowsFollowTheVerbs()
{
    for (std::size_t i = 0; i < kVerbs.size(); ++i) {
        if (static_cast<std::size_t>(kVerbs[i].verb) != i) return false;
    }
    return true;
}
static_assert(rowsFollowTheVerbs(), "kVerbs must list the verbs in the order of ScriptVerb");

bool needsQuotes(const std::string& word)
{
    return word.empty() || word.find_first_of(" \t\"\\#") != std::string::npos;
}

} // namespace

std::span<const ScriptVerbSpec, kScriptVerbCount> scriptVerbs()
{
    return kVerbs;
}

const ScriptVerbSpec* findScriptVerb(std::string_view name)
{
    for (const ScriptVerbSpec& spec : kVerbs) {
        if (spec.name == name) return &spec;
    }
    return nullptr;
}

const ScriptVerbSpec& scriptVerbSpec(ScriptVerb verb)
{
    return kVerbs.at(static_cast<std::size_t>(verb));
}

std::string scriptCommandText(const ScriptCommand& command)
{
    std::string text(scriptVerbSpec(command.verb).name);
    for (const std::string& word : command.args) {
        text += ' ';
        if (!needsQuotes(word)) {
            text += word;
            continue;
        }
        text += '"';
        for (char c : word) {
            if (c == '"' || c == '\\') text += '\\';
            text += c;
        }
        text += '"';
    }
    return text;
}

void playScriptCommand(ScriptPlayer& player, const ScriptCommand& command)
{
    // No default: the compiler names a verb left out (-Wswitch).
    switch (command.verb) {
    case Name: return player.name(command);
    case Language: return player.language(command);
    case Open: return player.open(command);
    case View: return player.view(command);
    case Start: return player.start(command);
    case Goto: return player.goTo(command);
    case Answer: return player.answer(command);
    case Submit: return player.submit(command);
    case Review: return player.review(command);
    case Play: return player.play(command);
    case Choose: return player.choose(command);
    case Mail: return player.mail(command);
    case Wait: return player.wait(command);
    case Expect: return player.expect(command);
    case Quit: return player.quit(command);
    }
    std::abort();  // not a ScriptVerb
}

} // namespace mamori::app
