#pragma once
// The app's own words (buttons, headings, messages), by key, in every language: from
// assets/lang/ja.xml and en.xml. A test checks that every key the code uses exists in both.

#include "mamori/lessons/language.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::app {

class UiStrings {
public:
    /// Loads `<dir>/ja.xml` and `<dir>/en.xml`. Problems (missing file, malformed XML) are
    /// returned as messages; the keys that did load still work.
    static UiStrings load(const std::filesystem::path& dir, std::vector<std::string>& problems);

    /// The text for `key`, falling back to the other language, then to the key itself, so a
    /// missing string shows up as a readable key instead of nothing.
    const std::string& get(std::string_view key, lessons::Language language) const;

    /// `get` with `{0}`, `{1}`… replaced by `args`.
    std::string format(std::string_view key, lessons::Language language, const std::vector<std::string>& args) const;

    std::vector<std::string> keys(lessons::Language language) const;
    bool has(std::string_view key, lessons::Language language) const;

    void set(lessons::Language language, std::string key, std::string text);

private:
    std::map<lessons::Language, std::map<std::string, std::string, std::less<>>> byLanguage_;
    mutable std::map<std::string, std::string, std::less<>> missing_;
};

} // namespace mamori::app
