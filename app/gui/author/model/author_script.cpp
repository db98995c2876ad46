#include "author_script.hpp"

#include "mamori/records/regular_file.hpp"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;
namespace aa = author_action;

std::optional<int> number(const std::string& word)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (ec != std::errc() || end != word.data() + word.size() || value < 0) return std::nullopt;
    return value;
}

std::variant<AuthorStepAction, std::string> step(const std::string& verb, const std::string& rest)
{
    std::istringstream in(rest);
    std::vector<std::string> w;
    for (std::string word; in >> word;) w.push_back(word);
    if (verb == "select" && w.size() == 1) return AuthorAction{aa::Select{w[0]}};
    if (verb == "diagnostic" && w.size() == 1) {
        if (auto n = number(w[0])) return AuthorAction{aa::SelectDiagnostic{*n}};
        return "diagnostic takes a number";
    }
    if (verb == "tab" && w.size() == 1) {
        if (w[0] == "preview") return AuthorAction{aa::ShowTab{AuthorTab::Preview}};
        if (w[0] == "diagnostics") return AuthorAction{aa::ShowTab{AuthorTab::Diagnostics}};
        if (w[0] == "map") return AuthorAction{aa::ShowTab{AuthorTab::Map}};
        return "tab takes preview, map or diagnostics";
    }
    if (verb == "language" && w.size() == 1 && (w[0] == "ja" || w[0] == "en")) {
        return AuthorAction{aa::SetLanguage{w[0] == "ja" ? lessons::Language::Japanese : lessons::Language::English}};
    }
    if (verb == "reload" && w.empty()) return AuthorAction{aa::Reload{}};
    if (verb == "replace") {
        const auto arrow = rest.find(" => ");
        const auto space = rest.find(' ');
        if (arrow == std::string::npos || space == std::string::npos || space >= arrow) return "replace takes FILE FROM => TO";
        const std::string file = rest.substr(0, space);
        if (file.find("..") != std::string::npos || file.starts_with("/")) return "replace takes a file inside the packs folder";
        return AuthorReplace{file, rest.substr(space + 1, arrow - space - 1), rest.substr(arrow + 4)};
    }
    if (verb == "wait-reload" && w.size() == 1) {
        if (auto n = number(w[0])) return AuthorWaitReload{*n};
        return "wait-reload takes a number";
    }
    if (verb == "expect-selected" && w.size() == 1) return AuthorExpectSelected{w[0]};
    if (verb == "expect-broken" && w.size() == 1) {
        if (auto n = number(w[0])) return AuthorExpectBroken{*n};
        return "expect-broken takes a number";
    }
    if (verb == "screenshot" && w.size() == 1 && w[0].find_first_of("/\\") == std::string::npos && !w[0].starts_with(".")) {
        return AuthorScreenshot{w[0]};
    }
    return "unknown command or wrong words: '" + verb + "'";
}

} // namespace

AuthorScript parseAuthorScript(std::string_view text, const std::string& fileName)
{
    AuthorScript script;
    script.file = fileName;
    std::istringstream in{std::string(text)};
    int lineNumber = 0;
    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line[start] == '#') continue;
        const auto verbEnd = line.find_first_of(" \t", start);
        const std::string verb = line.substr(start, verbEnd == std::string::npos ? std::string::npos : verbEnd - start);
        std::string rest = verbEnd == std::string::npos ? "" : line.substr(line.find_first_not_of(" \t", verbEnd) == std::string::npos
                                                                                    ? line.size()
                                                                                    : line.find_first_not_of(" \t", verbEnd));
        auto parsed = step(verb, rest);
        if (auto* message = std::get_if<std::string>(&parsed)) {
            script.errors.push_back(fileName + ":" + std::to_string(lineNumber) + ": error: " + *message);
        } else {
            script.steps.push_back({lineNumber, line, std::get<AuthorStepAction>(parsed)});
        }
    }
    return script;
}

AuthorScript loadAuthorScript(const fs::path& file)
{
    auto bytes = records::readRegularFile(file, 1024 * 1024, records::Links::Follow);
    if (!bytes || !bytes.value()) {
        AuthorScript script;
        script.file = file.string();
        script.errors.push_back(file.string() + ": error: cannot read the script");
        return script;
    }
    return parseAuthorScript(*bytes.value(), file.string());
}

std::string replaceInPackFile(const fs::path& folder, const AuthorReplace& edit)
{
    const fs::path target = folder / edit.file;
    auto bytes = records::readRegularFile(target, 64u * 1024 * 1024, records::Links::Refuse);
    if (!bytes || !bytes.value()) return "cannot read " + target.string();
    std::string text = *bytes.value();
    const auto at = text.find(edit.from);
    if (at == std::string::npos) return target.string() + " does not contain '" + edit.from + "'";
    text.replace(at, edit.from.size(), edit.to);
    const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".saving");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out) return "cannot write " + temporary.string();
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    return ec ? "cannot rename over " + target.string() + ": " + ec.message() : std::string();
}

} // namespace mamori::app
