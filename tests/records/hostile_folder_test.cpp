// A progress folder others can write to: whatever they plant at a learner's file names (a
// link to a file of someone else's, a FIFO, a hard link) is refused or replaced, never
// written through, never waited on; what it points to stays exactly as it was.

#include "mamori/records/progress_check.hpp"
#include "mamori/records/progress_store.hpp"
#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
namespace fs = std::filesystem;

namespace {

/// A folder with a progress folder and, outside it, a file someone wants damaged.
struct Share {
    TemporaryDirectory root;
    fs::path progress = root.path() / "progress";
    fs::path victim = root.path() / "passwd";
    const std::string victimContent = "root:x:0:0:root:/root:/bin/bash\n";
    PosixStorage storage;
    FakeClock clock{kStart};

    Share()
    {
        fs::create_directories(progress);
        writeFile(victim, victimContent);
    }
    void plantLink(const std::string& name) const { fs::create_symlink(victim, progress / name); }
    void plantFifo(const std::string& name) const { REQUIRE(::mkfifo((progress / name).c_str(), 0600) == 0); }
    bool victimUntouched() const { return readFile(victim) == victimContent; }
    /// Saves once through a store, so that E1.xml exists.
    void saveOnce()
    {
        auto store = openStore(progress, storage, clock);
        REQUIRE(store->save(progressWithViews(1)));
    }
};

} // namespace

TEST_CASE("a link planted at the lock is refused, saying which and where, and its target is not truncated")
{
    Share share;
    share.plantLink("E1.lock");
    auto store = ProgressStore::open(share.progress, "E1", testKey(), share.storage, share.clock);
    REQUIRE_FALSE(store);
    CHECK(store.refusal().code == RefusalCode::NotRegular);
    CHECK(store.refusal().message.starts_with((share.progress / "E1.lock").string() + " is a symbolic link; Mamori never follows links"));
    CHECK(share.victimUntouched());
    CHECK(fs::is_symlink(share.progress / "E1.lock"));   // left for the administrator to see
}

TEST_CASE("a FIFO or a hard link at the lock is refused at once")
{
    Share share;
    share.plantFifo("E1.lock");
    auto fifo = ProgressStore::open(share.progress, "E1", testKey(), share.storage, share.clock);
    CHECK(fifo.refusal().message.starts_with((share.progress / "E1.lock").string() + " is a FIFO (named pipe), not a regular file"));

    fs::create_hard_link(share.victim, share.progress / "E2.lock");
    auto hard = ProgressStore::open(share.progress, "E2", testKey(), share.storage, share.clock);
    CHECK(hard.refusal().message.starts_with((share.progress / "E2.lock").string() + " has other names (hard links)"));
    CHECK(share.victimUntouched());
}

TEST_CASE("a link planted at the temporary file is replaced, not written through, and the save goes ahead")
{
    Share share;
    share.saveOnce();
    share.plantLink("E1.xml.tmp");
    auto store = openStore(share.progress, share.storage, share.clock);
    REQUIRE(store->load());
    REQUIRE(store->save(progressWithViews(2)));
    CHECK(share.victimUntouched());
    CHECK_FALSE(fs::exists(share.progress / "E1.xml.tmp"));
    CHECK(checkProgressFile(share.progress / "E1.xml", testKey(), share.storage).progress->packs.at("tour").pageViews.size() == 2);
}

TEST_CASE("a link, FIFO or folder at the progress file or its backup is refused, touching nothing")
{
    for (const char* name : {"E1.xml", "E1.xml.bak"}) {
        for (const char* kind : {"link", "fifo", "folder"}) {
            CAPTURE(name);
            CAPTURE(kind);
            Share share;
            const std::string planted(kind);
            if (planted == "link") share.plantLink(name);
            else if (planted == "fifo") share.plantFifo(name);
            else fs::create_directory(share.progress / name);
            auto store = openStore(share.progress, share.storage, share.clock);
            auto loaded = store->load();   // returns at once: a FIFO is never opened for reading
            REQUIRE_FALSE(loaded);
            CHECK(loaded.refusal().code == RefusalCode::NotRegular);
            const std::string what = planted == "link" ? "a symbolic link" : planted == "fifo" ? "a FIFO (named pipe)" : "a folder";
            CHECK(loaded.refusal().message.starts_with((share.progress / name).string() + " is " + what + ", not a regular file"));
            CHECK(loaded.refusal().message.find("changed nothing") != std::string::npos);
            CHECK(share.victimUntouched());
            CHECK(fs::exists(fs::symlink_status(share.progress / name)));
            CHECK_FALSE(fs::exists(share.progress / "E1.xml.rejected-2026-04-01T09-00-00Z"));
        }
    }
}

TEST_CASE("the backup never becomes a link, even when one is planted where it is made")
{
    Share share;
    share.saveOnce();
    share.plantLink("E1.xml.bak.new");
    auto store = openStore(share.progress, share.storage, share.clock);
    REQUIRE(store->load());
    REQUIRE(store->save(progressWithViews(2)));
    CHECK(share.victimUntouched());
    CHECK(fs::is_regular_file(fs::symlink_status(share.progress / "E1.xml.bak")));
    CHECK_FALSE(fs::exists(fs::symlink_status(share.progress / "E1.xml.bak.new")));
    // A link put at the main file after loading makes the next save refuse, not copy the link.
    fs::remove(share.progress / "E1.xml");
    share.plantLink("E1.xml");
    auto saved = store->save(progressWithViews(3));
    REQUIRE_FALSE(saved);
    CHECK(saved.refusal().code == RefusalCode::NotRegular);
    CHECK(fs::is_regular_file(fs::symlink_status(share.progress / "E1.xml.bak")));
    CHECK(share.victimUntouched());
}

TEST_CASE("a progress folder that is itself a link is refused")
{
    Share share;
    const fs::path elsewhere = share.root.path() / "elsewhere";
    fs::create_directory(elsewhere);
    const fs::path linked = share.root.path() / "linked";
    fs::create_directory_symlink(elsewhere, linked);
    auto store = ProgressStore::open(linked, "E1", testKey(), share.storage, share.clock);
    REQUIRE_FALSE(store);
    CHECK(store.refusal().code == RefusalCode::NotRegular);
    CHECK(store.refusal().message.starts_with("the progress folder " + linked.string() + " is a symbolic link, not a folder"));
    CHECK(fs::is_empty(elsewhere));
}

TEST_CASE("HR's checks return at once on a FIFO, a device or a link, and say what stands there")
{
    Share share;
    share.plantFifo("E1.xml");
    share.plantLink("E2.xml");
    const ProgressCheck fifo = checkProgressFile(share.progress / "E1.xml", testKey(), share.storage);
    CHECK(fifo.status == ProgressCheck::Status::NotRegular);
    CHECK(fifo.problem == (share.progress / "E1.xml").string() + " is a FIFO (named pipe), not a regular file");
    const ProgressCheck link = checkProgressFile(share.progress / "E2.xml", testKey(), share.storage);
    CHECK(link.status == ProgressCheck::Status::NotRegular);
    CHECK(link.problem == (share.progress / "E2.xml").string() + " is a symbolic link, not a regular file");
    const ProgressCheck device = checkProgressFile("/dev/zero", testKey(), share.storage);
    CHECK(device.status == ProgressCheck::Status::NotRegular);
    CHECK(device.problem == "/dev/zero is a character device, not a regular file");
}

TEST_CASE("reads are bounded: a file over the limit is refused without being read whole")
{
    TemporaryDirectory folder;
    const fs::path big = folder.path() / "E1.xml";
    {
        // A sparse file: 65 MiB long, costing no disk.
        const int fd = ::open(big.c_str(), O_WRONLY | O_CREAT, 0600);
        REQUIRE(fd >= 0);
        REQUIRE(::ftruncate(fd, 65 * 1024 * 1024) == 0);
        ::close(fd);
    }
    PosixStorage storage;
    const ProgressCheck check = checkProgressFile(big, testKey(), storage);
    CHECK(check.status == ProgressCheck::Status::Unreadable);
    CHECK(check.problem == big.string() + " is larger than 64 MiB, the most Mamori reads");
    auto text = readRegularFile(big, 1024, Links::Follow);
    CHECK(text.refusal().code == RefusalCode::TooLarge);
}
