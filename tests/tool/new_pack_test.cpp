// mamori-tool new-pack: a starter pack with one of each element, valid as written, in the
// languages asked; nothing written when the id is refused or the folder is in use.

#include "tool_fixture.hpp"

#include "mamori/lessons/loader.hpp"

#include <doctest/doctest.h>

#include <set>

namespace lessons = mamori::lessons;
using namespace mamori::tool;
using namespace mamori::test;
namespace fs = std::filesystem;

TEST_CASE("new-pack writes a pack with one of each element that validates with no warning")
{
    TemporaryDirectory folder;
    const fs::path dir = folder.path() / "my-pack";
    const Run made = tool(runNewPack, {dir.string(), "--id", "my-pack"});
    INFO(made.err);
    REQUIRE(made.status == kExitOk);
    CHECK(tool(runValidate, {"--werror", dir.string()}).status == kExitOk);

    const lessons::LoadResult loaded = lessons::loadPackFile(dir / "pack.xml");
    REQUIRE(loaded.ok());
    CHECK(loaded.warnings == 0);
    const lessons::Pack& pack = *loaded.pack;
    CHECK(pack.id == "my-pack");
    REQUIRE(pack.lessons.size() == 1);
    std::set<std::size_t> blocks;
    for (const lessons::Block& b : pack.lessons[0].pages.at(0).blocks) blocks.insert(b.index());
    CHECK(blocks.size() == std::variant_size_v<lessons::Block>);
    std::set<lessons::QuestionKind> kinds;
    for (const lessons::Question& q : pack.lessons[0].quizzes.at(0).pool) {
        kinds.insert(q.kind);
        CHECK(q.source);
    }
    CHECK(kinds.size() == static_cast<std::size_t>(lessons::kQuestionKindCount));   // every kind, the hotspot too
    REQUIRE(pack.scenarios.size() == 1);
    CHECK(pack.scenarios[0].endings.size() == 3);
    for (lessons::Language l : lessons::kAllLanguages) CHECK(pack.title.has(l));
}

TEST_CASE("new-pack writes only the languages asked, and refuses a bad id or a folder in use without writing")
{
    TemporaryDirectory folder;
    const fs::path english = folder.path() / "english";
    REQUIRE(tool(runNewPack, {english.string(), "--id", "english", "--lang", "en"}).status == kExitOk);
    const lessons::LoadResult loaded = lessons::loadPackFile(english / "pack.xml");
    REQUIRE(loaded.ok());
    CHECK(loaded.pack->title.has(lessons::Language::English));
    CHECK_FALSE(loaded.pack->title.has(lessons::Language::Japanese));

    const Run badId = tool(runNewPack, {(folder.path() / "bad").string(), "--id", "bad id"});
    CHECK(badId.status == kExitUsage);
    CHECK(badId.err.find("pack.xml:") != std::string::npos);
    CHECK_FALSE(fs::exists(folder.path() / "bad"));

    const Run again = tool(runNewPack, {english.string(), "--id", "other"});
    CHECK(again.status == kExitProblems);
    CHECK(again.err.find("not empty") != std::string::npos);
    CHECK(lessons::loadPackFile(english / "pack.xml").pack->id == "english");   // untouched

    CHECK(tool(runNewPack, {(folder.path() / "x").string(), "--id", "x", "--lang", "fr"}).status == kExitUsage);
    CHECK(tool(runNewPack, {(folder.path() / "x").string()}).status == kExitUsage);
}
