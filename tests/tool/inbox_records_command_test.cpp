// Inbox exercise runs through mamori-tool: `progress show` lists each run with its actions, and
// `records items` gives each message's statistics after HR's ingest.

#include "inbox_fixture.hpp"
#include "tool_fixture.hpp"

#include "mamori/lessons/loader.hpp"
#include "mamori/records/organisation_key.hpp"
#include "mamori/records/progress_store.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/learner_session.hpp"

#include <doctest/doctest.h>

namespace lessons = mamori::lessons;
namespace records = mamori::records;
namespace scoring = mamori::scoring;
using namespace mamori::tool;
using namespace mamori::test;
using namespace std::chrono_literals;
using mamori::scoring::InboxAction;

namespace {

const scoring::Timestamp kStart = std::chrono::sys_days(std::chrono::year(2026) / 4 / 1) + 9h;

/// HR's organisation with a pack holding the inbox exercise (in its own packs folder) and a
/// learner E1 who opened the attack's link, marked its sender and reported it, then marked the
/// five other messages safe, ten seconds apart.
struct InboxOrganisation : RecordsOrganisation {
    std::filesystem::path packs = folder.path() / "packs";
    std::shared_ptr<const lessons::Pack> pack;

    InboxOrganisation()
    {
        folder.write("packs/test/pack.xml", packXml(inboxXml()));
        const auto loaded = lessons::loadPackFromMemory(packXml(inboxXml()), "pack.xml", {});
        REQUIRE(loaded.ok());
        pack = loaded.pack;
        auto key = records::loadOrganisationKey(this->key());
        REQUIRE(key);
        records::PosixStorage storage;
        scoring::FakeClock clock{kStart};
        auto store = records::ProgressStore::open(progressFolder(), "E1", key.value().key, storage, clock);
        REQUIRE(store);
        auto progress = store.value()->load();
        REQUIRE(progress);
        scoring::LearnerSession session(std::move(store.value()), std::move(progress.value().progress), clock);
        REQUIRE(session.startInbox(*pack, "inbox"));
        auto act = [&](const std::string& message, InboxAction action, const std::string& target = {}) {
            clock.advance(10s);
            REQUIRE(session.actOnMessage(*pack, "inbox", message, action, target));
        };
        act("m-bad", InboxAction::OpenLink, "l-pay");
        act("m-bad", InboxAction::MarkClue, "sender");
        act("m-bad", InboxAction::Report);
        for (int i = 1; i <= 5; ++i) act("m-ok" + std::to_string(i), InboxAction::MarkSafe);
    }
};

} // namespace

TEST_CASE("progress show lists an inbox run with its score and every action")
{
    InboxOrganisation org;
    const Run shown = tool(runProgress, {"show", "--key-file", org.key(), org.progressFile()});
    CHECK(shown.status == kExitOk);
    // m-bad: reported 2 + a clue 1 − its link opened 2 = 1; five safe: 5. Of 2 + 5 (clues are a bonus on top).
    CHECK(
        shown.out.find("  inbox inbox, run 1 (pack 1.0), started 2026-04-01T09:00:00Z, finished 2026-04-01T09:01:20Z: "
                       "85.71% (6/7) PASSED\n") != std::string::npos);
    CHECK(shown.out.find("    2026-04-01T09:00:10Z  m-bad: open-link l-pay\n") != std::string::npos);
    CHECK(shown.out.find("    2026-04-01T09:00:20Z  m-bad: mark sender\n") != std::string::npos);
    CHECK(shown.out.find("    2026-04-01T09:00:30Z  m-bad: report\n") != std::string::npos);
    CHECK(shown.out.find("  completed inbox inbox on 2026-04-01T09:01:20Z (pack 1.0)\n") != std::string::npos);
}

TEST_CASE("records items gives each inbox message's statistics, graded over the pack in --packs")
{
    InboxOrganisation org;
    REQUIRE(org.records({"ingest", "--packs", org.packs.string()}).status == kExitOk);
    const Run items = org.records({"items", "--pack", "test", "--packs", org.packs.string()});
    CHECK(items.status == kExitOk);
    INFO(items.out);
    CHECK(items.out.find("inbox inbox (pack test, all versions; first runs)") != std::string::npos);
    CHECK(items.out.find("m-bad") != std::string::npos);
    CHECK(items.out.find("malicious") != std::string::npos);
    CHECK(items.out.find("sender:100%") != std::string::npos);
    CHECK(items.out.find("link:l-pay:0%") != std::string::npos);
    CHECK(items.out.find("most get it wrong") != std::string::npos); // the only learner opened the attack's link
    CHECK(items.out.find("m-ok5") != std::string::npos);
    CHECK(items.out.find("E1") == std::string::npos); // no names for trainers
}
