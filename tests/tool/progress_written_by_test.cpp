// A file that mamori-tool play writes notes this build as the app that wrote it, and progress
// show says so; a file from before the note shows it as unknown.

#include "tool_fixture.hpp"

#include "mamori/records/build_info.hpp"

#include <doctest/doctest.h>

using namespace mamori::tool;
using namespace mamori::test;

TEST_CASE("progress show names the app that wrote the file: this build for a file play wrote, unknown before the note")
{
    Learner learner;
    REQUIRE(learner.play("open tour/how-it-works\n").status == kExitOk);
    const std::string identity = mamori::records::appIdentity();
    CHECK(readText(learner.progressFile()).find(" written-by=\"" + identity + "\"") != std::string::npos);
    const Run shown = tool(runProgress, {"show", "--key-file", learner.key(), learner.progressFile()});
    CHECK(shown.status == kExitOk);
    CHECK(shown.out.find("\nwritten by: " + identity + "\n") != std::string::npos);

    // Without the note (as a Mamori from before it wrote the file), the file no longer verifies,
    // but show still says what it claims: no app.
    std::string old = readText(learner.progressFile());
    old.erase(old.find(" written-by=\""), std::string(" written-by=\"\"").size() + identity.size());
    learner.folder.write("progress/E1.xml", old);
    const Run unknown = tool(runProgress, {"show", "--key-file", learner.key(), learner.progressFile()});
    CHECK(unknown.status == kExitProblems);
    CHECK(unknown.out.find("WARNING: tampered") != std::string::npos);
    CHECK(unknown.out.find("\nwritten by: unknown (a Mamori from before files noted their app)\n") != std::string::npos);
}
