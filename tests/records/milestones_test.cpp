// What a save history keeps a checkpoint for: each finished attempt, scenario run and inbox run,
// passed or failed, and each completion; nothing unfinished.

#include "mamori/records/milestones.hpp"

#include <doctest/doctest.h>

using namespace mamori::records;
using namespace mamori::scoring;

TEST_CASE("a finished inbox run is a milestone whether it passed or failed; an open one is not")
{
    const Timestamp start = *parseTimestamp("2026-06-01T09:00:00Z");
    LearnerProgress progress;
    PackProgress& pack = progress.packs["targeted-attacks"];
    pack.packId = "targeted-attacks";
    InboxRunRecord failed;
    failed.inboxId = "inbox-targeted-week";
    failed.started = start;
    failed.finished = start + std::chrono::minutes(20);
    failed.percent = 46.2;
    InboxRunRecord open = failed;
    open.number = 2;
    open.finished.reset();
    pack.inboxRuns = {failed, open};

    const auto milestones = milestonesOf(progress);
    REQUIRE(milestones.size() == 1);
    CHECK(milestones.begin()->first == "targeted-attacks/inbox/inbox-targeted-week/1");
    CHECK(milestones.begin()->second == "targeted-attacks: inbox inbox-targeted-week, run 1 finished (46%, failed)");

    pack.inboxRuns[1].finished = start + std::chrono::minutes(50);
    pack.inboxRuns[1].percent = 92;
    pack.inboxRuns[1].passed = true;
    pack.completions.push_back({Completion::Kind::Inbox, "inbox-targeted-week", start + std::chrono::minutes(50), "1.2.0"});
    const auto later = milestonesOf(progress);
    CHECK(later.size() == 3);
    CHECK(later.at("targeted-attacks/inbox/inbox-targeted-week/2") == "targeted-attacks: inbox inbox-targeted-week, run 2 finished (92%, passed)");
    CHECK(later.count("targeted-attacks/completed/inbox/inbox-targeted-week") == 1);
}
