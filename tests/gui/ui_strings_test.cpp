// The app's words: every key the code uses exists in Japanese and in English.

#include "refusal_notice.hpp"
#include "ui_strings.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace mamori::app;
using mamori::lessons::Language;
namespace fs = std::filesystem;

namespace {

UiStrings loadStrings()
{
    std::vector<std::string> problems;
    UiStrings strings = UiStrings::load(mamori::test::sourceDir() / "assets" / "lang", problems);
    for (const auto& p : problems) MESSAGE(p);
    CHECK(problems.empty());
    return strings;
}

/// String literals in the app's sources that look like UI keys ("quiz.confirm").
std::set<std::string> keysUsedInCode()
{
    static const std::set<std::string> families{"app",     "header", "nav",     "common", "signin",   "catalog", "kind",
                                                "status",  "lesson", "callout", "quiz",   "results",  "scenario", "settings",
                                                "done",    "error",  "reviews", "records", "author"};
    const std::regex literal("\"([a-z]+)\\.([a-z0-9][a-z0-9.-]*)\"");
    std::set<std::string> keys;
    for (const auto& entry : fs::recursive_directory_iterator(mamori::test::sourceDir() / "app" / "gui")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), literal), end; it != end; ++it) {
            const std::string family = (*it)[1];
            const std::string rest = (*it)[2];
            const bool fileName = rest.ends_with("hpp") || rest.ends_with("cpp") || rest.ends_with("xml");
            if (families.count(family) && rest.back() != '-' && rest.back() != '.' && !fileName) keys.insert(family + "." + rest);
        }
    }
    // Keys built at run time from a code or a kind. Every refusal code has its notice, so a new
    // code given its own words fails here until the words are written.
    for (mamori::scoring::RefusalCode code : mamori::scoring::kAllRefusalCodes) keys.insert(refusalNotice(code).key);
    for (const char* kind : {"lesson", "quiz", "scenario", "pack"}) keys.insert(std::string("done.") + kind);
    for (const char* outcome : {"good", "acceptable", "bad"}) keys.insert(std::string("scenario.outcome-") + outcome);
    // The records view: states, roles and file statuses by name.
    for (const char* state : {"completed", "expired", "overdue", "in-progress", "not-started"}) keys.insert(std::string("records.state.") + state);
    for (const char* role : {"hr", "trainer", "manager"}) keys.insert(std::string("records.role.") + role);
    for (const char* status : {"valid", "none", "tampered", "other-key", "unsigned", "corrupt", "unreadable", "not-regular", "newer",
                               "wrong-learner", "missing"}) {
        keys.insert(std::string("records.file.") + status);
    }
    return keys;
}

} // namespace

TEST_CASE("every UI key used in the code exists in both languages")
{
    const UiStrings strings = loadStrings();
    const std::set<std::string> used = keysUsedInCode();
    CHECK(used.size() > 100);
    for (const std::string& key : used) {
        CAPTURE(key);
        CHECK(strings.has(key, Language::Japanese));
        CHECK(strings.has(key, Language::English));
    }
}

TEST_CASE("the Japanese and English files hold the same keys, none of them empty")
{
    const UiStrings strings = loadStrings();
    CHECK(strings.keys(Language::Japanese) == strings.keys(Language::English));
    for (Language language : mamori::lessons::kAllLanguages) {
        for (const std::string& key : strings.keys(language)) {
            CAPTURE(key);
            CHECK_FALSE(strings.get(key, language).empty());
        }
    }
}

TEST_CASE("placeholders are filled in, and a missing key shows as itself rather than nothing")
{
    const UiStrings strings = loadStrings();
    CHECK(strings.format("lesson.page-of", Language::English, {"2", "7"}) == "Page 2 of 7");
    CHECK(strings.format("lesson.page-of", Language::Japanese, {"2", "7"}) == "2 / 7 ページ");
    CHECK(strings.get("no.such-key", Language::English) == "no.such-key");
}
