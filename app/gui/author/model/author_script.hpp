#pragma once
// The author mode's script, for the window tests: one command per line, run in order once the
// window has drawn the last one's result. It can edit a pack file the way an editor saves it
// (a new file renamed over the old), so the test sees the live reload through inotify.
//
//   select basics/quiz:basics-final/question:b-send-customer-list
//   tab preview | diagnostics
//   diagnostic 0                    select the first diagnostic (jumps to its item)
//   language en
//   replace basics/pack.xml FROM => TO   in that file (relative to --packs), save by renaming
//   wait-reload 2                   until the packs were read twice (the first load counts), at most 10 s
//   expect-selected KEY
//   expect-broken 1                 packs whose latest save does not load
//   screenshot NAME

#include "author_model.hpp"

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace mamori::app {

struct AuthorReplace { std::string file, from, to; };
struct AuthorWaitReload { int reloads = 0; };
struct AuthorExpectSelected { std::string key; };
struct AuthorExpectBroken { int packs = 0; };
struct AuthorScreenshot { std::string name; };

using AuthorStepAction = std::variant<AuthorAction, AuthorReplace, AuthorWaitReload, AuthorExpectSelected, AuthorExpectBroken, AuthorScreenshot>;

struct AuthorStep {
    int line = 0;
    std::string text;
    AuthorStepAction action;
};

struct AuthorScript {
    std::string file;
    std::vector<AuthorStep> steps;
    std::vector<std::string> errors;   ///< FILE:LINE: error: ...
    bool ok() const { return errors.empty(); }
};

AuthorScript parseAuthorScript(std::string_view text, const std::string& fileName);
AuthorScript loadAuthorScript(const std::filesystem::path& file);

/// Replaces the first `from` in `folder/file` with `to`, writing a new file beside it and
/// renaming it over the old one, as editors save. An error message, or empty on success.
std::string replaceInPackFile(const std::filesystem::path& folder, const AuthorReplace& edit);

} // namespace mamori::app
