// An attempt's answers and a pack's completions as the index keeps them: JSON written by hand on the ingest's hot path,
// so it is read back here with a real JSON parser, texts that need escaping included.

#include "index_json.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace mamori;
using namespace mamori::records;

namespace {

scoring::AnswerStep step(std::string question)
{
    scoring::AnswerStep s;
    s.questionId = std::move(question);
    s.at = scoring::Timestamp(std::chrono::seconds(1'700'000'000));
    s.secondsTaken = 12;
    s.fraction = 1.0 / 3.0;
    s.score = 0.1;
    s.maxScore = 2;
    return s;
}

} // namespace

TEST_CASE("answer steps round-trip through the index's JSON, texts that need escaping included")
{
    scoring::AnswerStep typed = step("q-typed");
    typed.response.text = "社外秘 \"quoted\" back\\slash\ttab";
    typed.certainty = scoring::Certainty::High;
    scoring::AnswerStep chosen = step("q-choice");
    chosen.response.choices = {"b", "d"};
    scoring::AnswerStep matched = step("q-match");
    matched.response.matches = {{"left", "right"}, {"上", "下"}};

    std::string json;
    appendAnswerStepsJson(json, {typed, chosen, matched});
    const auto parsed = nlohmann::json::parse(json);   // throws on anything but valid JSON
    REQUIRE(parsed.size() == 3);
    CHECK(parsed[0]["typed"] == typed.response.text);
    CHECK_FALSE(parsed[0].contains("choices"));   // empty parts are left out
    CHECK(parsed[2]["matches"][1][0] == "上");

    auto read = readAnswerStepsJson(json);
    REQUIRE(read);
    REQUIRE(read.value().size() == 3);
    const IndexedAnswer& first = read.value()[0];
    CHECK(first.step == 0);
    CHECK(first.questionId == "q-typed");
    CHECK(first.typed == typed.response.text);
    CHECK(first.certainty == 3);
    CHECK(first.at == typed.at);
    CHECK(first.seconds == 12);
    CHECK(first.fraction == 1.0 / 3.0);   // the shortest text that reads back as the same double
    CHECK(first.score == 0.1);
    CHECK(first.maxScore == 2);
    CHECK(read.value()[1].choices == std::vector<std::string>{"b", "d"});
    CHECK_FALSE(read.value()[1].certainty);
    CHECK(read.value()[2].step == 2);
    CHECK(read.value()[2].matches == std::vector<std::string>{"left=right", "上=下"});
}

TEST_CASE("no answers is an empty array; text that is not such an array is refused with why")
{
    std::string json;
    appendAnswerStepsJson(json, {});
    CHECK(json == "[]");
    CHECK(readAnswerStepsJson(json).value().empty());
    for (const char* bad : {"", "{}", "[{\"question\": 3}]", "[{\"question\": \"q\"}]", "[1]", "[{\"question\":\"q\",\"at\":"}) {
        CAPTURE(bad);
        const auto refused = readAnswerStepsJson(bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.refusal().message.find("an attempt's answers in the index cannot be read: ") == 0);
    }
}

TEST_CASE("a pack's completions round-trip through the index's JSON, inbox exercises' too; a kind from a newer Mamori is left out")
{
    const scoring::Timestamp at(std::chrono::seconds(1'700'000'000));
    std::string json;
    appendCompletionsJson(json, {{scoring::Completion::Kind::Lesson, "テレワーク", at, "1.2"},
                                 {scoring::Completion::Kind::Pack, "pack\"id", at, "1.2"}});
    CHECK(nlohmann::json::parse(json)[1]["id"] == "pack\"id");
    auto read = readCompletionsJson(json);
    REQUIRE(read);
    REQUIRE(read.value().size() == 2);
    CHECK(read.value()[0].kind == scoring::Completion::Kind::Lesson);
    CHECK(read.value()[0].itemId == "テレワーク");
    CHECK(read.value()[0].at == at);
    CHECK(read.value()[1].itemId == "pack\"id");
    CHECK(read.value()[1].packVersion == "1.2");

    auto inbox = readCompletionsJson(R"([{"kind":"inbox","id":"x","at":1,"pack_version":"2"}])");
    REQUIRE(inbox);
    REQUIRE(inbox.value().size() == 1);
    CHECK(inbox.value()[0].kind == scoring::Completion::Kind::Inbox);
    auto newer = readCompletionsJson(R"([{"kind":"hotspot-set","id":"x","at":1,"pack_version":"2"}])");
    REQUIRE(newer);
    CHECK(newer.value().empty());
    CHECK_FALSE(readCompletionsJson(R"([{"kind":"lesson"}])"));
}

TEST_CASE("an inbox run's actions round-trip through the index's JSON; an action from a newer Mamori is left out")
{
    const scoring::Timestamp at(std::chrono::seconds(1'700'000'000));
    std::string json;
    appendInboxActionsJson(json, {{"m-bad", scoring::InboxAction::OpenLink, "l-\"pay", at},
                                  {"m-bad", scoring::InboxAction::Report, "", at + std::chrono::seconds(5)}});
    CHECK(json == R"([{"message":"m-bad","action":"open-link","target":"l-\"pay","at":1700000000},)"
                  R"({"message":"m-bad","action":"report","at":1700000005}])");
    auto read = readInboxActionsJson(json);
    REQUIRE(read);
    CHECK(read.value() == std::vector<IndexedInboxAction>{{"m-bad", scoring::InboxAction::OpenLink, "l-\"pay", at},
                                                          {"m-bad", scoring::InboxAction::Report, "", at + std::chrono::seconds(5)}});
    auto newer = readInboxActionsJson(R"([{"message":"m","action":"forward","at":1}])");
    REQUIRE(newer);
    CHECK(newer.value().empty());
    CHECK_FALSE(readInboxActionsJson(R"([{"message":"m"}])"));
    CHECK_FALSE(readInboxActionsJson(R"({"message":"m"})"));
}
