// xAPI statements of an inbox exercise run: attempted, one statement per action on a message
// (the registry's verb where one says the action, else Mamori's), passed or failed, and the
// inbox's completion; each keeps xAPI 1.0.3's rules.

#include "xapi_statements.hpp"
#include "xapi_validator.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace mamori;
using namespace mamori::records;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

constexpr const char* kHome = "https://learning.example.com";
const scoring::Timestamp kAt = scoring::Timestamp(1780000000s); // 2026-05-28T20:26:40Z

IndexedLearner learnerWithInboxRun()
{
    IndexedInboxRun run;
    run.inboxId = "inbox";
    run.packVersion = "1.2";
    run.number = 2;
    run.started = kAt;
    run.finished = kAt + 300s;
    run.score = 9;
    run.maxScore = 11;
    run.percent = 81.8;
    run.passed = true;
    run.actions = {{"m-bad", scoring::InboxAction::Open, "", kAt + 10s},
                   {"m-bad", scoring::InboxAction::MarkClue, "link:l-pay", kAt + 20s},
                   {"m-bad", scoring::InboxAction::Report, "", kAt + 30s},
                   {"m-ok1", scoring::InboxAction::OpenAttachment, "ok1-a", kAt + 40s},
                   {"m-ok1", scoring::InboxAction::Delete, "", kAt + 50s}};
    IndexedPack pack;
    pack.packId = "attacks";
    pack.lastVersion = "1.2";
    pack.inboxRuns = {run};
    pack.completions = {{scoring::Completion::Kind::Inbox, "inbox", kAt + 300s, "1.2"}};
    return IndexedLearner{"E1", std::string("山田 花子"), {pack}, std::nullopt};
}

} // namespace

TEST_CASE("an inbox run is attempted, each action a statement on its message, then passed; the inbox is completed")
{
    const std::vector<json> statements = xapi::learnerStatements(learnerWithInboxRun(), xapi::Site(kHome));
    REQUIRE(statements.size() == 8); // attempted, five actions, passed, the completion
    std::set<std::string> ids;
    for (const json& s : statements) {
        CHECK(test::xapiProblems(s).empty());
        ids.insert(s.at("id").get<std::string>());
    }
    CHECK(ids.size() == statements.size());

    const std::string inbox = std::string(kHome) + "/xapi/packs/attacks/inboxes/inbox";
    CHECK(statements[0].at("verb").at("id") == "http://adlnet.gov/expapi/verbs/attempted");
    CHECK(statements[0].at("object").at("id") == inbox);
    CHECK(statements[0].at("object").at("definition").at("type") == "http://adlnet.gov/expapi/activities/simulation");

    const json& opened = statements[1];
    CHECK(opened.at("verb").at("id") == "http://activitystrea.ms/schema/1.0/open");
    CHECK(opened.at("object").at("id") == inbox + "/messages/m-bad");
    CHECK(opened.at("object").at("definition").at("type") == "http://adlnet.gov/expapi/activities/interaction");
    CHECK(opened.at("timestamp") == "2026-05-28T20:26:50Z");
    CHECK(opened.at("context").at("contextActivities").at("parent")[0].at("id") == inbox);
    CHECK(opened.at("context").at("registration") == statements[0].at("context").at("registration"));
    CHECK(opened.at("result").at("extensions").at(std::string(kHome) + "/xapi/extensions/inbox-action") == "open");
    CHECK_FALSE(opened.at("result").contains("response"));

    const json& marked = statements[2];
    CHECK(marked.at("verb").at("id") == std::string(kHome) + "/xapi/verbs/marked-clue");
    CHECK(marked.at("result").at("response") == "link:l-pay");
    CHECK(marked.at("result").at("extensions").at(std::string(kHome) + "/xapi/extensions/target") == "link:l-pay");
    CHECK(statements[3].at("verb").at("id") == std::string(kHome) + "/xapi/verbs/reported");
    CHECK(statements[4].at("verb").at("id") == std::string(kHome) + "/xapi/verbs/opened-attachment");
    CHECK(statements[4].at("object").at("id") == inbox + "/messages/m-ok1");
    CHECK(statements[4].at("result").at("response") == "ok1-a");
    CHECK(statements[5].at("verb").at("id") == "http://activitystrea.ms/schema/1.0/delete");

    const json& passed = statements[6];
    CHECK(passed.at("verb").at("id") == "http://adlnet.gov/expapi/verbs/passed");
    CHECK(passed.at("object").at("id") == inbox);
    CHECK(passed.at("result").at("success") == true);
    CHECK(passed.at("result").at("score").at("raw") == 9);
    CHECK(passed.at("result").at("score").at("max") == 11);
    CHECK(passed.at("result").at("duration") == xapi::isoDuration(300));
    CHECK(passed.at("timestamp") == "2026-05-28T20:31:40Z");

    const json& completed = statements[7];
    CHECK(completed.at("verb").at("id") == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(completed.at("object").at("id") == inbox);

    // Exporting again gives the same ids: an LRS keeps one copy.
    CHECK(xapi::learnerStatements(learnerWithInboxRun(), xapi::Site(kHome)) == statements);
}

TEST_CASE("an unfinished inbox run has its attempt and actions and no result")
{
    IndexedLearner learner = learnerWithInboxRun();
    IndexedInboxRun& run = learner.packs[0].inboxRuns[0];
    run.finished.reset();
    run.score.reset();
    run.maxScore.reset();
    run.percent.reset();
    run.passed.reset();
    learner.packs[0].completions.clear();
    const std::vector<json> statements = xapi::learnerStatements(learner, xapi::Site(kHome));
    REQUIRE(statements.size() == 6);
    CHECK(statements.back().at("verb").at("id") == "http://activitystrea.ms/schema/1.0/delete");
}
