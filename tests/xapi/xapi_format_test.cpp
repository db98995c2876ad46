// The small formats of xAPI statements, and the validator the export is checked with.

#include "xapi_format.hpp"
#include "xapi_validator.hpp"

#include <doctest/doctest.h>

using namespace mamori::records::xapi;
using nlohmann::json;

TEST_CASE("UUID v5 ids are RFC 4122's: the same as Python's uuid5 for the same name")
{
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://python.org/'))"
    CHECK(formatUuid(uuidV5(urlNamespace(), "http://python.org/")) == "4c565f0d-3f5a-5890-b41b-20cf47701c5e");
    CHECK(formatUuid(uuidV5(urlNamespace(), "https://learning.example.com")) == "9c5c2e86-e35b-53a4-9be0-26f80581695f");
}

TEST_CASE("times and durations are ISO 8601")
{
    using namespace std::chrono;
    CHECK(isoTime(sys_days(year(2026) / 4 / 1) + 9h + 5min + 7s) == "2026-04-01T09:05:07Z");
    CHECK(isoDuration(455) == "PT7M35S");
    CHECK(isoDuration(3602) == "PT1H0M2S");
    CHECK(isoDuration(0) == "PT0S");
    CHECK(isoDuration(-5) == "PT0S");
}

TEST_CASE("an id cannot change an IRI's shape: everything but unreserved characters is percent-encoded")
{
    CHECK(iriSegment("tour-quiz_1.a~") == "tour-quiz_1.a~");
    CHECK(iriSegment("a/b?c#d e") == "a%2Fb%3Fc%23d%20e");
    CHECK(iriSegment("営") == "%E5%96%B6");
}

TEST_CASE("the validator accepts a valid statement and names each broken rule")
{
    const json good = json::parse(R"({
      "id": "9c5c2e86-e35b-53a4-9be0-26f80581695f",
      "actor": {"objectType": "Agent", "account": {"homePage": "https://learning.example.com", "name": "E1"}},
      "verb": {"id": "http://adlnet.gov/expapi/verbs/passed", "display": {"en-US": "passed"}},
      "object": {"objectType": "Activity", "id": "https://learning.example.com/xapi/packs/tour"},
      "result": {"score": {"scaled": 0.5, "raw": 5, "min": 0, "max": 10}, "success": true, "duration": "PT7M35S"},
      "context": {"extensions": {"https://learning.example.com/xapi/extensions/pack-version": "1.0"}},
      "timestamp": "2026-04-01T09:00:00Z"})");
    CHECK(mamori::test::xapiProblems(good).empty());

    auto broken = [&](const std::string& pointer, const json& value) {
        json statement = good;
        statement[json::json_pointer(pointer)] = value;
        return mamori::test::xapiProblems(statement);
    };
    CHECK(!broken("/id", "not-a-uuid").empty());
    CHECK(!broken("/actor/mbox", "mailto:e1@example.com").empty()); // two identifiers
    CHECK(!broken("/actor/account/homePage", "learning.example.com").empty());
    CHECK(!broken("/verb/id", "passed").empty());
    CHECK(!broken("/verb/display", json::object()).empty());
    CHECK(!broken("/object/id", "tour").empty());
    CHECK(!broken("/object/objectType", "Agent").empty());
    CHECK(!broken("/result/score/scaled", 1.5).empty());
    CHECK(!broken("/result/score/raw", 11).empty());
    CHECK(!broken("/result/duration", "7m35s").empty());
    CHECK(!broken("/result/duration", "PT").empty());
    CHECK(!broken("/timestamp", "2026-04-01T09:00:00").empty());
    CHECK(!broken("/timestamp", "2026-04-01T09:00:00-00:00").empty());
    CHECK(!broken("/context/extensions/pack-version", "1.0").empty());
    CHECK(!broken("/result/success", nullptr).empty());
}
