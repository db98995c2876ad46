// Checks one broken-pack fixture: loading NAME.xml must report exactly the diagnostics
// listed in NAME.expect, one "LINE: severity: message" per line (LINE 0 for the whole file).

#include "mamori/lessons/loader.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> readLines(const std::filesystem::path& file)
{
    std::vector<std::string> lines;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: fixture_check FIXTURE.xml\n";
        return 2;
    }
    const std::filesystem::path fixture = argv[1];
    std::filesystem::path expectFile = fixture;
    expectFile.replace_extension(".expect");
    if (!std::filesystem::exists(expectFile)) {
        std::cerr << expectFile.string() << ": missing: every fixture states its expected diagnostics\n";
        return 1;
    }
    const std::vector<std::string> expected = readLines(expectFile);
    const auto result = mamori::lessons::loadPackFile(fixture, fixture.filename().string());
    std::vector<std::string> actual;
    for (const auto& d : result.diagnostics) {
        actual.push_back(std::to_string(d.line) +
                         (d.severity == mamori::lessons::Severity::Error ? ": error: " : ": warning: ") + d.message);
    }
    if (actual == expected && (result.errors > 0) == (result.pack == nullptr)) return 0;
    std::cerr << fixture.filename().string() << ": diagnostics differ\nexpected:\n";
    for (const auto& line : expected) std::cerr << "  " << line << '\n';
    std::cerr << "actual:\n";
    for (const auto& line : actual) std::cerr << "  " << line << '\n';
    return 1;
}
