#pragma once
// The man pages of mamori(1) and mamori-tool(1), written from the same texts the programs print
// (`mamori --help`, each command's --help, the settings' table), so that they cannot drift.

#include <string>
#include <string_view>

namespace mamori::tool::man {

std::string mamoriPage(std::string_view version);
std::string mamoriToolPage(std::string_view version);

} // namespace mamori::tool::man
