// mamori-tool records export-xapi, end to end: learners play through the real engine, HR
// ingests their files and exports xAPI statements; every statement is checked against
// xAPI 1.0.3's rules and for what it says.

#include "index_target.hpp"
#include "tool_fixture.hpp"
#include "xapi_validator.hpp"

#include "mamori/records/org_index.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>

using namespace mamori::tool;
using namespace mamori::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kHome = "https://learning.example.com";
const std::string kQuiz = std::string(kHome) + "/xapi/packs/tour/quizzes/tour-quiz";

/// An organisation on the tour pack: E1 passes, E2 fails the quiz, E3 leaves an attempt
/// unfinished, E4's file is edited by hand; HR has ingested them.
struct TourOrganisation : Learner {
    std::string index = freshIndexTarget(folder.path());

    TourOrganisation()
    {
        REQUIRE(playFile((sourceDir() / "tests/scripts/tour.play").string(), "E1").status == kExitOk);
        REQUIRE(
            play("name \"佐藤 一郎\"\nstart tour/tour-quiz seed 7\nanswer tour-q-resume false\nsubmit\nexpect failed\n",
                 "E2")
                .status == kExitOk);
        REQUIRE(play("start tour/tour-quiz seed 7\nanswer tour-q-resume true\n", "E3").status == kExitOk);
        REQUIRE(playFile((sourceDir() / "tests/scripts/tour.play").string(), "E4").status == kExitOk);
        std::string edited = readText(progressFile("E4"));
        edited.replace(edited.find("page=\"welcome\""), 14, "page=\"WELCOME\"");
        folder.write("progress/E4.xml", edited);
        REQUIRE(records({"ingest"}).status == kExitOk);
    }
    Run records(std::vector<std::string> arguments, bool withHomePage = true)
    {
        for (const std::string& option : {std::string("--db"), index, std::string("--data-dir"), folder.path().string(),
                                          std::string("--key-file"), key()}) {
            arguments.push_back(option);
        }
        if (withHomePage) arguments.insert(arguments.end(), {"--home-page", std::string(kHome) + "/"});
        return tool(runRecords, arguments);
    }
    fs::path exportTo(const std::string& name, std::vector<std::string> more = {})
    {
        const fs::path out = folder.path() / name;
        std::vector<std::string> arguments{"export-xapi", "--out", out.string()};
        arguments.insert(arguments.end(), more.begin(), more.end());
        const Run run = records(arguments);
        INFO(run.err);
        REQUIRE(run.status == kExitOk);
        last = run;
        return out;
    }
    Run last;
};

std::vector<json> statementsOf(const json& all, const std::string& learner, const std::string& verb,
                               const std::string& object)
{
    std::vector<json> found;
    for (const json& s : all) {
        if (s["actor"]["account"]["name"] == learner && s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/" + verb &&
            s["object"]["id"] == object) {
            found.push_back(s);
        }
    }
    return found;
}

} // namespace

TEST_CASE("every statement keeps xAPI 1.0.3's rules, ids are unique and the count is printed")
{
    TourOrganisation org;
    const json all = json::parse(readText(org.exportTo("statements.json")));
    REQUIRE(all.is_array());
    REQUIRE(all.size() > 10);
    CHECK(org.last.out.find("wrote " + std::to_string(all.size()) + " xAPI statements of 3 learners") !=
          std::string::npos);
    CHECK(org.last.out.find("personal data") != std::string::npos);
    std::set<std::string> ids;
    for (const json& statement : all) {
        const auto problems = xapiProblems(statement);
        INFO(statement.dump(2));
        for (const std::string& problem : problems) CHECK_MESSAGE(problems.empty(), problem);
        ids.insert(statement["id"].get<std::string>());
        CHECK(statement["actor"]["account"]["homePage"] == kHome); // the setting's trailing "/" is dropped
        CHECK(statement["object"]["id"].get<std::string>().starts_with(std::string(kHome) + "/xapi/packs/tour"));
    }
    CHECK(ids.size() == all.size());
}

TEST_CASE("a passed quiz, a failed one, the answers and the pack's completion say what happened")
{
    TourOrganisation org;
    const json all = json::parse(readText(org.exportTo("statements.json")));

    // tour.play scores 7.5 of 11 points (68 %), over the 60 % pass mark.
    const auto passed = statementsOf(all, "E1", "passed", kQuiz);
    REQUIRE(passed.size() == 1);
    CHECK(passed[0]["result"]["success"] == true);
    CHECK(passed[0]["result"]["completion"] == true);
    CHECK(passed[0]["result"]["score"]["scaled"].get<double>() == doctest::Approx(7.5 / 11));
    CHECK(passed[0]["result"]["score"]["raw"].get<double>() == doctest::Approx(7.5));
    CHECK(passed[0]["result"]["score"]["max"].get<double>() == doctest::Approx(11));
    CHECK(passed[0]["timestamp"] == "2026-04-01T09:00:00Z");
    CHECK(passed[0]["context"]["contextActivities"]["parent"][0]["id"] == std::string(kHome) + "/xapi/packs/tour");
    const json& extensions = passed[0]["context"]["extensions"];
    REQUIRE(extensions.contains(std::string(kHome) + "/xapi/extensions/pack-version"));
    CHECK(!extensions[std::string(kHome) + "/xapi/extensions/pack-version"].get<std::string>().empty());
    CHECK(statementsOf(all, "E1", "failed", kQuiz).empty());
    CHECK(statementsOf(all, "E1", "attempted", kQuiz).size() == 1);

    const auto failed = statementsOf(all, "E2", "failed", kQuiz);
    REQUIRE(failed.size() == 1);
    CHECK(failed[0]["result"]["success"] == false);
    CHECK(failed[0]["result"]["score"]["scaled"].get<double>() == doctest::Approx(0));
    CHECK(failed[0]["actor"]["name"] == "佐藤 一郎");
    CHECK(statementsOf(all, "E2", "passed", kQuiz).empty());

    // Answers: the response as given and whether it was fully right, under the quiz.
    const auto usb = statementsOf(all, "E1", "answered", kQuiz + "/questions/tour-q-usb");
    REQUIRE(usb.size() == 1);
    CHECK(usb[0]["result"]["response"] == "ｕｓｂ");
    CHECK(usb[0]["result"]["success"] == true);
    CHECK(usb[0]["context"]["contextActivities"]["parent"][0]["id"] == kQuiz);
    CHECK(usb[0]["context"]["registration"] == passed[0]["context"]["registration"]);
    const auto kinds = statementsOf(all, "E1", "answered", kQuiz + "/questions/tour-q-kinds");
    REQUIRE(kinds.size() == 1);
    CHECK(kinds[0]["result"]["response"] == "tip[,]warning[,]rule");
    const auto steps = statementsOf(all, "E1", "answered", kQuiz + "/questions/tour-q-steps");
    REQUIRE(steps.size() == 1);
    CHECK(steps[0]["result"]["success"] == false); // partly right is not right
    const auto boxes = statementsOf(all, "E1", "answered", kQuiz + "/questions/tour-q-boxes");
    REQUIRE(boxes.size() == 1);
    CHECK(boxes[0]["result"]["response"] == "tip[.]tip[,]warning[.]rule[,]rule[.]warning");
    const auto resume = statementsOf(all, "E2", "answered", kQuiz + "/questions/tour-q-resume");
    REQUIRE(resume.size() == 1);
    CHECK(resume[0]["result"]["response"] == "false");
    CHECK(resume[0]["result"]["success"] == false);

    // E3's attempt is not finished: attempted and answered, neither passed nor failed.
    CHECK(statementsOf(all, "E3", "attempted", kQuiz).size() == 1);
    CHECK(statementsOf(all, "E3", "answered", kQuiz + "/questions/tour-q-resume").size() == 1);
    CHECK(statementsOf(all, "E3", "passed", kQuiz).empty());
    CHECK(statementsOf(all, "E3", "failed", kQuiz).empty());

    const auto completed = statementsOf(all, "E1", "completed", std::string(kHome) + "/xapi/packs/tour");
    REQUIRE(completed.size() == 1);
    CHECK(completed[0]["result"]["completion"] == true);
    CHECK(statementsOf(all, "E2", "completed", std::string(kHome) + "/xapi/packs/tour").empty());

    const std::string scenario = std::string(kHome) + "/xapi/packs/tour/scenarios/tour-scenario";
    const auto played = statementsOf(all, "E1", "passed", scenario);
    REQUIRE(played.size() == 1);
    CHECK(played[0]["result"]["extensions"][std::string(kHome) + "/xapi/extensions/ending"] == "good-end");
}

TEST_CASE("a file that fails verification contributes nothing, and --pack narrows the export")
{
    TourOrganisation org;
    const json all = json::parse(readText(org.exportTo("statements.json")));
    for (const json& s : all) CHECK(s["actor"]["account"]["name"] != "E4");

    const json none = json::parse(readText(org.exportTo("other.json", {"--pack", "basics"})));
    CHECK(none == json::array());
    CHECK(org.last.out.find("wrote 0 xAPI statements of 0 learners") != std::string::npos);
    const json tour = json::parse(readText(org.exportTo("tour.json", {"--pack", "tour"})));
    CHECK(tour.size() == all.size());
}

TEST_CASE("exporting twice gives the same bytes, and the file is its owner's only")
{
    TourOrganisation org;
    const fs::path first = org.exportTo("first.json");
    const std::string before = readText(first);
    const fs::path second = org.exportTo("second.json");
    CHECK(readText(second) == before);
    org.exportTo("first.json"); // over the earlier export
    CHECK(readText(first) == before);
    CHECK((fs::status(first).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    for (const auto& entry : fs::directory_iterator(org.folder.path())) {
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos); // no temporary file left
    }
}

TEST_CASE("the export refuses a missing home page, a link or a folder as its file, and a missing --out")
{
    TourOrganisation org;
    const fs::path out = org.folder.path() / "statements.json";
    const Run noHome = org.records({"export-xapi", "--out", out.string()}, false);
    CHECK(noHome.status == kExitUsage);
    CHECK(noHome.err.find("home-page") != std::string::npos);
    CHECK(!fs::exists(out));
    const Run badHome =
        org.records({"export-xapi", "--out", out.string(), "--home-page", "learning.example.com"}, false);
    CHECK(badHome.status == kExitUsage);
    CHECK(badHome.err.find("not an http(s) address") != std::string::npos);

    const fs::path victim = org.folder.write("victim.txt", "keep me");
    const fs::path link = org.folder.path() / "link.json";
    fs::create_symlink(victim, link);
    const Run linked = org.records({"export-xapi", "--out", link.string()});
    CHECK(linked.status == kExitProblems);
    CHECK(linked.err.find("symbolic link") != std::string::npos);
    CHECK(readText(victim) == "keep me");
    CHECK(fs::is_symlink(link));

    const Run folder = org.records({"export-xapi", "--out", org.folder.path().string()});
    CHECK(folder.status == kExitProblems);
    CHECK(folder.err.find("a folder") != std::string::npos);

    CHECK(org.records({"export-xapi"}).status == kExitUsage);
    const Run help = tool(runRecords, {"--help"});
    CHECK(help.out.find("export-xapi") != std::string::npos);
    CHECK(help.out.find("PERSONAL DATA: the file holds") != std::string::npos);
}

TEST_CASE("forEachLearner gives each learner whose file verifies, in order, with answers in step order")
{
    TourOrganisation org;
    auto index = mamori::records::OrgIndex::openTarget(org.index);
    REQUIRE(index);
    std::vector<std::string> seen;
    auto visited = index.value().forEachLearner(
        std::nullopt,
        [&](const mamori::records::IndexedLearner& learner) -> mamori::scoring::Result<mamori::scoring::Done> {
            seen.push_back(learner.learnerId);
            if (learner.learnerId == "E1") {
                const auto* tour = learner.findPack("tour");
                REQUIRE(tour);
                CHECK(!tour->lastVersion.empty());
                REQUIRE(tour->attempts.size() == 1);
                const auto& attempt = tour->attempts[0];
                CHECK(attempt.passed == true);
                CHECK(attempt.questions.size() == 6);
                REQUIRE(attempt.answers.size() == 6);
                for (std::size_t i = 0; i < attempt.answers.size(); ++i)
                    CHECK(attempt.answers[i].step == static_cast<int>(i));
                CHECK(attempt.answers[0].questionId == "tour-q-confirm");
                CHECK(attempt.answers[4].matches ==
                      std::vector<std::string>{"tip=tip", "warning=rule", "rule=warning"});
                REQUIRE(tour->runs.size() == 1);
                CHECK(tour->runs[0].path.size() == 3);
                bool packCompleted = false;
                for (const auto& c : tour->completions)
                    packCompleted |= c.kind == mamori::scoring::Completion::Kind::Pack;
                CHECK(packCompleted);
            }
            return mamori::scoring::Done{};
        });
    REQUIRE(visited);
    CHECK(seen == std::vector<std::string>{"E1", "E2", "E3"});

    // A refusal from the visitor stops the walk and comes back.
    int visits = 0;
    auto stopped = index.value().forEachLearner(
        std::string("tour"),
        [&](const mamori::records::IndexedLearner&) -> mamori::scoring::Result<mamori::scoring::Done> {
            ++visits;
            return mamori::scoring::refuse(mamori::scoring::RefusalCode::IoError, "stop here");
        });
    CHECK(!stopped);
    CHECK(stopped.refusal().message == "stop here");
    CHECK(visits == 1);
}
