// Mamori's settings: defaults, the system file, the user's file, the environment and the
// command line, in that order; locks that only the system file sets; problems by line.

#include "config.hpp"
#include "data_paths.hpp"
#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace mamori::app;
using namespace mamori::test;
using namespace mamori::tool;
namespace fs = std::filesystem;

TEST_CASE("settings come from the defaults, then the system file, then the user's file, then the command line")
{
    TemporaryDirectory folder;
    const auto system = folder.write("system.conf", "# the organisation's\ndata-dir = /srv/mamori\nkey-file = /etc/org.key\n"
                                                    "time-zone = Asia/Tokyo\n");
    const auto user = folder.write("user.conf", "data-dir = /home/me/mamori\n\nprogress-files = group-readable\n");
    std::vector<std::string> problems;
    Config config = Config::load({system, user}, problems);
    CHECK(problems.empty());
    CHECK(config.dataDir() == "/home/me/mamori");
    CHECK(config.get("data-dir").origin == user.string() + ":1");
    CHECK(config.get("key-file").origin == system.string() + ":3");
    CHECK(config.key().file == "/etc/org.key");
    CHECK_FALSE(config.key().personal);
    CHECK(config.timeZone() == "Asia/Tokyo");
    CHECK(config.groupReadable());
    CHECK(config.progressFileMode() == 0640);
    CHECK(config.get("home-page").origin == "default");
    std::string problem;
    REQUIRE(config.setFromCommandLine("data-dir", "/tmp/elsewhere", "--data-dir", problem));
    CHECK(config.dataDir() == "/tmp/elsewhere");
    CHECK(config.get("data-dir").origin == "--data-dir");
}

TEST_CASE("the system file can lock settings; nothing later changes them, and saying so names the lock")
{
    TemporaryDirectory folder;
    const auto system = folder.write("system.conf", "key-file = /etc/mamori/org.key\ndata-dir = /mnt/share/mamori\n"
                                                    "lock = key-file, data-dir\n");
    const auto user = folder.write("user.conf", "key-file = /home/me/my.key\nlock = time-zone\n");
    std::vector<std::string> problems;
    Config config = Config::load({system, user}, problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == user.string() + ":1: error: key-file is locked by the administrator (" + system.string() + ":3)");
    CHECK(problems[1] == user.string() + ":2: error: only the system file (/etc/mamori/mamori.conf) can lock settings");
    CHECK(config.key().file == "/etc/mamori/org.key");
    std::string problem;
    CHECK_FALSE(config.setFromCommandLine("key-file", "/tmp/other.key", "--key-file", problem));
    CHECK(problem == "--key-file: key-file is locked by the administrator (" + system.string() + ":3)");
    CHECK_FALSE(config.setFromCommandLine("data-dir", "/tmp/d", "--data-dir", problem));
    CHECK(config.dataDir() == "/mnt/share/mamori");
    CHECK(config.get("data-dir").locked);
}

TEST_CASE("unknown settings, malformed lines and bad values are reported with their file and line, and ignored")
{
    TemporaryDirectory folder;
    const auto user = folder.write("user.conf", "colour = blue\njust words\nprogress-files = everyone\ndata-dir = relative/dir\n"
                                                "lock = \n");
    std::vector<std::string> problems;
    Config config = Config::load({folder.path() / "absent.conf", user}, problems);
    const std::string known = "(known: data-dir, key-file, index, home-page, certificate-url, time-zone, progress-files, organisation-profile, sync-url, packs-dir, language)";
    CHECK(problems == std::vector<std::string>{
                          user.string() + ":1: error: unknown setting 'colour' " + known,
                          user.string() + ":2: error: expected NAME = VALUE, found 'just words'",
                          user.string() + ":3: error: progress-files must be private or group-readable, found 'everyone'",
                          user.string() + ":4: error: data-dir must be an absolute path, found 'relative/dir'",
                          user.string() + ":5: error: only the system file (/etc/mamori/mamori.conf) can lock settings",
                      });
    CHECK_FALSE(config.groupReadable());
    CHECK(config.get("data-dir").origin == "default");
}

TEST_CASE("$MAMORI_KEY_FILE comes after the files and before the command line")
{
    TemporaryDirectory folder;
    const auto user = folder.write("user.conf", "key-file = /home/me/my.key\n");
    ::setenv("MAMORI_KEY_FILE", "/env/org.key", 1);
    std::vector<std::string> problems;
    const Config config = Config::load({folder.path() / "absent.conf", user}, problems);
    ::unsetenv("MAMORI_KEY_FILE");
    CHECK(config.key().file == "/env/org.key");
    CHECK(config.key().origin == "set by $MAMORI_KEY_FILE");
}

TEST_CASE("config show prints every setting with where it came from")
{
    TemporaryDirectory folder;
    folder.write("config/mamori/mamori.conf", "home-page = https://example.co.jp/training\nsurprise = 1\n");
    const char* old = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = old ? old : "";
    ::setenv("XDG_CONFIG_HOME", (folder.path() / "config").c_str(), 1);
    const Run run = tool(runConfig, {"show", "--data-dir", "/srv/data"});
    if (old) ::setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_CONFIG_HOME");
    CHECK(run.status == kExitProblems);   // the unknown setting
    CHECK(run.out.find("\ndata-dir ") != std::string::npos);
    CHECK(run.out.find("/srv/data ") != std::string::npos);
    CHECK(run.out.find("(organisation.xml beside the packs)") != std::string::npos);
    CHECK(run.out.find("(the installed packs: " + defaultPacksDir().string() + ")") != std::string::npos);
    CHECK(run.out.find("(the learner's choice; Japanese at first)") != std::string::npos);
    CHECK(run.out.find("(off)") != std::string::npos);
    CHECK(run.out.find("--data-dir") != std::string::npos);
    const std::string userFile = (folder.path() / "config/mamori/mamori.conf").string();
    CHECK(run.out.find("https://example.co.jp/training") != std::string::npos);
    CHECK(run.out.find(userFile + ":1") != std::string::npos);
    CHECK(run.err.find(userFile + ":2: error: unknown setting 'surprise'") != std::string::npos);
    CHECK(tool(runConfig, {"show", "--colour", "x"}).status == kExitUsage);
}

TEST_CASE("the index may be a PostgreSQL database and sync-url must be one; neither takes anything else")
{
    std::vector<std::string> problems;
    Config config = Config::load({}, problems);
    std::string problem;
    CHECK(config.syncUrl() == "");   // off unless set
    CHECK(*config.applyOption("--db", "postgresql://hr@db.example.jp/mamori", problem));
    CHECK(config.index() == "postgresql://hr@db.example.jp/mamori");
    CHECK(*config.applyOption("--sync-url", "postgresql://pc@db.example.jp/mamori", problem));
    CHECK(config.syncUrl() == "postgresql://pc@db.example.jp/mamori");
    CHECK_FALSE(*config.applyOption("--sync-url", "https://db.example.jp", problem));
    CHECK(problem.find("sync-url must be a postgresql:// URI") != std::string::npos);
    CHECK_FALSE(*config.applyOption("--db", "mysql://db.example.jp/mamori", problem));
    CHECK(*config.applyOption("--db", "index.sqlite", problem));   // a file: made absolute from here
    CHECK(config.index() == (std::filesystem::current_path() / "index.sqlite").string());
}
