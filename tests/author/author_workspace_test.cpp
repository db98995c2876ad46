// The author mode's logic without a window: the pack tree, reloading a save on the same item, a
// broken save that keeps the last good version on screen, a diagnostic's way to its item, the
// watcher that notices saves, and the author script.

#include "author_model.hpp"
#include "author_script.hpp"
#include "pack_watcher.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <condition_variable>
#include <fstream>
#include <mutex>
#include <thread>

using namespace mamori;
namespace fs = std::filesystem;

namespace {

const std::string kQuestion = "basics/quiz:basics-final/question:b-send-customer-list";
const std::string kPrompt = "先輩から「取引先にいる知人に";

struct AuthorFixture {
    test::TemporaryDirectory folder;
    app::AuthorWorkspace workspace{folder.path() / "packs"};
    app::AuthorModel model;
    app::AuthorController controller{workspace, model, [] { return std::string("10:00:00"); }};

    AuthorFixture()
    {
        fs::create_directories(folder.path() / "packs");
        fs::copy(test::sourceDir() / "lessons" / "packs" / "basics", folder.path() / "packs" / "basics", fs::copy_options::recursive);
        (void)controller.reload();
    }

    void edit(const std::string& from, const std::string& to)
    {
        REQUIRE(app::replaceInPackFile(workspace.folder(), {"basics/pack.xml", from, to}).empty());
    }

    std::string shownPrompt() const
    {
        const app::AuthorItem* item = workspace.find(kQuestion);
        REQUIRE(item);
        return item->question->prompt.plain(lessons::Language::Japanese);
    }
};

} // namespace

TEST_CASE("The pack tree holds every page, question, node and ending under keys of their ids")
{
    AuthorFixture f;
    CHECK(f.model.reloads == 1);
    CHECK(f.model.lastReload.packs == 1);
    CHECK(f.model.lastReload.broken == 0);
    int kinds[static_cast<int>(app::AuthorItemKind::Message) + 1] = {};
    for (const app::AuthorItem& item : f.workspace.items()) ++kinds[static_cast<int>(item.kind)];
    // Every kind but inboxes and messages, which basics has none of (author_inbox_test.cpp).
    for (int kind = 0; kind < static_cast<int>(app::AuthorItemKind::Inbox); ++kind) CHECK(kinds[kind] > 0);
    const app::AuthorItem* question = f.workspace.find(kQuestion);
    REQUIRE(question);
    CHECK(question->kind == app::AuthorItemKind::Question);
    CHECK(question->file == "basics/pack.xml");
    CHECK(question->line > 0);
    // A diagnostic at a line inside the question is about the question.
    lessons::Diagnostic d{"basics/pack.xml", question->line + 2, lessons::Severity::Warning, "test", "a warning"};
    REQUIRE(f.workspace.itemAt(d));
    CHECK(f.workspace.itemAt(d)->key == kQuestion);

    // A node or an ending brings its scenario's map; a question none.
    (void)f.controller.apply(app::author_action::Select{"basics/scenario:basics-week/node:n-list"});
    REQUIRE(f.model.map);
    CHECK(f.model.mapScenarioKey == "basics/scenario:basics-week");
    CHECK(f.model.map->find("n-list"));
    (void)f.controller.apply(app::author_action::ShowTab{app::AuthorTab::Map});
    CHECK(f.model.tab == app::AuthorTab::Map);
    (void)f.controller.apply(app::author_action::Select{kQuestion});
    CHECK_FALSE(f.model.map);
    CHECK(f.model.tab == app::AuthorTab::Preview);
}

TEST_CASE("A save is read again on the same item; a broken save shows its errors and keeps the last good version")
{
    AuthorFixture f;
    (void)f.controller.apply(app::author_action::Select{kQuestion});
    f.edit(kPrompt, "【編集】" + kPrompt);
    (void)f.controller.reload();
    CHECK(f.model.selected == kQuestion);
    CHECK(f.shownPrompt().starts_with("【編集】"));

    f.edit("<single id=\"b-send-customer-list\" asks=\"situation\">", "<single id=\"b-send-customer-list\" asks=\"situation\" colour=\"red\">");
    (void)f.controller.reload();
    CHECK(f.model.lastReload.broken == 1);
    CHECK(f.workspace.packs().front().broken);
    CHECK(f.shownPrompt().starts_with("【編集】"));   // the last good version stays on screen
    CHECK(f.model.selected == kQuestion);
    const auto diagnostics = f.workspace.diagnostics();
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics.front().severity == lessons::Severity::Error);
    CHECK(lessons::formatDiagnostic(diagnostics.front()).starts_with("basics/pack.xml:"));

    // Choosing the error opens the item it is about.
    (void)f.controller.apply(app::author_action::Select{"basics"});
    (void)f.controller.apply(app::author_action::SelectDiagnostic{0});
    CHECK(f.model.selected == kQuestion);
}

TEST_CASE("When the selected item's id is gone, the nearest item still there is shown")
{
    AuthorFixture f;
    (void)f.controller.apply(app::author_action::Select{kQuestion});
    f.edit("<single id=\"b-send-customer-list\"", "<single id=\"b-send-customer-list-renamed\"");
    (void)f.controller.reload();
    CHECK(f.model.selected == "basics/quiz:basics-final");
    CHECK(f.model.selectionLost);
    CHECK(f.workspace.find(kQuestion + "-renamed"));
}

TEST_CASE("The watcher notices a save made by renaming a new file into place, and files in a new folder")
{
    test::TemporaryDirectory folder;
    fs::create_directories(folder.path() / "pack");
    {
        std::ofstream(folder.path() / "pack" / "pack.xml") << "<pack/>";
    }
    std::mutex mutex;
    std::condition_variable changed;
    int changes = 0;
    std::string error;
    auto watcher = app::PackWatcher::start(
        folder.path(),
        [&] {
            std::lock_guard lock(mutex);
            ++changes;
            changed.notify_all();
        },
        error);
    REQUIRE_MESSAGE(watcher, error);
    auto waitFor = [&](int count) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(10), [&] { return changes >= count; });
    };
    REQUIRE(app::replaceInPackFile(folder.path(), {"pack/pack.xml", "<pack/>", "<pack></pack>"}).empty());
    CHECK(waitFor(1));
    // One save, however many events it makes, is one change.
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    CHECK(watcher->changes() == 1);

    fs::create_directories(folder.path() / "pack" / "pictures");
    CHECK(waitFor(2));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    {
        std::ofstream(folder.path() / "pack" / "pictures" / "desk.png") << "png";
    }
    CHECK(waitFor(3));

    std::string second;
    CHECK_FALSE(app::PackWatcher::start(folder.path(), [] {}, second));   // one per process
    CHECK_FALSE(second.empty());
}

TEST_CASE("An author script's mistakes are reported with their file and line")
{
    const auto good = app::parseAuthorScript("select basics\nreplace basics/pack.xml a b => c d\nwait-reload 2\nscreenshot one\n", "ok.author");
    REQUIRE(good.ok());
    const auto& edit = std::get<app::AuthorReplace>(good.steps[1].action);
    CHECK(edit.file == "basics/pack.xml");
    CHECK(edit.from == "a b");
    CHECK(edit.to == "c d");
    const auto bad = app::parseAuthorScript("fly\nreplace ../etc/passwd x => y\nwait-reload soon\n", "bad.author");
    REQUIRE(bad.errors.size() == 3);
    CHECK(bad.errors[0].starts_with("bad.author:1: error:"));
    CHECK(bad.errors[1].starts_with("bad.author:2: error:"));
    CHECK(bad.errors[2].starts_with("bad.author:3: error:"));
}
