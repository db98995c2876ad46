// mamori-tool's commands are listed in one table (command_help.hpp): `help COMMAND` prints what
// `COMMAND --help` prints, the overview lists exactly the table's commands, and config's help
// lists exactly the settings there are.

#include "command_help.hpp"
#include "config.hpp"
#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <set>
#include <sstream>

using namespace mamori::test;
using namespace mamori::tool;

namespace {

std::set<std::string> tableNames()
{
    std::set<std::string> names;
    for (const ToolCommand& command : toolCommands()) names.emplace(command.name);
    return names;
}

/// The first word of each line the overview's "commands:" list starts a command with.
std::set<std::string> overviewNames(const std::string& overview)
{
    std::set<std::string> names;
    std::istringstream lines(overview.substr(overview.find("\ncommands:\n") + 11));
    for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with("  ") || line[2] == ' ') continue; // a summary's continuation, or the end
        names.insert(line.substr(2, line.find(' ', 2) - 2));
    }
    return names;
}

} // namespace

TEST_CASE("help COMMAND prints exactly what COMMAND --help prints, for every command")
{
    REQUIRE(toolCommands().size() >= 10);
    for (const ToolCommand& command : toolCommands()) {
        CAPTURE(command.name);
        const Run viaHelp = tool(runHelp, {std::string(command.name)});
        const Run direct = tool(command.run, {"--help"});
        CHECK(viaHelp.status == kExitOk);
        CHECK(direct.status == kExitOk);
        CHECK(viaHelp.out == direct.out);
        CHECK(viaHelp.err == direct.err);
        CHECK(commandHelp(command) == direct.out);
        // The row runs the command it names: its help is that command's.
        CHECK(direct.out.starts_with("usage: mamori-tool " + std::string(command.name) + " "));
        CHECK_FALSE(command.summary.empty());
        CHECK(command.synopsis.starts_with(command.name));
    }
}

TEST_CASE("the overview lists every command of the table, and nothing else")
{
    const std::string overview = toolOverview();
    const std::set<std::string> listed = overviewNames(overview);
    CHECK(listed == tableNames());
    for (const ToolCommand& command : toolCommands()) {
        CAPTURE(command.name);
        // The summary follows in its column, or on the next line after a long synopsis.
        const bool shown = overview.find("\n  " + std::string(command.synopsis) + " ") != std::string::npos ||
                           overview.find("\n  " + std::string(command.synopsis) + "\n") != std::string::npos;
        CHECK(shown);
    }
    CHECK(overview.find("mamori-tool help COMMAND") != std::string::npos);
    CHECK(overview.find("man mamori-tool") != std::string::npos);
    CHECK(overview.find("\nExit status: " + std::string(toolExitStatus().substr(0, 20))) != std::string::npos);
}

TEST_CASE("help alone prints the overview; help of an unknown command is a usage error that lists the commands")
{
    const Run overview = tool(runHelp, {});
    CHECK(overview.status == kExitOk);
    CHECK(overview.out == toolOverview());

    const Run unknown = tool(runHelp, {"nosuch"});
    CHECK(unknown.status == kExitUsage);
    CHECK(unknown.out.empty());
    CHECK(unknown.err.starts_with("mamori-tool help: unknown command 'nosuch'\n"));
    CHECK(overviewNames(unknown.err) == tableNames());

    CHECK(tool(runHelp, {"validate", "lint"}).status == kExitUsage);
    CHECK(findToolCommand("nosuch") == nullptr);
    CHECK(findToolCommand("--help") == nullptr);
}

TEST_CASE("config's help describes every setting there is, from the settings' own table")
{
    std::vector<std::string> problems;
    const auto settings = mamori::app::Config::load({}, problems);
    const auto described = mamori::app::Config::descriptions();
    REQUIRE(described.size() == settings.all().size());
    const std::string help = tool(runConfig, {"--help"}).out;
    for (std::size_t i = 0; i < described.size(); ++i) {
        CAPTURE(described[i].name);
        CHECK(described[i].name == settings.all()[i].first);
        CHECK(described[i].summary.size() > 10);
        CHECK(help.find("\n    " + std::string(described[i].name) + "  ") != std::string::npos);
    }
}
