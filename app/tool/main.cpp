// mamori-tool: Mamori's headless tool. Links the lessons, scoring and records libraries only,
// never GUI code, which proves that they stand on their own. Its commands are listed in one
// table (command_help.cpp), with their help.

#include "command_help.hpp"

#include "mamori/records/build_info.hpp"

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv)
{
    using namespace mamori::tool;
    std::vector<std::string_view> args(argv + 1, argv + argc);
    Streams streams{std::cout, std::cerr};
    if (args.empty()) {
        std::cerr << toolOverview();
        return kExitUsage;
    }
    const std::string_view name = args.front();
    const std::span<const std::string_view> rest(args.data() + 1, args.size() - 1);
    if (name == "--help" || name == "-h") {
        std::cout << toolOverview();
        return kExitOk;
    }
    if (name == "--version") {
        std::cout << "mamori-tool " << mamori::records::mamoriVersion() << " (commit "
                  << mamori::records::mamoriCommit() << ")\n";
        return kExitOk;
    }
    if (const ToolCommand* command = findToolCommand(name)) return command->run(rest, streams);
    std::cerr << "mamori-tool: unknown command '" << name << "'\n" << toolOverview();
    return kExitUsage;
}
