// The verbs' table (app/common/script_verbs.hpp) is the one place a verb is defined: the parser
// checks lines against it, `mamori-tool play --help` lists it, the README documents each verb, and
// the example scripts use each, so that the window tests play every verb through both players
// (that both players have a function for each is checked by the compiler).

#include "tool_fixture.hpp"

#include "learner_script.hpp"
#include "script_verbs.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace mamori::app;
using namespace mamori::test;
namespace fs = std::filesystem;

namespace {

std::set<std::string> tableVerbs()
{
    std::set<std::string> names;
    for (const ScriptVerbSpec& spec : scriptVerbs()) names.emplace(spec.name);
    return names;
}

/// The verbs in the README's table of commands: the first word of each row's first cell.
std::set<std::string> documentedVerbs()
{
    std::istringstream readme(readText(fs::path(MAMORI_SOURCE_DIR) / "tests/scripts/README.md"));
    std::set<std::string> names;
    bool inTable = false;
    for (std::string line; std::getline(readme, line);) {
        if (line.starts_with("| command |")) {
            inTable = true;
        } else if (inTable && !line.starts_with("|")) {
            break;
        } else if (inTable && line.starts_with("| `")) {
            names.insert(line.substr(3, line.find_first_of(" `", 3) - 3));
        }
    }
    return names;
}

std::string words(int count)
{
    std::string text;
    for (int i = 0; i < count; ++i) text += " x/y";
    return text;
}

} // namespace

TEST_CASE("the verbs' table lists each verb once, in its order, with a usage line that starts with its name")
{
    REQUIRE(scriptVerbs().size() == kScriptVerbCount);
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < kScriptVerbCount; ++i) {
        const ScriptVerbSpec& spec = scriptVerbs()[i];
        CAPTURE(spec.name);
        CHECK(static_cast<std::size_t>(spec.verb) == i);
        CHECK(seen.insert(spec.name).second);
        CHECK(findScriptVerb(spec.name) == &spec);
        CHECK(&scriptVerbSpec(spec.verb) == &spec);
        CHECK(spec.usage.starts_with(spec.name));
        // The forms agree with the counts: no form for an argument that cannot be there.
        CHECK(spec.minArguments >= 0);
        CHECK((spec.maxArguments < 0 || spec.maxArguments >= spec.minArguments));
        CHECK((spec.first == FirstArgument::None) == (spec.maxArguments == 0));
        CHECK((spec.further == FurtherArguments::None) == (spec.maxArguments == 0 || spec.maxArguments == 1));
    }
    CHECK(findScriptVerb("fly") == nullptr);
}

TEST_CASE("a line with too few or too many arguments is refused with its verb's usage line from the table")
{
    for (const ScriptVerbSpec& spec : scriptVerbs()) {
        CAPTURE(spec.name);
        const std::string usage = "f.play:1: error: usage: " + std::string(spec.usage);
        if (spec.minArguments > 0) {
            const auto parsed = parseLearnerScript(std::string(spec.name) + words(spec.minArguments - 1) + "\n", "f.play");
            CHECK(parsed.errors == std::vector<std::string>{usage});
        }
        if (spec.maxArguments >= 0) {
            const auto parsed = parseLearnerScript(std::string(spec.name) + words(spec.maxArguments + 1) + "\n", "f.play");
            CHECK(parsed.errors == std::vector<std::string>{usage});
        }
    }
}

TEST_CASE("every verb is documented in tests/scripts/README.md's table of commands, and nothing else is")
{
    CHECK(documentedVerbs() == tableVerbs());
}

TEST_CASE("every verb is used by an example script, so the window tests play each through both players")
{
    std::set<std::string> used;
    for (const auto& entry : fs::directory_iterator(fs::path(MAMORI_SOURCE_DIR) / "tests/scripts")) {
        if (entry.path().extension() != ".play") continue;
        const ScriptParse parsed = loadLearnerScript(entry.path());
        CHECK_MESSAGE(parsed.ok(), entry.path().string());
        for (const ScriptCommand& command : parsed.script.commands) used.emplace(scriptVerbSpec(command.verb).name);
    }
    CHECK(used == tableVerbs());
}

TEST_CASE("mamori-tool play --help lists every verb's usage line")
{
    const Run help = tool(mamori::tool::runPlay, {"--help"});
    CHECK(help.status == mamori::tool::kExitOk);
    for (const ScriptVerbSpec& spec : scriptVerbs()) {
        CAPTURE(spec.name);
        CHECK(help.out.find("\n  " + std::string(spec.usage) + "\n") != std::string::npos);
    }
}

TEST_CASE("a command written back as a script line reads as the same command")
{
    const std::string line = "answer q6 text \"say \\\"hi\\\" \\\\ # not a comment\" certainty high";
    const ScriptParse parsed = parseLearnerScript(line + "\n", "f.play");
    REQUIRE(parsed.ok());
    REQUIRE(parsed.script.commands.size() == 1);
    const ScriptCommand& command = parsed.script.commands[0];
    CHECK(command.args == std::vector<std::string>{"q6", "text", "say \"hi\" \\ # not a comment", "certainty", "high"});
    const std::string written = scriptCommandText(command);
    CHECK(written == line);
    const ScriptParse again = parseLearnerScript(written, "f.play");
    REQUIRE(again.script.commands.size() == 1);
    CHECK(again.script.commands[0].verb == ScriptVerb::Answer);
    CHECK(again.script.commands[0].args == command.args);
    CHECK(scriptCommandText({1, ScriptVerb::Submit, {}}) == "submit");
}
