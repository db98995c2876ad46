// Replacing the packs while the app runs, as a trainer's save or a reload does: the learner
// stays on what they were looking at, found again by its ids, and nothing keeps the old packs.

#include "gui_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace mamori::app;
using namespace mamori::test;
using mamori::lessons::Language;
using mamori::lessons::RichText;
using mamori::lessons::Span;

namespace {

bool hasNotice(const AppModel& model, const std::string& key)
{
    return std::any_of(model.notices.begin(), model.notices.end(), [&](const Notice& n) { return n.key == key; });
}

RichText plain(std::string text)
{
    return RichText{{Span{std::move(text)}}};
}

} // namespace

TEST_CASE("an edited page shows at once, on the page the learner was reading, and the old pack is let go")
{
    GuiFixture f;
    f.library.reset();   // only the app holds the packs, as at run time
    f.signInNew();
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    f.apply(action::GoToPage{1});
    REQUIRE(f.model.lesson.lesson->pages[1].id == "reading");
    std::weak_ptr<const mamori::lessons::Pack> old = f.model.lesson.pack;

    auto edited = f.editablePack("tour");
    auto& pages = edited->lessons[0].pages;
    pages[1].title.set(Language::English, plain("Reading, revised"));
    pages.erase(pages.begin());   // the page before it is gone: the same page is now the first
    const Effects effects = f.replacePack(edited);

    CHECK(effects.libraryChanged);
    CHECK(f.model.screen == Screen::Lesson);
    CHECK(f.model.lesson.page == 0);
    CHECK(f.model.lesson.lesson->pages[0].id == "reading");
    CHECK(f.model.lesson.lesson->pages[0].title.plain(Language::English) == "Reading, revised");
    CHECK(f.model.lesson.pack == f.controller->library().findShared("tour"));
    CHECK(old.expired());
}

TEST_CASE("a quiz in progress keeps its question, its drafts and its saved answers when the pack is replaced")
{
    GuiFixture f;
    f.library.reset();   // only the app holds the packs, as at run time
    f.signInNew();
    f.model.nextQuizSeed = 7;
    f.apply(action::StartQuiz{"tour", "tour-quiz"});
    REQUIRE(f.model.screen == Screen::Quiz);
    f.apply(action::ShowQuestion{2});
    const std::string shownId = f.model.activeQuestion()->id;
    f.apply(action::EditAnswerText{"a draft"});
    const Draft before = *f.model.activeDraft();
    std::weak_ptr<const mamori::lessons::Pack> old = f.model.quiz.pack;

    auto edited = f.editablePack("tour");
    edited->lessons[0].quizzes[0].title.set(Language::English, plain("Tour quiz, revised"));
    f.replacePack(edited);

    CHECK(f.model.screen == Screen::Quiz);
    CHECK(f.model.quiz.index == 2);
    REQUIRE(f.model.activeQuestion());
    CHECK(f.model.activeQuestion()->id == shownId);
    CHECK(f.model.activeDraft()->text == before.text);
    CHECK(f.model.activeDraft()->selected == before.selected);
    REQUIRE(f.model.views.quiz);
    CHECK(f.model.views.quiz->quiz->title.plain(Language::English) == "Tour quiz, revised");
    CHECK(f.model.views.quiz->pack == f.controller->library().findShared("tour"));
    CHECK(old.expired());
}

TEST_CASE("when what the learner was on is gone from the new packs, the catalog shows with a notice and no record is lost")
{
    GuiFixture f;
    f.signInNew();
    f.model.nextQuizSeed = 7;
    f.apply(action::StartQuiz{"tour", "tour-quiz"});
    REQUIRE(f.model.screen == Screen::Quiz);

    f.replacePack(nullptr, "tour");

    CHECK(f.model.screen == Screen::Catalog);
    CHECK(hasNotice(f.model, "notice.content-gone"));
    CHECK_FALSE(f.model.quiz.pack);
    REQUIRE(f.model.views.catalog);
    CHECK(f.model.views.catalog->catalog.packs.empty());
    // The attempt is the learner's record, not the pack's: it is still there.
    CHECK(f.model.session->openAttempt("tour", "tour-quiz"));
}

TEST_CASE("a scenario being played is found again in the new pack; settings opened over it fall back to the catalog when it is gone")
{
    GuiFixture f;
    f.signInNew();
    f.apply(action::StartScenario{"tour", "tour-scenario"});
    f.apply(action::ChooseOption{"callback"});
    auto edited = f.editablePack("tour");
    f.replacePack(edited);
    CHECK(f.model.screen == Screen::Scenario);
    CHECK(f.model.scenario.scenario == edited->scenario("tour-scenario"));
    REQUIRE(f.model.scenario.consequence);
    CHECK(f.model.scenario.consequence->optionId == "callback");

    f.apply(action::ShowSettings{});
    auto without = f.editablePack("tour");
    without->scenarios.clear();
    f.replacePack(without);
    CHECK(f.model.screen == Screen::Settings);
    CHECK(hasNotice(f.model, "notice.content-gone"));
    f.apply(action::CloseSettings{});
    CHECK(f.model.screen == Screen::Catalog);
}

TEST_CASE("reviews in progress drop the questions the new pack no longer has and keep the one shown")
{
    GuiFixture f;
    f.signInNew();
    f.model.nextQuizSeed = 7;
    f.apply(action::StartQuiz{"tour", "tour-quiz"});
    f.apply(action::AskSubmit{});
    f.apply(action::SubmitQuiz{});   // nothing answered: every question comes back for review
    f.apply(action::ShowCatalog{});
    f.clock.advance(std::chrono::hours(24));
    f.apply(action::StartReviews{});
    REQUIRE(f.model.reviews.queue.size() == 6);
    f.apply(action::NextReview{});
    REQUIRE(f.model.reviews.index == 1);
    const std::string first = f.model.reviews.queue[0].question->id;
    const std::string shown = f.model.reviews.queue[1].question->id;

    auto edited = f.editablePack("tour");
    std::erase_if(edited->lessons[0].quizzes[0].pool, [&](const auto& q) { return q.id == first; });
    f.replacePack(edited);

    CHECK(f.model.screen == Screen::Reviews);
    CHECK(f.model.reviews.queue.size() == 5);
    CHECK(f.model.reviews.index == 0);
    REQUIRE(f.model.activeQuestion());
    CHECK(f.model.activeQuestion()->id == shown);
    CHECK(f.model.reviews.library == f.controller->sharedLibrary());
}

TEST_CASE("a replaced library's load failures are reported; the same library again changes nothing")
{
    GuiFixture f;
    f.signInNew();
    auto next = std::make_shared<mamori::lessons::PackLibrary>(f.controller->library());
    mamori::lessons::LoadResult broken;
    broken.errors = 1;
    broken.diagnostics.push_back({"broken/pack.xml", 3, mamori::lessons::Severity::Error, "bad", "broken on purpose"});
    next->failures.push_back(broken);
    f.controller->replaceLibrary(next);
    CHECK(hasNotice(f.model, "error.pack-failed"));

    const Effects again = f.controller->replaceLibrary(f.controller->sharedLibrary());
    CHECK_FALSE(again.libraryChanged);
}

TEST_CASE("settings lines that were ignored are shown to the learner, with their file and line, at most five")
{
    GuiFixture f;
    f.controller->reportSettingsProblems({});
    CHECK_FALSE(hasNotice(f.model, "error.settings-problems"));
    std::vector<std::string> problems;
    for (int line = 1; line <= 7; ++line)
        problems.push_back("/etc/mamori/mamori.conf:" + std::to_string(line) + ": error: unknown setting 'colour'");
    f.controller->reportSettingsProblems(problems);
    REQUIRE(hasNotice(f.model, "error.settings-problems"));
    const Notice& notice = f.model.notices.back();
    CHECK(notice.level == Notice::Level::Warning);
    REQUIRE(notice.details.size() == 6);
    CHECK(notice.details[0] == "/etc/mamori/mamori.conf:1: error: unknown setting 'colour'");
    CHECK(notice.details[5] == "… (2)");
}
