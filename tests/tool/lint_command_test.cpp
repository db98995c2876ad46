// mamori-tool lint: output and exit status as a trainer or CI sees them.

#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace mamori::tool;
using mamori::test::tool;

namespace {

const std::string kFlawed = (mamori::test::sourceDir() / "tests/lessons/lint/flawed").string();

} // namespace

TEST_CASE("the shipped packs lint clean, even with --strict: nothing but a summary")
{
    const auto run = tool(runLint, {"--strict", mamori::test::shippedPacksDir().string()});
    CHECK(run.status == kExitOk);
    CHECK(run.out == "5 packs linted: 0 errors, 0 warnings\n");
    CHECK(run.err.empty());
}

TEST_CASE("a flawed pack prints FILE:LINE warnings with their check, and fails only with --strict")
{
    const std::string file = kFlawed + "/pack.xml";
    const std::string expected = file +
                                 ":9: warning: question 'no-source' names no <source> for its fact (a law, a "
                                 "guideline, the company's rules) [missing-source]\n" +
                                 file +
                                 ":12: warning: wrong choice 'always' of question 'no-source' has no <feedback> saying "
                                 "why it is wrong [choice-without-feedback]\n" +
                                 "1 pack linted: 0 errors, 2 warnings\n";
    const auto run = tool(runLint, {kFlawed});
    CHECK(run.status == kExitOk);
    CHECK(run.out == expected);

    const auto strict = tool(runLint, {"--strict", kFlawed});
    CHECK(strict.status == kExitProblems);
    CHECK(strict.out == expected);

    const auto quiet = tool(runLint, {"--quiet", kFlawed});
    CHECK(quiet.out.find("linted") == std::string::npos);
}

TEST_CASE("lint reports a pack that does not validate as validate does, and exits 1")
{
    const auto run =
        tool(runLint, {(mamori::test::sourceDir() / "tests/lessons/broken").string() + "/unknown-element.xml"});
    CHECK(run.status == kExitProblems);
    CHECK(run.out.find(": error: ") != std::string::npos);
    CHECK(run.out.find("[") == std::string::npos); // no lint warnings on a pack that does not load
}

TEST_CASE("lint's command line")
{
    CHECK(tool(runLint, {}).status == kExitUsage);
    CHECK(tool(runLint, {"--bogus", kFlawed}).status == kExitUsage);
    const auto help = tool(runLint, {"--help"});
    CHECK(help.status == kExitOk);
    CHECK(help.out.find("--strict") != std::string::npos);
    const auto list = tool(runLint, {"--list"});
    CHECK(list.out.find("matching-without-distractor: ") != std::string::npos);
    const auto missing = tool(runLint, {"/nonexistent/pack"});
    CHECK(missing.status == kExitProblems);
}
