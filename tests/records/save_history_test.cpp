// Save histories: a file that was rolled back, forked, restored from its backup or swapped
// is evident, to the learner's own Mamori where it can be and to anyone holding an earlier
// copy; a crash never looks like any of these.

#include "failing_storage.hpp"
#include "mamori/records/progress_check.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/progress_store.hpp"
#include "mamori/records/signing.hpp"
#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

/// A learner's progress folder and the copies someone kept of their file.
struct Learner {
    TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock{kStart};
    fs::path file() const { return folder.path() / "E1.xml"; }
    fs::path backup() const { return folder.path() / "E1.xml.bak"; }

    /// Saves `n` more page views in one session.
    void viewPages(int from, int to)
    {
        auto store = openStore(folder.path(), storage, clock);
        REQUIRE(store->load());
        for (int views = from; views <= to; ++views) {
            clock.advance(1min);
            REQUIRE(store->save(progressWithViews(views)));
        }
    }
    ProgressCheck check(const fs::path& path) { return checkProgressFile(path, testKey(), storage); }
    /// Keeps a copy of the file as it is now, as HR's index or a learner might.
    fs::path keepCopy(const std::string& name)
    {
        const fs::path copy = folder.path() / ("E1.xml.rejected-copy-" + name);
        fs::copy_file(file(), copy);
        return copy;
    }
};

} // namespace

TEST_CASE("every save is one generation on, and a checkpoint remembers each finished attempt and completion")
{
    TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    const QuizFixture fixture;
    auto session = openSession(folder.path(), storage, clock);
    REQUIRE(session->viewPage(fixture.pack(), "lesson", "p1"));
    REQUIRE(session->viewPage(fixture.pack(), "lesson", "p2"));   // completes the lesson
    REQUIRE(session->startQuiz(fixture.pack(), "quiz", 7));
    clock.advance(5min);
    REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));
    const ProgressCheck check = checkProgressFile(folder.path() / "E1.xml", testKey(), storage);
    REQUIRE(check.valid());
    const SaveHistory& h = check.history;
    CHECK(h.head.generation == 4);
    CHECK(h.recent.size() == 3);
    REQUIRE(h.checkpoints.size() == 2);
    CHECK(h.checkpoints[0].save.generation == 2);
    CHECK(h.checkpoints[0].what == "test: completed lesson lesson");
    CHECK(h.checkpoints[1].save.generation == 4);
    CHECK(h.checkpoints[1].at == kStart + 5min);
    CHECK(h.checkpoints[1].what == "test: quiz quiz, attempt 1 submitted (0%, failed)");
    CHECK(h.events.empty());
}

TEST_CASE("a file only ever remembers its last 32 saves besides its checkpoints")
{
    Learner learner;
    learner.viewPages(1, 40);
    const ProgressCheck check = learner.check(learner.file());
    CHECK(check.history.head.generation == 40);
    CHECK(check.history.recent.size() == 32);
    CHECK(check.history.recent.front().generation == 8);
    CHECK(check.history.recent.back().generation == 39);
}

TEST_CASE("a later file continues an earlier copy; a copy put back is rolled back; another copy continued is forked")
{
    Learner learner;
    learner.viewPages(1, 3);
    const SaveHistory atThree = learner.check(learner.file()).history;
    const fs::path copyAtThree = learner.keepCopy("3");
    learner.viewPages(4, 10);
    const SaveHistory atTen = learner.check(learner.file()).history;

    CHECK(compareLineage(atThree, atThree).lineage == Lineage::Same);
    const LineageVerdict onward = compareLineage(atThree, atTen);
    CHECK(onward.lineage == Lineage::Descendant);
    CHECK(onward.exact);
    CHECK(onward.explanation == "continues the copy seen before (save 3 to save 10)");

    const LineageVerdict back = compareLineage(atTen, atThree);
    CHECK(back.lineage == Lineage::Behind);
    CHECK(back.explanation == "the file is at save 3, but the copy seen before was already at save 10: an older copy was put back");

    // The learner puts the old copy back, removes the backup that would betray it, and goes on.
    fs::copy_file(copyAtThree, learner.file(), fs::copy_options::overwrite_existing);
    fs::remove(learner.backup());
    learner.viewPages(4, 12);
    const SaveHistory forked = learner.check(learner.file()).history;
    CHECK(forked.head.generation == 12);   // further than what was seen, yet not its continuation
    const LineageVerdict verdict = compareLineage(atTen, forked);
    CHECK(verdict.lineage == Lineage::Forked);
    CHECK(verdict.explanation == "the two histories differ at save 10: another copy of the file was continued");
    CHECK(compareLineage(atThree, forked).lineage == Lineage::Descendant);   // both grew from save 3

    // A file with no history at all, where a history was seen, is an old copy too.
    CHECK(compareLineage(atTen, SaveHistory{}).lineage == Lineage::Behind);
    CHECK(compareLineage(SaveHistory{}, atTen).lineage == Lineage::Unknown);
}

TEST_CASE("copies too old to be remembered are judged by their checkpoints")
{
    Learner learner;
    const QuizFixture fixture;
    SaveHistory early;
    {
        auto session = openSession(learner.folder.path(), learner.storage, learner.clock);
        REQUIRE(session->startQuiz(fixture.pack(), "quiz", 7));
        REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));   // a checkpoint at save 2
        REQUIRE(session->viewPage(fixture.pack(), "lesson", "p1"));
        early = learner.check(learner.file()).history;          // save 3
        REQUIRE(session->startQuiz(fixture.pack(), "quiz", 8));
        for (int i = 0; i < 40; ++i) REQUIRE(session->setDisplayName("Learner " + std::to_string(i)));   // a save each
    }
    const SaveHistory later = learner.check(learner.file()).history;
    CHECK(later.head.generation == 44);
    const LineageVerdict verdict = compareLineage(early, later);
    CHECK(verdict.lineage == Lineage::Descendant);
    CHECK_FALSE(verdict.exact);
    // An earlier copy whose checkpoint the file no longer has: forked.
    SaveHistory other = early;
    other.checkpoints[0].save.value = std::string(64, '0');
    CHECK(compareLineage(other, later).lineage == Lineage::Forked);
}

TEST_CASE("deleting the main file brings back the backup, but never silently: the restore is signed into the records")
{
    TemporaryDirectory folder;
    PosixStorage storage;
    FakeClock clock(kStart);
    const QuizFixture fixture("pass-mark=\"50\" attempts=\"1\"");
    {
        auto session = openSession(folder.path(), storage, clock);
        REQUIRE(session->startQuiz(fixture.pack(), "quiz", 7));
        REQUIRE(session->submitQuiz(fixture.pack(), "quiz"));   // failed, and no attempt left
        CHECK(session->startQuiz(fixture.pack(), "quiz").refusal().code == RefusalCode::NoAttemptsLeft);
    }
    // The learner deletes the file, hoping the backup reopens the attempt.
    fs::remove(folder.path() / "E1.xml");
    clock.advance(1h);
    auto store = openStore(folder.path(), storage, clock);
    auto loaded = store->load();
    REQUIRE(loaded);
    REQUIRE(loaded.value().notices.size() == 1);
    CHECK(loaded.value().notices[0].starts_with(
        "Your progress file had a problem: the progress file was missing while its backup was there (a save never leaves it so)"));
    // The attempt is open again, as the backup had it; but the event is already on disk, signed.
    CHECK_FALSE(loaded.value().progress.packs.at("test").attempts[0].isFinished());
    const ProgressCheck check = checkProgressFile(folder.path() / "E1.xml", testKey(), storage);
    REQUIRE(check.valid());
    REQUIRE(check.history.events.size() == 1);
    const HistoryEvent& event = check.history.events[0];
    CHECK(event.kind == HistoryEvent::Kind::Restored);
    CHECK(event.at == kStart + 1h);
    CHECK(event.generation == 2);   // the backup was save 1; the restore is saved as save 2
    CHECK(event.detail ==
          "the progress file was missing while its backup was there (a save never leaves it so); the backup (save 1) was restored");
    CHECK(check.history.checkpoints.back().what == "restored");
}

TEST_CASE("an older signed copy put back over the file is caught by its own backup: the backup is used and the copy kept aside")
{
    Learner learner;
    learner.viewPages(1, 2);
    const fs::path old = learner.keepCopy("2");
    learner.viewPages(3, 8);   // file: save 8, backup: save 7
    fs::copy_file(old, learner.file(), fs::copy_options::overwrite_existing);
    learner.clock.advance(1h);
    auto store = openStore(learner.folder.path(), learner.storage, learner.clock);
    auto loaded = store->load();
    REQUIRE(loaded);
    CHECK(loaded.value().progress.packs.at("tour").pageViews.size() == 7);   // the backup, not the old copy
    const ProgressCheck check = learner.check(learner.file());
    REQUIRE(check.valid());
    REQUIRE(check.history.events.size() == 1);
    CHECK(check.history.events[0].detail ==
          "the progress file was older than its backup (the file is at save 2, but the copy seen before was already at save 7: "
          "an older copy was put back); it was kept as E1.xml.rejected-2026-04-01T10-08-00Z; the backup (save 7) was restored");
    CHECK(readFile(learner.folder.path() / "E1.xml.rejected-2026-04-01T10-08-00Z") == readFile(old));
}

TEST_CASE("a backup from another history is kept aside, and that is recorded")
{
    Learner learner;
    learner.viewPages(1, 3);
    const fs::path fork = learner.keepCopy("3");
    learner.viewPages(4, 5);
    // Someone continues the copy elsewhere and puts its save as the backup.
    TemporaryDirectory elsewhere;
    fs::copy_file(fork, elsewhere.path() / "E1.xml");
    {
        auto store = openStore(elsewhere.path(), learner.storage, learner.clock);
        REQUIRE(store->load());
        REQUIRE(store->save(progressWithViews(9)));
    }
    fs::copy_file(elsewhere.path() / "E1.xml", learner.backup(), fs::copy_options::overwrite_existing);   // save 4 of another history
    auto store = openStore(learner.folder.path(), learner.storage, learner.clock);
    auto loaded = store->load();
    REQUIRE(loaded);
    CHECK(loaded.value().progress.packs.at("tour").pageViews.size() == 5);
    const ProgressCheck check = learner.check(learner.file());
    REQUIRE(check.history.events.size() == 1);
    CHECK(check.history.events[0].kind == HistoryEvent::Kind::SetAside);
    CHECK(check.history.events[0].detail.starts_with("the backup did not belong to this file's history (the two histories differ at save 4"));
    CHECK(readFile(learner.folder.path() / "E1.xml.bak.rejected-2026-04-01T09-05-00Z") == readFile(elsewhere.path() / "E1.xml"));
}

TEST_CASE("a file written before save histories starts one at its next save, and says so")
{
    Learner learner;
    writeFile(learner.file(), signContent(serializeProgress(progressWithViews(2), {}), testKey()));
    CHECK_FALSE(learner.check(learner.file()).history.started());
    learner.viewPages(3, 3);
    const SaveHistory h = learner.check(learner.file()).history;
    CHECK(h.head.generation == 1);
    REQUIRE(h.events.size() == 1);
    CHECK(h.events[0].kind == HistoryEvent::Kind::ChainStarted);
    CHECK(h.events[0].generation == 1);
    CHECK(h.events[0].detail == "this file was written by a Mamori without save histories; its history starts here");
    learner.viewPages(4, 4);
    CHECK(learner.check(learner.file()).history.events.size() == 1);   // noted once
}

TEST_CASE("the store never writes what a reader would refuse: such a save is refused and the files stay as they were")
{
    Learner learner;
    learner.viewPages(1, 1);
    const std::string before = readFile(learner.file());
    auto store = openStore(learner.folder.path(), learner.storage, learner.clock);
    REQUIRE(store->load());
    // Records that bypassed the session's input checks.
    LearnerProgress hostile = progressWithViews(2);
    hostile.displayName = "bad\x01name";
    auto refused = store->save(hostile);
    REQUIRE_FALSE(refused);
    CHECK(refused.refusal().code == RefusalCode::NotReadableBack);
    CHECK(refused.refusal().message ==
          "nothing was saved, because the file could not be read back: E1.xml:2: error: 'name' contains a control character (U+0001)");
    hostile.displayName = std::string(5000, 'n');
    CHECK(store->save(hostile).refusal().code == RefusalCode::NotReadableBack);
    hostile = progressWithViews(2);
    hostile.pack("tour").attempts.push_back(AttemptRecord{});
    hostile.pack("tour").attempts.back().quizId = "q";
    hostile.pack("tour").attempts.back().started = kStart;
    hostile.pack("tour").attempts.back().finished = Timestamp{} + std::chrono::years(9000);   // year 10970
    CHECK(store->save(hostile).refusal().code == RefusalCode::NotReadableBack);
    learner.clock.set(kLatestNow + 1s);
    CHECK(store->save(progressWithViews(2)).refusal().code == RefusalCode::BadClock);
    CHECK(readFile(learner.file()) == before);
}
