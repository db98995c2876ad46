// The tool on hostile ground: missing or mistyped keys, scripts that are FIFOs or devices,
// values no reader could take back, planted links, deleted, swapped and rolled-back files.

#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sys/stat.h>

using namespace mamori::tool;
using namespace mamori::test;
namespace fs = std::filesystem;

namespace {

/// Sets an environment variable for the life of the object.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const std::optional<std::string>& value) : name_(name)
    {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value) ::setenv(name, value->c_str(), 1);
        else ::unsetenv(name);
    }
    ~ScopedEnvironment()
    {
        if (old_) ::setenv(name_, old_->c_str(), 1);
        else ::unsetenv(name_);
    }

private:
    const char* name_;
    std::optional<std::string> old_;
};


} // namespace

TEST_CASE("a mistyped --key-file is refused: no key and no folder is created")
{
    TemporaryDirectory folder;
    const auto script = folder.write("s.play", "open tour/how-it-works\n");
    const fs::path typo = folder.path() / "etc-mamori" / "organisaton.key";
    const Run run = tool(runPlay, {"--data-dir", (folder.path() / "data").string(), "--key-file", typo.string(), "--user", "E1",
                                   script.string()});
    CHECK(run.status == kExitProblems);
    CHECK(run.err == "mamori-tool play: error: the organisation key file " + typo.string() +
                         " does not exist (create one with 'mamori-tool key create FILE', or ask your administrator for the "
                         "organisation's key) [set by --key-file]\n");
    CHECK_FALSE(fs::exists(folder.path() / "etc-mamori"));
    CHECK_FALSE(fs::exists(folder.path() / "data"));
    // The same for $MAMORI_KEY_FILE, and for reading records.
    ScopedEnvironment key("MAMORI_KEY_FILE", typo.string());
    const Run fromEnvironment = tool(runPlay, {"--data-dir", (folder.path() / "data").string(), "--user", "E1", script.string()});
    CHECK(fromEnvironment.err.ends_with("[set by $MAMORI_KEY_FILE]\n"));
    CHECK(tool(runProgress, {"verify", "nothing.xml"}).err.find("does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(folder.path() / "etc-mamori"));
}

TEST_CASE("a personal install with no key anywhere gets one at the user's location, and is told so")
{
    TemporaryDirectory folder;
    if (fs::exists("/etc/mamori/organisation.key")) return;   // not a personal install
    ScopedEnvironment config("XDG_CONFIG_HOME", (folder.path() / "config").string());
    ScopedEnvironment noKey("MAMORI_KEY_FILE", std::nullopt);
    const auto script = folder.write("s.play", "open tour/how-it-works\n");
    const Run first = tool(runPlay, {"--data-dir", (folder.path() / "data").string(), "--user", "E1", script.string()});
    REQUIRE(first.status == kExitOk);
    const fs::path created = folder.path() / "config" / "mamori" / "organisation.key";
    CHECK(first.out.starts_with("notice: A new organisation key was created at " + created.string() + ", since this computer has none."));
    struct stat info {};
    REQUIRE(::stat(created.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const Run second = tool(runPlay, {"--data-dir", (folder.path() / "data").string(), "--user", "E1", script.string()});
    CHECK(second.out.find("notice:") == std::string::npos);   // made once
    CHECK(tool(runProgress, {"verify", (folder.path() / "data" / "progress" / "E1.xml").string()}).status == kExitOk);
}

TEST_CASE("key create makes a private key once; key show names it and warns when others can read it")
{
    TemporaryDirectory folder;
    const std::string file = (folder.path() / "org.key").string();
    const Run created = tool(runKey, {"create", file});
    CHECK(created.status == kExitOk);
    CHECK(created.out.starts_with("created " + file + " (key "));
    const Run again = tool(runKey, {"create", file});
    CHECK(again.status == kExitProblems);
    CHECK(again.err == "mamori-tool key: error: the key file " + file + " already exists; it was left as it is\n");
    const Run shown = tool(runKey, {"show", file});
    CHECK(shown.status == kExitOk);
    CHECK(shown.out == file + ": key " + created.out.substr(created.out.find("(key ") + 5, 16) + "\n");
    CHECK(shown.err.empty());
    REQUIRE(::chmod(file.c_str(), 0644) == 0);
    CHECK(tool(runKey, {"show", file}).err.find("warning: the organisation key " + file + " is readable by every account") !=
          std::string::npos);
    CHECK(tool(runKey, {"create"}).status == kExitUsage);
}

TEST_CASE("a script that is a FIFO, a device or a folder is refused at once, and nothing is created")
{
    Learner learner;
    const fs::path fifo = learner.folder.path() / "script.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const Run fromFifo = learner.playFile(fifo.string());
    CHECK(fromFifo.status == kExitProblems);
    CHECK(fromFifo.err == fifo.string() + ": error: cannot read the script: " + fifo.string() +
                              " is a FIFO (named pipe), not a regular file\n");
    CHECK(learner.playFile("/dev/zero").err == "/dev/zero: error: cannot read the script: /dev/zero is a character device, not a regular file\n");
    CHECK(learner.playFile(learner.folder.path().string()).err.find("is a folder, not a regular file") != std::string::npos);
    CHECK(learner.playFile((learner.folder.path() / "absent.play").string()).err.find("no such file") != std::string::npos);
    const auto huge = learner.folder.write("huge.play", std::string(1024 * 1024 + 1, '#'));
    CHECK(learner.playFile(huge.string()).err.find("is larger than 1 MiB, the most Mamori reads") != std::string::npos);
    CHECK_FALSE(fs::exists(learner.progressFolder()));
}

TEST_CASE("values no reader could take back are refused at input, with their line, before anything runs")
{
    Learner learner;
    const Run run = learner.play("name \"ok\"\nname \"bell\x07\"\nname \"" + std::string(101, 'n') + "\"\nwait 9999999d\n"
                                 "wait 3651d\n");
    CHECK(run.status == kExitProblems);
    const std::string file = (learner.folder.path() / "script.play").string();
    CHECK(run.err == file + ":2: error: the line contains a control character (U+0007)\n" + file +
                         ":3: error: the name is longer than 100 characters\n" + file +
                         ":4: error: wait takes a duration of up to 3650 days, such as 90s, 20m, 2h or 3d, found '9999999d'\n" + file +
                         ":5: error: wait takes a duration of up to 3650 days, such as 90s, 20m, 2h or 3d, found '3651d'\n");
    CHECK_FALSE(fs::exists(learner.progressFile()));
    // Invalid UTF-8 anywhere refuses the whole file, at its line (script_input_test.cpp).
    CHECK(learner.play("name \"ok\"\nview \xff\n").err == file + ":2: error: the script is not UTF-8 text (byte 0xFF on this line); save it as UTF-8\n");

    const Run future = learner.play("open tour/how-it-works\n", "E1", "9999-12-31T23:59:59Z");
    CHECK(future.status == kExitUsage);
    CHECK(future.err == "mamori-tool play: --now: the time 9999-12-31T23:59:59Z is outside 2000-01-01 to 2199-12-31; check the "
                        "computer's date and time\n");
    CHECK(learner.play("open tour/how-it-works\n", "E1", "+026-04-01T09:00:00Z").status == kExitUsage);

    // Waiting past 2199 stops the script at that line; what came before stays saved and readable.
    std::string longWait = "open tour/how-it-works\n";
    for (int i = 0; i < 20; ++i) longWait += "wait 3650d\n";
    const Run waited = learner.play(longWait + "view welcome\n");
    CHECK(waited.status == kExitProblems);
    CHECK(waited.err.ends_with(":19: error: after this wait, the time 2206-02-17T09:00:00Z is outside 2000-01-01 to 2199-12-31; "
                               "check the computer's date and time\n"));
    CHECK(tool(runProgress, {"verify", "--key-file", learner.key(), learner.progressFile()}).status == kExitOk);
}

TEST_CASE("a link planted at a learner's lock makes play refuse, and the file it points to is unchanged")
{
    Learner learner;
    const fs::path victim = learner.folder.write("passwd", "root:x:0:0::/root:/bin/sh\n");
    fs::create_directories(learner.progressFolder());
    fs::create_symlink(victim, learner.progressFolder() / "E1.lock");
    const Run run = learner.play("open tour/how-it-works\n");
    CHECK(run.status == kExitProblems);
    CHECK(run.err.starts_with("mamori-tool play: error: " + (learner.progressFolder() / "E1.lock").string() + " is a symbolic link"));
    CHECK(readText(victim) == "root:x:0:0::/root:/bin/sh\n");

    REQUIRE(::mkfifo((learner.progressFolder() / "E2.xml").c_str(), 0600) == 0);
    const Run fifo = learner.play("open tour/how-it-works\n", "E2");   // returns at once
    CHECK(fifo.status == kExitProblems);
    CHECK(fifo.err.find("E2.xml is a FIFO (named pipe), not a regular file") != std::string::npos);
    const Run verified = tool(runProgress, {"verify", "--key-file", learner.key(), (learner.progressFolder() / "E2.xml").string()});
    CHECK(verified.status == kExitProblems);
    CHECK(verified.out.find("is a FIFO (named pipe), not a regular file") != std::string::npos);
}

TEST_CASE("after the main file is deleted, the restore from the backup shows in progress show and verify")
{
    Learner learner;
    REQUIRE(learner.play("open tour/how-it-works\nview all\n").status == kExitOk);
    fs::remove(learner.progressFile());
    const Run again = learner.play("open tour/how-it-works\n", "E1", "2026-04-02T09:00:00Z");
    CHECK(again.out.starts_with("notice: Your progress file had a problem: the progress file was missing while its backup was "
                                "there (a save never leaves it so). Your previous save was restored, and this is noted in your records.\n"));
    const Run shown = tool(runProgress, {"show", "--key-file", learner.key(), learner.progressFile()});
    CHECK(shown.status == kExitOk);
    CHECK(shown.out.find("events:\n  2026-04-02T09:00:00Z, save 4: restored — the progress file was missing while its backup was "
                         "there (a save never leaves it so); the backup (save 3) was restored\n") != std::string::npos);
    const Run verified = tool(runProgress, {"verify", "--key-file", learner.key(), learner.progressFile()});
    CHECK(verified.status == kExitOk);
    CHECK(verified.out == learner.progressFile() + ": ok (learner E1, save 5); 1 restore from the backup on record (see progress show)\n"
                                                   "1 file checked: 0 not intact\n");
}

TEST_CASE("a file swapped for another learner's is not intact, and the tool says whose it is")
{
    Learner learner;
    REQUIRE(learner.play("open tour/how-it-works\n", "E1").status == kExitOk);
    REQUIRE(learner.play("open tour/how-it-works\nview all\n", "E2").status == kExitOk);
    fs::copy_file(learner.progressFile("E2"), learner.progressFile("E1"), fs::copy_options::overwrite_existing);
    const Run verified = tool(runProgress, {"verify", "--key-file", learner.key(), learner.progressFile("E1")});
    CHECK(verified.status == kExitProblems);
    CHECK(verified.out == learner.progressFile("E1") +
                              ": error: holds the records of learner 'E2', but its name says 'E1': a file renamed, swapped or "
                              "copied over another\n1 file checked: 1 not intact\n");
    const Run shown = tool(runProgress, {"show", "--key-file", learner.key(), learner.progressFile("E1")});
    CHECK(shown.status == kExitProblems);
    CHECK(shown.out.find("learner: E2") != std::string::npos);
}

TEST_CASE("progress compare tells a later save from a copy put back")
{
    Learner learner;
    REQUIRE(learner.play("open tour/how-it-works\n").status == kExitOk);
    const fs::path early = learner.folder.path() / "E1.xml.rejected-kept";
    fs::copy_file(learner.progressFile(), early);
    REQUIRE(learner.play("open tour/how-it-works\nview all\n").status == kExitOk);
    const Run onward = tool(runProgress, {"compare", "--key-file", learner.key(), early.string(), learner.progressFile()});
    CHECK(onward.status == kExitOk);
    CHECK(onward.out == learner.progressFile() + ": descendant against " + early.string() +
                            ": continues the copy seen before (save 1 to save 4)\n");
    const Run back = tool(runProgress, {"compare", "--key-file", learner.key(), learner.progressFile(), early.string()});
    CHECK(back.status == kExitProblems);
    CHECK(back.out == early.string() + ": error: rolled back against " + learner.progressFile() +
                          ": the file is at save 1, but the copy seen before was already at save 4: an older copy was put back\n");
    CHECK(tool(runProgress, {"compare", "--key-file", learner.key(), early.string()}).status == kExitUsage);
}
