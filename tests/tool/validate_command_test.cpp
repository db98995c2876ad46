// mamori-tool validate: output and exit status as a trainer or a script sees them.

#include "command.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <sys/stat.h>
#include <string>
#include <vector>

using namespace mamori::tool;

namespace {

struct Run {
    int status = 0;
    std::string out;
    std::string err;
};

Run validate(std::vector<std::string> arguments)
{
    std::vector<std::string_view> views(arguments.begin(), arguments.end());
    std::ostringstream out, err;
    Run run;
    run.status = runValidate(views, Streams{out, err});
    run.out = out.str();
    run.err = err.str();
    return run;
}

const std::string kBroken = (mamori::test::sourceDir() / "tests/lessons/broken").string();

} // namespace

TEST_CASE("a valid pack exits 0 with a summary")
{
    const Run run = validate({(mamori::test::shippedPacksDir() / "tour").string()});
    CHECK(run.status == kExitOk);
    CHECK(run.out == "1 pack checked: 0 errors, 0 warnings\n");
}

TEST_CASE("a broken pack exits 1 and prints FILE:LINE diagnostics")
{
    const std::string file = kBroken + "/unknown-element.xml";
    const Run run = validate({file});
    CHECK(run.status == kExitProblems);
    CHECK(run.out == file + ":16: error: unknown element <choise> in <single>; did you mean <choice>?\n"
                            "1 pack checked: 1 error, 0 warnings\n");
}

TEST_CASE("warnings alone exit 0, and --werror makes them errors")
{
    const std::string file = kBroken + "/unreachable-node.xml";
    CHECK(validate({file}).status == kExitOk);
    const Run strict = validate({"--werror", file});
    CHECK(strict.status == kExitProblems);
    CHECK(strict.out == file + ":29: error: node 'orphan' cannot be reached from the start node 'n1'\n"
                               "1 pack checked: 1 error, 0 warnings\n");
}

TEST_CASE("several packs are checked in one run and the summary adds them up")
{
    const Run run = validate({"--quiet", kBroken + "/missing-attribute.xml", kBroken + "/wrong-root.xml",
                              (mamori::test::shippedPacksDir() / "tour").string()});
    CHECK(run.status == kExitProblems);
    CHECK(run.out == kBroken + "/missing-attribute.xml:12: error: <quiz> is missing the required attribute 'pass-mark'\n" +
                         kBroken + "/wrong-root.xml:3: error: the root element must be <pack>, found <course>\n");
}

TEST_CASE("usage errors exit 2")
{
    CHECK(validate({}).status == kExitUsage);
    const Run unknown = validate({"--strict", "x"});
    CHECK(unknown.status == kExitUsage);
    CHECK(unknown.err.starts_with("mamori-tool validate: unknown option '--strict'\n"));
}

TEST_CASE("a path with no pack in it is an error, not silence")
{
    mamori::test::TemporaryDirectory empty;
    const Run run = validate({empty.path().string()});
    CHECK(run.status == kExitProblems);
    CHECK(run.out.find("no pack found") != std::string::npos);
}

TEST_CASE("--profile checks the organisation profile too, and a broken one fails the run with its lines")
{
    const std::string tour = (mamori::test::shippedPacksDir() / "tour").string();
    const std::string example = (mamori::test::sourceDir() / "lessons/organisation.example.xml").string();
    const Run good = validate({"--profile", example, tour});
    CHECK(good.status == kExitOk);
    CHECK(good.out == "1 pack and a profile checked: 0 errors, 0 warnings\n");

    mamori::test::TemporaryDirectory folder;
    const auto profile = folder.write("organisation.xml", "<organisation format=\"1\" languages=\"ja en\">\n"
                                                          "  <slot key=\"report_to\"><ja>所属長</ja><en>head of section</en></slot>\n"
                                                          "</organisation>\n");
    const Run bad = validate({"--profile", profile.string(), tour});
    CHECK(bad.status == kExitProblems);
    CHECK(bad.out == profile.string() + ":2: error: unknown slot key 'report_to'; did you mean 'report-to'?\n"
                                        "1 pack and a profile checked: 1 error, 0 warnings\n");

    CHECK(validate({"--profile"}).status == kExitUsage);
}

TEST_CASE("a pack.xml that is a FIFO, a device or a folder is named as such, not 'no pack found'")
{
    mamori::test::TemporaryDirectory folder;
    std::filesystem::create_directories(folder.path() / "fifo");
    REQUIRE(::mkfifo((folder.path() / "fifo" / "pack.xml").c_str(), 0600) == 0);
    std::filesystem::create_directories(folder.path() / "folder" / "pack.xml");
    std::filesystem::create_directories(folder.path() / "device");
    std::filesystem::create_symlink("/dev/zero", folder.path() / "device" / "pack.xml");

    const Run fifo = validate({(folder.path() / "fifo").string()});
    CHECK(fifo.status == kExitProblems);
    CHECK(fifo.out.starts_with((folder.path() / "fifo" / "pack.xml").string() + ": error: is a FIFO (named pipe), not a regular file\n"));
    CHECK(validate({(folder.path() / "folder").string()}).out.find("pack.xml: error: is a folder, not a regular file") != std::string::npos);
    CHECK(validate({(folder.path() / "device").string()}).out.find("pack.xml: error: is a character device, not a regular file") !=
          std::string::npos);
}

TEST_CASE("two packs with the same id fail validate, as the app would load only one of them")
{
    mamori::test::TemporaryDirectory folder;
    const std::filesystem::path tour = mamori::test::shippedPacksDir() / "tour";
    std::filesystem::copy(tour, folder.path() / "copy", std::filesystem::copy_options::recursive);
    const Run run = validate({tour.string(), (folder.path() / "copy").string()});
    CHECK(run.status == kExitProblems);
    CHECK(run.out == (folder.path() / "copy" / "pack.xml").string() + ": error: pack id 'tour' is already used by " +
                         (tour / "pack.xml").string() + "; the app would load only one of them\n2 packs checked: 1 error, 0 warnings\n");
}
