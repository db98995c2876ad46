// progress verify and show name what is wrong with a file once, in the words HR needs.

#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace mamori::tool;
using namespace mamori::test;
namespace fs = std::filesystem;

TEST_CASE("a byte added after the signature is reported as tampering, not as a missing signature")
{
    Learner learner;
    REQUIRE(learner.play("open tour/how-it-works\n").status == kExitOk);
    std::ofstream(learner.progressFile(), std::ios::app | std::ios::binary) << "X";
    const Run verified = tool(runProgress, {"verify", "--key-file", learner.key(), learner.progressFile()});
    CHECK(verified.status == kExitProblems);
    CHECK(verified.out == learner.progressFile() + ": error: tampered\n1 file checked: 1 not intact\n");
}

TEST_CASE("a link planted as a progress file is named once, as a link, never read")
{
    Learner learner;
    fs::create_directories(learner.progressFolder());
    const fs::path link = learner.progressFolder() / "E9.xml";
    fs::create_symlink("/etc/passwd", link);
    const Run verified = tool(runProgress, {"verify", "--key-file", learner.key(), link.string()});
    CHECK(verified.status == kExitProblems);
    CHECK(verified.out == link.string() + ": error: is a symbolic link, not a regular file\n1 file checked: 1 not intact\n");
}
