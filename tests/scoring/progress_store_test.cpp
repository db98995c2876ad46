// The progress store on disk: atomic saves with a backup, falling back when the main file
// is damaged, refusing when nothing valid is left, locking out a second process, and a
// full disk that loses nothing.

#include "failing_storage.hpp"
#include "mamori/scoring/learner_id.hpp"
#include "mamori/scoring/progress_file.hpp"
#include "mamori/scoring/progress_store.hpp"
#include "test_support.hpp"

#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

LearnerProgress progressWithViews(int views)
{
    LearnerProgress p;
    p.learnerId = "E1";
    p.created = kStart;
    for (int i = 0; i < views; ++i) p.pack("tour").pageViews.push_back({"l", "p" + std::to_string(i), kStart});
    return p;
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFile(const fs::path& file, const std::string& content)
{
    std::ofstream(file, std::ios::binary) << content;
}

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
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    CHECK(ProgressStore::open(folder.path(), "../escape", testKey(), storage).refusal().code == "bad-learner-id");
}

TEST_CASE("a new learner starts empty — saves keep the previous generation as the backup")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage);
    REQUIRE(store);
    auto loaded = store.value()->load(kStart);
    REQUIRE(loaded);
    CHECK_FALSE(loaded.value().existed);
    CHECK(loaded.value().progress.learnerId == "E1");

    REQUIRE(store.value()->save(progressWithViews(1)));
    CHECK_FALSE(fs::exists(store.value()->paths().backup));
    REQUIRE(store.value()->save(progressWithViews(2)));
    CHECK(checkProgressFile(store.value()->paths().file, testKey(), storage).progress->packs.at("tour").pageViews.size() == 2);
    CHECK(checkProgressFile(store.value()->paths().backup, testKey(), storage).progress->packs.at("tour").pageViews.size() == 1);
    CHECK_FALSE(fs::exists(store.value()->paths().file.string() + ".tmp"));

    auto reloaded = store.value()->load(kStart);
    REQUIRE(reloaded);
    CHECK(reloaded.value().existed);
    CHECK(viewsIn(reloaded.value()) == 2);
}

TEST_CASE("a tampered main file falls back to the backup and is kept aside as evidence")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage);
    REQUIRE(store);
    REQUIRE(store.value()->save(progressWithViews(1)));
    REQUIRE(store.value()->save(progressWithViews(2)));
    const fs::path file = store.value()->paths().file;
    std::string edited = readFile(file);
    edited.replace(edited.find("p1"), 2, "p9");  // a learner "fixes" a record by hand
    writeFile(file, edited);

    auto loaded = store.value()->load(kStart + 1h);
    REQUIRE(loaded);
    CHECK(viewsIn(loaded.value()) == 1);  // the backup's generation
    REQUIRE(loaded.value().notices.size() == 1);
    CHECK(loaded.value().notices[0] ==
          "The progress file could not be used (tampered); the previous save was restored and the rejected file kept as "
          "E1.xml.rejected-2026-04-01T10-00-00Z.");
    CHECK(readFile(folder.path() / "E1.xml.rejected-2026-04-01T10-00-00Z") == edited);
    CHECK_FALSE(fs::exists(file));
}

TEST_CASE("a main file cut off mid-write falls back to the backup")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage);
    REQUIRE(store);
    REQUIRE(store.value()->save(progressWithViews(1)));
    REQUIRE(store.value()->save(progressWithViews(2)));
    const std::string whole = readFile(store.value()->paths().file);
    writeFile(store.value()->paths().file, whole.substr(0, whole.size() / 2));
    auto loaded = store.value()->load(kStart);
    REQUIRE(loaded);
    CHECK(viewsIn(loaded.value()) == 1);
    CHECK(loaded.value().notices[0].starts_with("The progress file could not be used (the file is incomplete"));
}

TEST_CASE("when neither the file nor its backup is valid, loading is refused and nothing is touched")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage);
    REQUIRE(store);
    REQUIRE(store.value()->save(progressWithViews(1)));
    REQUIRE(store.value()->save(progressWithViews(2)));
    writeFile(store.value()->paths().file, "garbage");
    writeFile(store.value()->paths().backup, "more garbage");
    auto loaded = store.value()->load(kStart);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.refusal().code == "progress-unusable");
    CHECK(readFile(store.value()->paths().file) == "garbage");
    CHECK(readFile(store.value()->paths().backup) == "more garbage");
}

TEST_CASE("another learner's file copied over this one is not accepted as theirs")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    {
        auto other = ProgressStore::open(folder.path(), "E2", testKey(), storage);
        LearnerProgress p = progressWithViews(5);
        p.learnerId = "E2";
        REQUIRE(other.value()->save(p));
    }
    fs::copy_file(folder.path() / "E2.xml", folder.path() / "E1.xml");
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage);
    auto loaded = store.value()->load(kStart);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.refusal().message.find("belongs to learner 'E2'") != std::string::npos);
}

TEST_CASE("a second process for the same learner is refused with a clear message")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    auto first = ProgressStore::open(folder.path(), "E1", testKey(), storage);
    REQUIRE(first);
    // flock locks belong to open files, so a child process is a real second opener.
    const pid_t child = ::fork();
    if (child == 0) {
        PosixStorage childStorage;
        auto second = ProgressStore::open(folder.path(), "E1", testKey(), childStorage);
        const bool refused = !second && second.refusal().code == "locked" &&
                             second.refusal().message.find("already open in another Mamori (process " +
                                                           std::to_string(::getppid()) + ")") != std::string::npos;
        ::_exit(refused ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    first.value().reset();
    CHECK(ProgressStore::open(folder.path(), "E1", testKey(), storage));  // free again once closed
}

TEST_CASE("a full disk refuses the save and leaves the saved files as they were")
{
    mamori::test::TemporaryDirectory folder;
    mamori::test::FailingStorage storage;
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage);
    REQUIRE(store);
    REQUIRE(store.value()->save(progressWithViews(1)));
    REQUIRE(store.value()->save(progressWithViews(2)));
    const std::string mainBefore = readFile(store.value()->paths().file);
    const std::string backupBefore = readFile(store.value()->paths().backup);
    for (int failing : {1, 2}) {  // the backup step fails, or the write of the new file
        CAPTURE(failing);
        storage.failFrom(failing);
        auto saved = store.value()->save(progressWithViews(3));
        REQUIRE_FALSE(saved);
        CHECK(saved.refusal().code == "disk-full");
        CHECK(readFile(store.value()->paths().file) == mainBefore);
        if (failing == 1) CHECK(readFile(store.value()->paths().backup) == backupBefore);
    }
    storage.failFrom(0);
    auto loaded = store.value()->load(kStart);
    REQUIRE(loaded);
    CHECK(viewsIn(loaded.value()) == 2);
}

TEST_CASE("checking files as HR does names what is wrong with each")
{
    mamori::test::TemporaryDirectory folder;
    PosixStorage storage;
    auto store = ProgressStore::open(folder.path(), "E1", testKey(), storage);
    REQUIRE(store.value()->save(progressWithViews(1)));
    const fs::path file = store.value()->paths().file;
    CHECK(checkProgressFile(file, testKey(), storage).valid());
    CHECK(checkProgressFile(folder.path() / "nobody.xml", testKey(), storage).status == ProgressCheck::Status::Missing);
    writeFile(folder.path() / "plain.xml", serializeProgress(progressWithViews(1)));
    CHECK(checkProgressFile(folder.path() / "plain.xml", testKey(), storage).status == ProgressCheck::Status::Unsigned);
    std::array<std::uint8_t, OrganisationKey::kBytes> otherBytes{};
    CHECK(checkProgressFile(file, OrganisationKey(otherBytes), storage).status == ProgressCheck::Status::OtherKey);
}
