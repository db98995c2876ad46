// The trainer's guide (lessons/README.md) lists every diagnostic code the loader and lint can
// report. The codes are read from the sources, the way they are passed: the second argument of
// error(…)/warning(…)/warn(…), the first of the asset check's fail(…), the code after
// Severity::Error/Warning in a Diagnostic built in place, and the name in each LintCheck{…}.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

bool identifierChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

std::size_t skipSpace(std::string_view s, std::size_t i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
    return i;
}

/// The string literal starting at `i` (after white space), when it looks like a code: `unknown-element`.
std::optional<std::string> codeAt(std::string_view s, std::size_t i)
{
    i = skipSpace(s, i);
    if (i >= s.size() || s[i] != '"') return std::nullopt;
    const std::size_t end = s.find('"', i + 1);
    if (end == std::string_view::npos || end == i + 1) return std::nullopt;
    const std::string code(s.substr(i + 1, end - i - 1));
    const bool shaped = std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }) &&
                        code.front() != '-' && code.back() != '-';
    if (!shaped) return std::nullopt;
    return code;
}

/// Just after the top-level comma ending the argument that starts at `i`, or npos.
std::size_t afterFirstArgument(std::string_view s, std::size_t i)
{
    int depth = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"' || c == '\'') {
            for (++i; i < s.size() && s[i] != c; ++i) {
                if (s[i] == '\\') ++i;
            }
        } else if (c == '(' || c == '{' || c == '[') {
            ++depth;
        } else if (c == ')' || c == '}' || c == ']') {
            if (depth == 0) return std::string_view::npos;
            --depth;
        } else if (c == ',' && depth == 0) {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

/// Every code passed in `source`.
void collectCodes(std::string_view source, const std::string& file, std::map<std::string, std::string>& codes)
{
    auto add = [&](std::optional<std::string> code) {
        if (code) codes.emplace(*code, file);
    };
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (i > 0 && identifierChar(source[i - 1])) continue;
        const std::string_view rest = source.substr(i);
        for (std::string_view call : {"error(", "warning(", "warn("}) {
            if (rest.starts_with(call)) {
                const std::size_t second = afterFirstArgument(source, i + call.size());
                if (second != std::string_view::npos) add(codeAt(source, second));
            }
        }
        if (rest.starts_with("fail(")) add(codeAt(source, i + 5));
        if (rest.starts_with("LintCheck{")) add(codeAt(source, i + 10));
        for (std::string_view severity : {"Severity::Error", "Severity::Warning"}) {
            if (rest.starts_with(severity)) {
                const std::size_t comma = skipSpace(source, i + severity.size());
                if (comma < source.size() && source[comma] == ',') add(codeAt(source, comma + 1));
            }
        }
    }
}

std::map<std::string, std::string> codesInSources()
{
    std::map<std::string, std::string> codes;
    const fs::path root = mamori::test::sourceDir() / "lessons/src";
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const auto extension = entry.path().extension();
        if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp")) continue;
        collectCodes(readAll(entry.path()), fs::relative(entry.path(), root).string(), codes);
    }
    return codes;
}

} // namespace

TEST_CASE("the guide's scan finds codes however they are passed")
{
    std::map<std::string, std::string> codes;
    collectCodes(R"(
        context.error(element, "missing-attribute", "x");
        diagnostics.error(attributeLine(e, "url"), "bad-url",
                          "message, with a comma");
        return fail("bad-asset-path", what);
        out.push_back({file, line, Severity::Warning, "unused-lint-allow", m});
        LintCheck{"missing-source", "…"},
        findings.warn(question.line, "long-ordering", "…");
        throw std::logic_error("not-a-code");
        diagnostics.error(line, std::move(code), message);
        diagnostics.error(0, "doctype", "…");
    )",
                 "example.cpp", codes);
    std::set<std::string> found;
    for (const auto& [code, file] : codes) found.insert(code);
    CHECK(found == std::set<std::string>{"bad-asset-path", "bad-url", "doctype", "long-ordering", "missing-attribute",
                                         "missing-source", "unused-lint-allow"});
}

TEST_CASE("the trainer's guide lists every diagnostic code and lint check in the sources")
{
    const auto codes = codesInSources();
    // The loader's structure, file and scenario checks and lint's checks are all there.
    for (const char* known : {"unknown-element", "not-well-formed", "unreachable-node", "bad-asset-type", "too-many-problems",
                              "missing-source", "matching-without-distractor", "unknown-lint-check"}) {
        CHECK_MESSAGE(codes.count(known) == 1, known);
    }
    CHECK(codes.size() >= 70);
    const std::string guide = readAll(mamori::test::sourceDir() / "lessons/README.md");
    REQUIRE(!guide.empty());
    for (const auto& [code, file] : codes) {
        INFO("code from lessons/src/" << file);
        CHECK_MESSAGE(guide.find("`" + code + "`") != std::string::npos, "lessons/README.md does not list `" << code << "`");
    }
}
