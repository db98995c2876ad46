// Refusal codes are a closed set with stable names: the app keys its words by them and tools
// print them, so each must have one name of its own, and the list must hold every code.

#include "mamori/scoring/refusal.hpp"

#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>

using namespace mamori::scoring;

TEST_CASE("every refusal code has a name of its own, in lower-case words joined by '-'")
{
    std::set<std::string> names;
    for (RefusalCode code : kAllRefusalCodes) {
        const std::string name(refusalCodeName(code));
        CAPTURE(static_cast<int>(code));
        CHECK_FALSE(name.empty());
        CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos);
        CHECK(names.insert(name).second);
    }
    CHECK(names.size() == kAllRefusalCodes.size());
}

TEST_CASE("kAllRefusalCodes reaches the last code: one past it is not a code")
{
    // A code added after the last one without moving kRefusalCodeCount would have a name here.
    CHECK(refusalCodeName(static_cast<RefusalCode>(kRefusalCodeCount)).empty());
}

TEST_CASE("the names that the app's words and scripts rely on stay as they were")
{
    CHECK(refusalCodeName(RefusalCode::NotSaved) == "not-saved");
    CHECK(refusalCodeName(RefusalCode::IoError) == "io-error");
    CHECK(refusalCodeName(RefusalCode::BadLearnerId) == "bad-learner-id");
    CHECK(refusalCodeName(RefusalCode::CertaintyNeeded) == "certainty-needed");
    std::ostringstream printed;
    printed << RefusalCode::KeyMissing;
    CHECK(printed.str() == "key-missing");
}
