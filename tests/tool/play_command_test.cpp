// mamori-tool play and progress: scripts, their errors, and checking progress files.

#include "tool_fixture.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace mamori::tool;
using namespace mamori::test;


TEST_CASE("every problem in a script is reported with its line before anything runs")
{
    Learner learner;
    const Run run = learner.play("open tour\nfly away\nanswer q1\nstart tour/tour-quiz seed\nname \"unclosed\n");
    CHECK(run.status == kExitProblems);
    const std::string file = (learner.folder.path() / "script.play").string();
    CHECK(run.err == file + ":1: error: expected PACK/ID, found 'tour'\n" + file + ":2: error: unknown command 'fly'\n" + file +
                         ":3: error: usage: answer QUESTION CHOICE... | true|false | STEP... | LEFT=RIGHT... | text \"TYPED\" "
                         "[certainty low|medium|high]\n" +
                         file + ":4: error: usage: start PACK/QUIZ [seed N]\n" + file + ":5: error: unclosed quote\n");
    CHECK_FALSE(std::filesystem::exists(learner.progressFile()));
}

TEST_CASE("a failing step stops the script at its line — what came before is saved")
{
    Learner learner;
    const Run run = learner.play("open tour/how-it-works\nview welcome\nview nowhere\nview reading\n");
    CHECK(run.status == kExitProblems);
    CHECK(run.out == "opened lesson how-it-works\nviewed page welcome\n");
    CHECK(run.err.ends_with("script.play:3: error: lesson 'how-it-works' has no page 'nowhere'\n"));
    const Run shown = tool(runProgress, {"show", "--key-file", learner.key(), learner.progressFile()});
    CHECK(shown.out.find("how-it-works / welcome") != std::string::npos);
    CHECK(shown.out.find("reading") == std::string::npos);
}

TEST_CASE("expectations that do not hold fail the script with what was found")
{
    Learner learner;
    const Run run = learner.play("start tour/tour-quiz seed 1\nanswer tour-q-resume false\nsubmit\nexpect passed\n");
    CHECK(run.status == kExitProblems);
    CHECK(run.err.ends_with("script.play:4: error: expected passed, got failed\n"));
}

TEST_CASE("answers name the question — the form depends on its kind")
{
    Learner learner;
    const Run run = learner.play("start tour/tour-quiz seed 1\n"
                                 "answer tour-q-usb USB\n");
    CHECK(run.status == kExitProblems);
    CHECK(run.err.ends_with("script.play:2: error: a short-text question is answered with: text \"TYPED ANSWER\"\n"));
    Learner other;
    const Run wrongChoice = other.play("start tour/tour-quiz seed 1\nanswer tour-q-confirm nonsense\n");
    CHECK(wrongChoice.err.ends_with("script.play:2: error: answer to question 'tour-q-confirm' names a choice the question does not have\n"));
}

TEST_CASE("time passes with wait: a quiz past its limit is graded with what was answered")
{
    Learner learner;
    const Run run = learner.play("start tour/tour-quiz seed 3\nanswer tour-q-confirm enter\nwait 16m\n"
                                 "answer tour-q-resume true\n");
    CHECK(run.status == kExitProblems);
    CHECK(run.err.ends_with("script.play:4: error: the time limit has passed; the attempt was graded with the answers given\n"));
    Learner again;
    const Run resumed = again.play("start tour/tour-quiz seed 3\nanswer tour-q-confirm enter\nwait 16m\nstart tour/tour-quiz\n"
                                   "expect attempts-left 1\n");
    CHECK(resumed.status == kExitOk);
    CHECK(resumed.out.find("started attempt 2 of tour-quiz") != std::string::npos);
}

TEST_CASE("progress verify passes intact files and names each damaged one")
{
    Learner learner;
    REQUIRE(learner.play("open tour/how-it-works\nview all\n").status == kExitOk);
    const std::string file = learner.progressFile();
    const Run ok = tool(runProgress, {"verify", "--key-file", learner.key(), file});
    CHECK(ok.status == kExitOk);
    CHECK(ok.out == file + ": ok (learner E1, save 4)\n1 file checked: 0 not intact\n");

    std::ifstream in(file);
    std::stringstream content;
    content << in.rdbuf();
    std::string edited = content.str();
    edited.replace(edited.find("welcome"), 7, "WELCOME");
    const auto tampered = learner.folder.write("tampered.xml", edited);
    const auto missing = learner.folder.path() / "missing.xml";
    const Run bad = tool(runProgress, {"verify", "--key-file", learner.key(), file, tampered.string(), missing.string()});
    CHECK(bad.status == kExitProblems);
    CHECK(bad.out == file + ": ok (learner E1, save 4)\n" + tampered.string() + ": error: tampered\n" + missing.string() +
                         ": error: no such file\n3 files checked: 2 not intact\n");

    const Run shown = tool(runProgress, {"show", "--key-file", learner.key(), tampered.string()});
    CHECK(shown.status == kExitProblems);
    CHECK(shown.out.find("WARNING: tampered: these records cannot be trusted") != std::string::npos);
}

TEST_CASE("progress usage errors exit 2")
{
    CHECK(tool(runProgress, {}).status == kExitUsage);
    CHECK(tool(runProgress, {"verify"}).status == kExitUsage);
    CHECK(tool(runProgress, {"show", "a", "b"}).status == kExitUsage);
    CHECK(tool(runProgress, {"polish", "a"}).status == kExitUsage);
    CHECK(tool(runPlay, {"--user", "x"}).status == kExitUsage);
    CHECK(tool(runPlay, {"--now", "yesterday", "--user", "x", "s.play"}).status == kExitUsage);
}

TEST_CASE("an invalid learner id is refused before any file is touched")
{
    Learner learner;
    const Run run = learner.play("open tour/how-it-works\n", "../../etc/x");
    CHECK(run.status == kExitUsage);
    CHECK(run.err.find("a learner id must start with a letter or digit") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(learner.folder.path() / "progress" / "x.xml"));
}

TEST_CASE("a hotspot is answered with the ids of the regions chosen, and graded with partial credit")
{
    Learner learner;
    const auto packs = learner.folder.path() / "packs";
    std::filesystem::create_directories(packs / "desk" / "images");
    std::filesystem::copy_file(sourceDir() / "tests/lessons/broken/assets/picture.png", packs / "desk" / "images" / "desk.png");
    std::string xml = packXml("<quiz id=\"check\" pass-mark=\"50\">" + text("title", "題", "Check") +
                              "<hotspot id=\"desk\" points=\"2\">" + text("prompt", "危険は", "Risks?") +
                              "<picture src=\"images/desk.png\">" + text("alt", "机", "A desk") + "</picture>" +
                              "<region id=\"note\" shape=\"rect\" coords=\"412,88,60,44\" correct=\"true\">" +
                              text("label", "付箋", "Sticky note") + "</region>" +
                              "<region id=\"paper\" shape=\"polygon\" coords=\"10,10 80,10 60,90\" correct=\"true\">" +
                              text("label", "書類", "Paper") + "</region>" +
                              "<region id=\"mug\" shape=\"rect\" coords=\"600,20,40,40\">" + text("label", "マグ", "Mug") + "</region>" +
                              text("explanation", "解説", "Because") + "</hotspot></quiz>");
    xml.replace(xml.find("id=\"test\""), 9, "id=\"desk\"");
    std::ofstream(packs / "desk" / "pack.xml") << xml;
    auto play = [&](const std::string& script) {
        const auto file = learner.folder.write("script.play", script);
        return tool(runPlay, {"--data-dir", learner.folder.path().string(), "--packs", packs.string(), "--key-file", learner.key(),
                              "--user", "E1", "--now", "2026-04-01T09:00:00Z", file.string()});
    };

    // One of two risks and a harmless mug: (1 − 1) / 2 = 0. Then one risk alone: ½ of 2 points.
    Run run = play("start desk/check seed 1\nanswer desk note mug\nsubmit\nexpect score 0\nexpect failed\n"
                   "start desk/check seed 2\nanswer desk note\nsubmit\nexpect score 50\nexpect passed\n");
    CHECK_MESSAGE(run.status == kExitOk, run.err);
    const Run shown = tool(runProgress, {"show", "--key-file", learner.key(), learner.progressFile()});
    CHECK(shown.out.find("note mug") != std::string::npos);

    run = play("start desk/check seed 3\nanswer desk note=mug\n");
    CHECK(run.status == kExitProblems);
    CHECK(run.err.ends_with("script.play:2: error: a hotspot question is answered with the ids of the regions chosen, found 'note=mug'\n"));
    run = play("start desk/check seed 3\nanswer desk lamp\n");
    CHECK(run.err.ends_with("script.play:2: error: answer to question 'desk' names a region the question does not have\n"));
}
