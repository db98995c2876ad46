// The organisation generator: the intended states verify or fail as HR's checks would find
// them, the same seed gives the same bytes, and a round of advance moves the asked share on.

#include "org_generator.hpp"
#include "org_people.hpp"
#include "test_support.hpp"

#include "mamori/records/progress_check.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/signing.hpp"
#include "mamori/records/storage.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <fstream>
#include <map>
#include <sstream>

using namespace mamori;
using namespace mamori::test;
using Status = records::ProgressCheck::Status;
namespace fs = std::filesystem;

namespace {

records::OrganisationKey organisationKey()
{
    std::array<std::uint8_t, records::OrganisationKey::kBytes> bytes{};
    bytes.fill(7);
    return records::OrganisationKey(bytes);
}

OrgOptions optionsFor(const fs::path& dataDir, int learners)
{
    OrgOptions options;
    options.learners = learners;
    options.seed = 20260630;
    options.packsDir = shippedPacksDir();
    options.dataDir = dataDir;
    options.key = organisationKey();
    return options;
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

/// Every file in the progress folder, name → bytes.
std::map<std::string, std::string> filesIn(const fs::path& dataDir)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(dataDir / "progress")) {
        files[entry.path().filename().string()] = readFile(entry.path());
    }
    return files;
}

records::ProgressCheck check(const OrgOptions& options, int index)
{
    records::PosixStorage storage;
    return records::checkProgressFile(options.dataDir / "progress" / (learnerIdAt(index) + ".xml"), options.key,
                                      storage);
}

bool completedAll(const scoring::LearnerProgress& progress)
{
    for (const char* id : {"basics", "telework", "targeted-attacks", "departing"}) {
        const scoring::PackProgress* pack = progress.findPack(id);
        if (!pack || !pack->completion(scoring::Completion::Kind::Pack, id)) return false;
    }
    return true;
}

bool failedAnAttempt(const scoring::LearnerProgress& progress)
{
    for (const auto& [id, pack] : progress.packs) {
        for (const scoring::AttemptRecord& a : pack.attempts) {
            if (a.isFinished() && !a.passed) return true;
        }
    }
    return false;
}

/// The shortest time a ten-answer attempt took from its first answer to its last, in seconds.
std::int64_t quickestTenAnswers(const scoring::LearnerProgress& progress)
{
    std::int64_t quickest = INT64_MAX;
    for (const auto& [id, pack] : progress.packs) {
        for (const scoring::AttemptRecord& a : pack.attempts) {
            if (a.steps.size() != 10) continue;
            quickest = std::min<std::int64_t>(quickest, (a.steps.back().at - a.steps.front().at).count());
        }
    }
    return quickest;
}

} // namespace

TEST_CASE("a generated organisation has its shares of states, and each file verifies or fails as its state says")
{
    TemporaryDirectory folder;
    OrgOptions options = optionsFor(folder.path(), 200);
    options.rosterFile = folder.path() / "roster.csv";
    const OrgSummary summary = generateOrganisation(options);
    const StateAssignment states(options.shares, options.learners, options.seed);

    CHECK(summary.count(LearnerState::Complete) == 142); // 71 % of 200
    CHECK(summary.count(LearnerState::NotStarted) == 10);
    for (LearnerState state : allLearnerStates()) {
        CAPTURE(learnerStateName(state));
        CHECK(summary.count(state) == states.count(state));
        CHECK(summary.count(state) >= 2); // even the 1 % states are there
    }
    CHECK(summary.ranOutOfDays == 0);
    CHECK(summary.filesWritten == static_cast<int>(filesIn(folder.path()).size()));

    int withReviews = 0, withRuns = 0, withFailures = 0;
    for (int i = 0; i < options.learners; ++i) {
        const LearnerState state = states.of(i);
        CAPTURE(learnerIdAt(i));
        CAPTURE(learnerStateName(state));
        const records::ProgressCheck c = check(options, i);
        switch (state) {
        case LearnerState::NotStarted: CHECK(c.status == Status::Missing); continue;
        case LearnerState::Tampered: CHECK(c.status == Status::Tampered); continue;
        case LearnerState::OtherKey: CHECK(c.status == Status::OtherKey); continue;
        case LearnerState::Swapped:
            REQUIRE(c.status == Status::WrongLearner);
            CHECK(readFile(options.dataDir / "progress" / (c.progress->learnerId + ".xml")) ==
                  readFile(options.dataDir / "progress" / (learnerIdAt(i) + ".xml"))); // a colleague's file, copied
            continue;
        default: break;
        }
        REQUIRE(c.status == Status::Valid);
        const scoring::LearnerProgress& progress = *c.progress;
        CHECK_FALSE(progress.displayName.empty());
        CHECK(c.history.head.generation >= 10);
        CHECK_FALSE(c.history.checkpoints.empty());
        const bool restored =
            !c.history.events.empty() && c.history.events.back().kind == records::HistoryEvent::Kind::Restored;
        CHECK(restored == (state == LearnerState::Restored));
        CHECK(fs::exists(options.dataDir / "progress" / (learnerIdAt(i) + ".xml.bak")) == restored);
        CHECK(completedAll(progress) == (state != LearnerState::InProgress && state != LearnerState::Failing));
        if (state == LearnerState::Failing) CHECK(failedAnAttempt(progress));
        if (state == LearnerState::Fast) CHECK(quickestTenAnswers(progress) < 20);
        if (state == LearnerState::Complete) CHECK(quickestTenAnswers(progress) >= 9 * 5); // 5 to 90 s apart
        if (state == LearnerState::Stale) {
            CHECK(progress.findPack("basics")->completion(scoring::Completion::Kind::Pack, "basics")->at <
                  scoring::Timestamp{std::chrono::sys_days{std::chrono::year{2025} / 7 / 1}.time_since_epoch()});
        }
        for (const auto& [id, pack] : progress.packs) {
            withReviews += pack.reviews.empty() ? 0 : 1;
            withRuns += pack.runs.empty() ? 0 : 1;
        }
        withFailures += failedAnAttempt(progress) ? 1 : 0;
    }
    CHECK(withReviews > 20);
    CHECK(withRuns > 300);
    CHECK(withFailures > 20);
    const double averageBytes = static_cast<double>(summary.bytesWritten) / summary.filesWritten;
    CHECK(averageBytes > 15'000);
    CHECK(averageBytes < 40'000);

    const std::string roster = readFile(options.rosterFile);
    CHECK(roster.starts_with("\xEF\xBB\xBF社員番号,氏名,部署,上長,入社日,割当\r\n"));
    CHECK(std::count(roster.begin(), roster.end(), '\n') == 201);
    CHECK(roster.find("\r\nE000002,") != std::string::npos);
    CHECK(roster.find("basics:2026-06-30:1y;telework:2026-06-30;") != std::string::npos);
    CHECK(roster.find("basics:hire+30d:1y;") != std::string::npos);
}

TEST_CASE("the same seed gives the same files byte for byte, whatever the number of threads")
{
    TemporaryDirectory one, two, other;
    OrgOptions options = optionsFor(one.path(), 24);
    options.shares = {3, 1, 1, 1, 1, 1, 1, 1, 1, 1}; // two of each odd case among 24
    options.threads = 1;
    generateOrganisation(options);
    options.dataDir = two.path();
    options.threads = 2;
    generateOrganisation(options);
    const auto first = filesIn(one.path());
    CHECK(first.size() == 24 - 2 + 2); // not started: none; restored: a backup each
    CHECK(first == filesIn(two.path()));

    options.dataDir = other.path();
    options.seed += 1;
    options.learners = 3;
    generateOrganisation(options);
    CHECK(filesIn(other.path()).at("E000001.xml") != first.at("E000001.xml"));
}

TEST_CASE("advancing moves the asked share of learners on by a day, and their files continue their histories")
{
    TemporaryDirectory folder;
    const OrgOptions options = optionsFor(folder.path(), 60);
    generateOrganisation(options);
    const auto before = filesIn(folder.path());

    const OrgSummary summary = advanceOrganisation(options, 20.0, 1);
    const auto after = filesIn(folder.path());
    const StateAssignment states(options.shares, options.learners, options.seed);
    int changed = 0;
    for (int i = 0; i < options.learners; ++i) {
        const std::string name = learnerIdAt(i) + ".xml";
        const auto old = before.find(name);
        const auto now = after.find(name);
        if (now == after.end() || (old != before.end() && old->second == now->second)) continue;
        ++changed;
        CAPTURE(name);
        CHECK((fileVerifies(states.of(i)) || states.of(i) == LearnerState::NotStarted));
        const records::ProgressCheck c = check(options, i);
        REQUIRE(c.valid());
        if (old == before.end()) continue; // started today
        // The copy seen before, as an index that kept it would hold it.
        auto previous = records::parseProgress(records::verifySignature(old->second, options.key).content, name);
        REQUIRE(previous);
        CHECK(records::compareLineage(previous.value().history, c.history).lineage == records::Lineage::Descendant);
    }
    CHECK(changed == summary.filesWritten);
    for (LearnerState never : {LearnerState::Tampered, LearnerState::Swapped, LearnerState::OtherKey})
        CHECK(summary.count(never) == 0);
    CHECK(changed == 12); // 20 % of 60

    // The same round again picks the same learners, and trains them later still.
    CHECK(advanceOrganisation(options, 20.0, 1).filesWritten == 12);
    for (const auto& [name, bytes] : filesIn(folder.path())) {
        if (!name.ends_with(".xml") || after.at(name) == bytes) continue;
        auto earlier = records::parseProgress(records::verifySignature(after.at(name), options.key).content, name);
        auto now = records::parseProgress(records::verifySignature(bytes, options.key).content, name);
        REQUIRE(earlier);
        REQUIRE(now);
        CHECK(records::compareLineage(earlier.value().history, now.value().history).lineage ==
              records::Lineage::Descendant);
    }
}
