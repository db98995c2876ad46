// The progress store on disk: atomic saves with a backup, falling back when the main file
// is damaged, refusing when nothing valid is left, locking out a second process, and a
// full disk that loses nothing.

#include "failing_storage.hpp"
#include "mamori/records/learner_id.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/progress_store.hpp"
#include "mamori/records/signing.hpp"
#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

std::size_t viewsIn(const LoadedProgress& loaded)
{
    auto it = loaded.progress.packs.find("tour");
    return it == loaded.progress.packs.end() ? 0 : it->second.pageViews.size();
}

} // namespace

TEST_CASE("learner ids cannot name anything outside the progress folder")
{
    for (const char* good : {"E12345", "yamada.taro", "a", "emp_007-x"}) {
        CAPTURE(good);
        CHECK_FALSE(learnerIdProblem(good));
    }
    for (const char* bad : {"", "..", "../x", "a/b", ".hidden", "-x", "山田", "a b", "x\\y", "tab\tid"}) {
        CAPTURE(bad);
        CHECK(learnerIdProblem(bad));
    }
    CHECK(learnerIdProblem(std::string(65, 'a')));
    // A file's name says whose it is: the id before Mamori's own suffixes.
    CHECK(learnerIdInFileName("E1.xml") == "E1");
    CHECK(learnerIdInFileName("E1.xml.bak") == "E1");
    CHECK(learnerIdInFileName("yamada.taro.xml.rejected-2026-04-01T10-00-00Z") == "yamada.taro");
    CHECK(learnerIdInFileName("a.xml.xml") == "a.xml");
    CHECK_FALSE(learnerIdInFileName("E1.txt"));
    CHECK_FALSE(learnerIdInFileName(".xml"));
    CHECK_FALSE(learnerIdInFileName("../x.xml"));
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    CHECK(ProgressStore::open(folder.path(), "../escape", testKey(), storage, clock).refusal().code == RefusalCode::BadLearnerId);
}

TEST_CASE("a new learner starts empty — saves keep the previous generation as the backup")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage, clock);
    REQUIRE(store);
    auto loaded = store.value()->load();
    REQUIRE(loaded);
    CHECK_FALSE(loaded.value().existed);
    CHECK(loaded.value().progress.learnerId == "E1");

    REQUIRE(store.value()->save(progressWithViews(1)));
    CHECK_FALSE(fs::exists((folder.path() / "E1.xml.bak")));
    REQUIRE(store.value()->save(progressWithViews(2)));
    CHECK(checkProgressFile((folder.path() / "E1.xml"), testKey(), storage).progress->packs.at("tour").pageViews.size() == 2);
    CHECK(checkProgressFile((folder.path() / "E1.xml.bak"), testKey(), storage).progress->packs.at("tour").pageViews.size() == 1);
    CHECK_FALSE(fs::exists((folder.path() / "E1.xml").string() + ".tmp"));

    auto reloaded = store.value()->load();
    REQUIRE(reloaded);
    CHECK(reloaded.value().existed);
    CHECK(viewsIn(reloaded.value()) == 2);
}

TEST_CASE("a tampered main file falls back to the backup and is kept aside as evidence")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage, clock);
    REQUIRE(store);
    REQUIRE(store.value()->save(progressWithViews(1)));
    REQUIRE(store.value()->save(progressWithViews(2)));
    const fs::path file = (folder.path() / "E1.xml");
    std::string edited = readFile(file);
    edited.replace(edited.find("p1"), 2, "p9");  // a learner "fixes" a record by hand
    writeFile(file, edited);

    store.value().reset();   // the app closes…
    clock.advance(1h);
    auto reopened = openStore(folder.path(), storage, clock);   // …and starts again
    auto loaded = reopened->load();
    REQUIRE(loaded);
    CHECK(viewsIn(loaded.value()) == 1);  // the backup's generation
    REQUIRE(loaded.value().notices.size() == 1);
    CHECK(loaded.value().notices[0] ==
          "Your progress file had a problem: the progress file could not be used (tampered); it was kept as "
          "E1.xml.rejected-2026-04-01T10-00-00Z. Your previous save was restored, and this is noted in your records.");
    CHECK(readFile(folder.path() / "E1.xml.rejected-2026-04-01T10-00-00Z") == edited);
    // The restored records were saved at once, with the event in their signed history.
    const ProgressCheck now = checkProgressFile(file, testKey(), storage);
    REQUIRE(now.valid());
    CHECK(viewsIn(LoadedProgress{*now.progress, true, {}}) == 1);
    REQUIRE(now.history.events.size() == 1);
    CHECK(now.history.events[0].kind == HistoryEvent::Kind::Restored);
    CHECK(now.history.events[0].at == kStart + 1h);
    CHECK(now.history.events[0].generation == now.history.head.generation);
    CHECK(now.history.events[0].detail ==
          "the progress file could not be used (tampered); it was kept as E1.xml.rejected-2026-04-01T10-00-00Z; the backup "
          "(save 1) was restored");
}

TEST_CASE("a main file cut off mid-write falls back to the backup")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage, clock);
    REQUIRE(store);
    REQUIRE(store.value()->save(progressWithViews(1)));
    REQUIRE(store.value()->save(progressWithViews(2)));
    const std::string whole = readFile((folder.path() / "E1.xml"));
    writeFile((folder.path() / "E1.xml"), whole.substr(0, whole.size() / 2));
    auto loaded = store.value()->load();
    REQUIRE(loaded);
    CHECK(viewsIn(loaded.value()) == 1);
    CHECK(loaded.value().notices[0].starts_with("Your progress file had a problem: the progress file could not be used (the file is incomplete"));
}

TEST_CASE("when neither the file nor its backup is valid, loading is refused and nothing is touched")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage, clock);
    REQUIRE(store);
    REQUIRE(store.value()->save(progressWithViews(1)));
    REQUIRE(store.value()->save(progressWithViews(2)));
    writeFile((folder.path() / "E1.xml"), "garbage");
    writeFile((folder.path() / "E1.xml.bak"), "more garbage");
    auto loaded = store.value()->load();
    REQUIRE_FALSE(loaded);
    CHECK(loaded.refusal().code == RefusalCode::ProgressUnusable);
    CHECK(readFile((folder.path() / "E1.xml")) == "garbage");
    CHECK(readFile((folder.path() / "E1.xml.bak")) == "more garbage");
}

TEST_CASE("another learner's file copied over this one is not accepted as theirs")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    {
        auto other = ProgressStore::open(folder.path(), "E2", testKey(), storage, clock);
        LearnerProgress p = progressWithViews(5);
        p.learnerId = "E2";
        REQUIRE(other.value()->save(p));
    }
    fs::copy_file(folder.path() / "E2.xml", folder.path() / "E1.xml");
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage, clock);
    auto loaded = store.value()->load();
    REQUIRE_FALSE(loaded);
    CHECK(loaded.refusal().code == RefusalCode::ProgressUnusable);
    CHECK(loaded.refusal().message.find("holds the records of learner 'E2', but its name says 'E1'") != std::string::npos);
}

TEST_CASE("a second process for the same learner is refused with a clear message")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    auto first = ProgressStore::open(folder.path(), "E1", testKey(), storage, clock);
    REQUIRE(first);
    // flock locks belong to open files, so a child process is a real second opener.
    const pid_t child = ::fork();
    if (child == 0) {
        PosixStorage childStorage;
        auto second = ProgressStore::open(folder.path(), "E1", testKey(), childStorage, clock);
        const bool refused = !second && second.refusal().code == RefusalCode::Locked &&
                             second.refusal().message.find("already open in another Mamori (process " +
                                                           std::to_string(::getppid()) + ")") != std::string::npos;
        ::_exit(refused ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    first.value().reset();
    CHECK(ProgressStore::open(folder.path(), "E1", testKey(), storage, clock));  // free again once closed
}

TEST_CASE("a full disk refuses the save and leaves the saved files as they were")
{
    mamori::test::TemporaryDirectory folder;
    mamori::test::FailingStorage storage;
    FakeClock clock(kStart);
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage, clock);
    REQUIRE(store);
    REQUIRE(store.value()->save(progressWithViews(1)));
    REQUIRE(store.value()->save(progressWithViews(2)));
    const std::string mainBefore = readFile((folder.path() / "E1.xml"));
    const std::string backupBefore = readFile((folder.path() / "E1.xml.bak"));
    for (int failing : {1, 2}) {  // the backup step fails, or the write of the new file
        CAPTURE(failing);
        storage.failFrom(failing);
        auto saved = store.value()->save(progressWithViews(3));
        REQUIRE_FALSE(saved);
        CHECK(saved.refusal().code == RefusalCode::DiskFull);
        CHECK(readFile((folder.path() / "E1.xml")) == mainBefore);
        if (failing == 1) CHECK(readFile((folder.path() / "E1.xml.bak")) == backupBefore);
    }
    storage.failFrom(0);
    auto loaded = store.value()->load();
    REQUIRE(loaded);
    CHECK(viewsIn(loaded.value()) == 2);
}

TEST_CASE("checking files as HR does names what is wrong with each")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage, clock);
    REQUIRE(store.value()->save(progressWithViews(1)));
    const fs::path file = (folder.path() / "E1.xml");
    CHECK(checkProgressFile(file, testKey(), storage).valid());
    CHECK(checkProgressFile(folder.path() / "nobody.xml", testKey(), storage).status == ProgressCheck::Status::Missing);
    writeFile(folder.path() / "E1.xml.plain", serializeProgress(progressWithViews(1), {}));
    CHECK(checkProgressFile(folder.path() / "E1.xml.plain", testKey(), storage).status == ProgressCheck::Status::Unsigned);
    std::array<std::uint8_t, OrganisationKey::kBytes> otherBytes{};
    CHECK(checkProgressFile(file, OrganisationKey(otherBytes), storage).status == ProgressCheck::Status::OtherKey);
    // A verified file holding another learner than its name says is not intact: a swap.
    fs::copy_file(file, folder.path() / "E2.xml");
    const ProgressCheck swapped = checkProgressFile(folder.path() / "E2.xml", testKey(), storage);
    CHECK(swapped.status == ProgressCheck::Status::WrongLearner);
    CHECK(swapped.problem == "holds the records of learner 'E1', but its name says 'E2': a file renamed, swapped or copied over another");
    fs::copy_file(file, folder.path() / "copy.txt");
    CHECK(checkProgressFile(folder.path() / "copy.txt", testKey(), storage).status == ProgressCheck::Status::WrongLearner);
}
