// The settings an administrator rolls out in /etc/mamori/mamori.conf for a package install:
// the packs to offer and the learners' language, lockable like the key and the data folder;
// and where an installed Mamori finds its own packs and assets.

#include "config.hpp"
#include "data_paths.hpp"
#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace mamori::app;
using namespace mamori::test;
namespace fs = std::filesystem;

TEST_CASE("the shipped packs and assets are found in share/mamori above the program, with no source path compiled in")
{
    const fs::path data = installedDataDir();
    REQUIRE_FALSE(data.empty());
    CHECK(data.filename() == "mamori");
    CHECK(data.parent_path().filename() == "share");
    CHECK(fs::exists(defaultPacksDir() / "telework" / "pack.xml"));
    CHECK(fs::exists(assetsDir() / "lang" / "ja.xml"));
}

TEST_CASE("an administrator's packs-dir and language are used, and once locked nothing later changes them")
{
    TemporaryDirectory folder;
    const auto system = folder.write("system.conf", "packs-dir = /srv/mamori-packs\nlanguage = en\nlock = packs-dir, language\n");
    const auto user = folder.write("user.conf", "packs-dir = /home/me/my-packs\nlanguage = ja\n");
    std::vector<std::string> problems;
    Config config = Config::load({system, user}, problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == user.string() + ":1: error: packs-dir is locked by the administrator (" + system.string() + ":3)");
    CHECK(problems[1] == user.string() + ":2: error: language is locked by the administrator (" + system.string() + ":3)");
    CHECK(config.packsDir() == "/srv/mamori-packs");
    CHECK(config.language() == "en");
    CHECK(config.languageLocked());
    // --packs (the app's and the tool's) is the packs-dir setting: a learner cannot bring packs of their own.
    std::string problem;
    CHECK_FALSE(*config.applyOption("--packs", "/tmp/easy-answers", problem));
    CHECK(problem == "--packs: packs-dir is locked by the administrator (" + system.string() + ":3)");
    CHECK(config.packsDir() == "/srv/mamori-packs");
}

TEST_CASE("without a setting, the installed packs are offered and the learner chooses the language")
{
    TemporaryDirectory folder;
    std::vector<std::string> problems;
    Config config = Config::load({folder.path() / "none.conf", folder.path() / "none-either.conf"}, problems);
    CHECK(problems.empty());
    CHECK(config.packsDir() == defaultPacksDir());
    CHECK(config.language().empty());
    CHECK_FALSE(config.languageLocked());
    // A relative --packs means from where the command runs, as --data-dir does.
    std::string problem;
    REQUIRE(*config.applyOption("--packs", "lessons/packs", problem));
    CHECK(config.packsDir() == fs::current_path() / "lessons/packs");
}

TEST_CASE("a language other than ja or en, or a relative packs-dir, is reported with its line and ignored")
{
    TemporaryDirectory folder;
    const auto system = folder.write("system.conf", "language = fr\npacks-dir = packs\n");
    std::vector<std::string> problems;
    Config config = Config::load({system, folder.path() / "none.conf"}, problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == system.string() + ":1: error: language must be ja or en (or empty: Japanese until the learner chooses), found 'fr'");
    CHECK(problems[1] == system.string() + ":2: error: packs-dir must be an absolute path, found 'packs'");
    CHECK(config.language().empty());
    CHECK(config.packsDir() == defaultPacksDir());
}
