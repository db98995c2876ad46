// The person detail names the app that wrote the person's records file, as HR's index keeps it
// (IndexedLearner::writtenBy): only for a file that verifies, whose records are shown as counting.

#include "person_detail.hpp"

#include <doctest/doctest.h>

using namespace mamori;
using namespace mamori::app;
using namespace mamori::records;

namespace {

const TimeZone& tokyo()
{
    static const TimeZone zone = std::move(TimeZone::named("Asia/Tokyo").value());
    return zone;
}

IndexedLearner learnerWrittenBy(std::optional<std::string> writtenBy)
{
    IndexedLearner learner;
    learner.learnerId = "E1001";
    learner.displayName = "山田 花子";
    learner.writtenBy = std::move(writtenBy);
    return learner;
}

} // namespace

TEST_CASE("person detail: the app that wrote a verified file, unknown for a file from before the note")
{
    const lessons::PackLibrary library;
    const PersonDetail noted =
        buildPersonDetail("E1001", {}, learnerWrittenBy("Mamori 0.1.0 (abc123def456)"), "valid", {}, library, tokyo());
    CHECK(noted.verified);
    CHECK(noted.writtenBy == "Mamori 0.1.0 (abc123def456)");

    const PersonDetail old = buildPersonDetail("E1001", {}, learnerWrittenBy(std::nullopt), "valid", {}, library, tokyo());
    CHECK(old.verified);
    CHECK_FALSE(old.writtenBy);

    // A file that does not verify says nothing that counts, this included.
    const PersonDetail tampered =
        buildPersonDetail("E1001", {}, learnerWrittenBy("Mamori 0.1.0 (abc123def456)"), "tampered", {}, library, tokyo());
    CHECK_FALSE(tampered.verified);
    CHECK_FALSE(tampered.writtenBy);
}
