// The app's logic, driven with actions as the screens emit them, without a window.

#include "drafts.hpp"
#include "gui_fixture.hpp"

#include <doctest/doctest.h>

#include <fstream>

#include <algorithm>

using namespace mamori::app;
using namespace mamori::test;
using namespace std::chrono_literals;

namespace {

bool hasNotice(const AppModel& model, const std::string& key)
{
    return std::any_of(model.notices.begin(), model.notices.end(), [&](const Notice& n) { return n.key == key; });
}

/// Starts the tour quiz with a fixed seed and returns the ids in the order asked.
std::vector<std::string> startTourQuiz(GuiFixture& f)
{
    f.model.nextQuizSeed = 7;
    f.apply(action::StartQuiz{"tour", "tour-quiz"});
    REQUIRE(f.model.screen == Screen::Quiz);
    std::vector<std::string> ids;
    for (const auto& q : f.model.session->openAttempt("tour", "tour-quiz")->questions) ids.push_back(q.questionId);
    return ids;
}

void show(GuiFixture& f, const std::vector<std::string>& ids, const std::string& id)
{
    const auto at = std::find(ids.begin(), ids.end(), id) - ids.begin();
    f.apply(action::ShowQuestion{static_cast<int>(at)});
    REQUIRE(f.model.activeQuestion()->id == id);
}

} // namespace

TEST_CASE("a new learner registers on the sign-in screen and lands in the catalog")
{
    GuiFixture f;
    CHECK(f.model.screen == Screen::SignIn);
    CHECK(f.model.signIn.learners.empty());
    f.signInNew("E1", "山田 花子");
    REQUIRE(f.model.session);
    CHECK(f.model.screen == Screen::Catalog);
    CHECK(f.model.session->progress().displayName == "山田 花子");
    CHECK(f.model.settings.lastLearner == "E1");
    // Signing out lists the learner for next time, with the name.
    f.apply(action::SignOut{});
    CHECK(f.model.screen == Screen::SignIn);
    REQUIRE(f.model.signIn.learners.size() == 1);
    CHECK(f.model.signIn.learners[0].name == "山田 花子");
}

TEST_CASE("the sign-in screen lists the learners who signed in on this PC, without reading any progress file")
{
    GuiFixture f;
    f.signInNew("E1", "山田 花子");
    f.apply(action::SignOut{});
    f.signInNew("E2", "佐藤 一郎");
    f.apply(action::SignOut{});
    // Files of many others on the share are not read, nor listed: only this PC's recent learners.
    for (int i = 0; i < 50; ++i) f.folder.write("data/progress/X" + std::to_string(i) + ".xml", "not even XML");
    f.controller->refreshLearners();
    REQUIRE(f.model.signIn.learners.size() == 2);
    CHECK(f.model.signIn.learners[0].id == "E2");   // most recent first
    CHECK(f.model.signIn.learners[0].name == "佐藤 一郎");
    CHECK(f.model.signIn.learners[1].id == "E1");
    // They are kept with the settings, at most twelve.
    Settings settings;
    for (int i = 0; i < 20; ++i) settings.rememberLearner({"L" + std::to_string(i), ""});
    settings.rememberLearner({"L5", "again"});
    REQUIRE(settings.recentLearners.size() == kMaxRecentLearners);
    CHECK(settings.recentLearners[0] == RecentLearner{"L5", "again"});
    CHECK(settings.recentLearners[1].id == "L19");
    const auto file = f.folder.path() / "settings.xml";
    REQUIRE(saveSettings(file, settings));
    CHECK(loadSettings(file).recentLearners == settings.recentLearners);
    // Settings from before the list still offer their last learner.
    std::ofstream(file) << "<?xml version=\"1.0\"?>\n<settings last-learner=\"E77\"/>\n";
    CHECK(loadSettings(file).recentLearners == std::vector<RecentLearner>{{"E77", ""}});
}

TEST_CASE("the administrator's language is where settings start; a learner's saved choice still wins")
{
    TemporaryDirectory folder;
    Settings defaults;
    defaults.language = mamori::lessons::Language::English;
    const auto file = folder.path() / "settings.xml";
    CHECK(loadSettings(file, defaults).language == mamori::lessons::Language::English);   // first start: no file yet
    std::ofstream(file) << "<?xml version=\"1.0\"?>\n<settings text-percent=\"120\"/>\n";
    CHECK(loadSettings(file, defaults).language == mamori::lessons::Language::English);
    CHECK(loadSettings(file, defaults).textPercent == 120);
    std::ofstream(file) << "<?xml version=\"1.0\"?>\n<settings language=\"ja\"/>\n";
    CHECK(loadSettings(file, defaults).language == mamori::lessons::Language::Japanese);
}

TEST_CASE("an invalid employee number is refused in plain words")
{
    GuiFixture f;
    f.signInNew("../../etc", "x");
    CHECK(f.model.screen == Screen::SignIn);
    CHECK_FALSE(f.model.session);
    CHECK(hasNotice(f.model, "error.bad-learner-id"));
}

TEST_CASE("a learner open in another Mamori is refused with an explanation")
{
    GuiFixture first;
    first.signInNew("E1");
    AppModel model;
    AppController second(AppEnvironment{first.library, first.folder.path() / "data", first.key(),
                                        first.storage, first.clock},
                         model);
    second.apply(action::SignIn{"E1"});
    CHECK_FALSE(model.session);
    CHECK(hasNotice(model, "error.locked"));
}

TEST_CASE("a missing organisation key, a name too long and a wrong clock are refused in plain words")
{
    GuiFixture f;
    AppModel model;
    AppController noKey(AppEnvironment{f.library, f.folder.path() / "data",
                                       KeyLocation{f.folder.path() / "typo.key", "set by --key-file", false}, f.storage,
                                       f.clock},
                        model);
    noKey.apply(action::SignIn{"E1"});
    CHECK_FALSE(model.session);
    CHECK(hasNotice(model, "error.key-missing"));
    CHECK_FALSE(std::filesystem::exists(f.folder.path() / "typo.key"));

    f.signInNew("E1", std::string(101, 'n'));
    REQUIRE(f.model.session);   // signed in, without the name
    CHECK(hasNotice(f.model, "error.bad-name"));
    CHECK(f.model.session->progress().displayName.empty());
    f.clock.set(mamori::scoring::kLatestNow + 1s);
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    CHECK(hasNotice(f.model, "error.bad-clock"));
}

TEST_CASE("a progress file deleted behind the app's back comes back from its backup, with a notice")
{
    GuiFixture f;
    f.signInNew("E1");
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    f.apply(action::SignOut{});
    std::filesystem::remove(f.folder.path() / "data" / "progress" / "E1.xml");
    f.apply(action::SignIn{"E1"});
    REQUIRE(f.model.session);
    CHECK(hasNotice(f.model, "error.restored-backup"));
}

TEST_CASE("reading a lesson: pages are recorded as viewed, and finishing it returns to the catalog")
{
    GuiFixture f;
    f.signInNew();
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    REQUIRE(f.model.screen == Screen::Lesson);
    CHECK(f.model.lesson.page == 0);
    CHECK(f.model.session->progress().findPack("tour")->hasViewed("how-it-works", "welcome"));
    f.apply(action::GoToPage{1});
    f.apply(action::GoToPage{2});
    CHECK(f.model.session->progress().findPack("tour")->hasViewed("how-it-works", "keyboard"));
    f.apply(action::GoToPage{3});  // "finish the lesson"
    CHECK(f.model.screen == Screen::Catalog);
}

TEST_CASE("reopening a lesson continues on the page where the learner left it")
{
    GuiFixture f;
    f.signInNew();
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    f.apply(action::GoToPage{1});
    f.apply(action::ShowCatalog{});
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    CHECK(f.model.lesson.page == 1);
}

TEST_CASE("narration plays in the learner's language, and stops when the page changes")
{
    GuiFixture f;
    f.signInNew();
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    Effects play = f.apply(action::Narration{action::NarrationCommand::Play});
    REQUIRE(play.playNarration);
    CHECK(play.playNarration->filename() == "welcome-ja.ogg");
    f.apply(action::SetLanguage{mamori::lessons::Language::English});
    play = f.apply(action::Narration{action::NarrationCommand::Play});
    CHECK(play.playNarration->filename() == "welcome-en.ogg");
    const Effects next = f.apply(action::GoToPage{1});
    CHECK(next.narration == Effects::NarrationChange::Stop);
    CHECK(f.apply(action::Narration{action::NarrationCommand::Pause}).narration == Effects::NarrationChange::Pause);
}

TEST_CASE("a completion asks for the learner's file to be pushed to the records server; other steps do not")
{
    GuiFixture f;
    f.signInNew();
    f.apply(action::StartScenario{"tour", "tour-scenario"});
    for (const char* option : {"callback", "report"}) {
        CHECK_FALSE(f.apply(action::ChooseOption{option}).pushProgress);
        f.apply(action::DismissConsequence{});
    }
    const Effects last = f.apply(action::ChooseOption{"follow"});   // the good ending completes the scenario
    REQUIRE(f.model.scenario.consequence->ended);
    REQUIRE(last.pushProgress);
    CHECK(*last.pushProgress == "E1");
}

TEST_CASE("immediate feedback: answering grades at once, plays a cue and locks the question")
{
    GuiFixture f;
    f.signInNew();
    const auto ids = startTourQuiz(f);
    show(f, ids, "tour-q-confirm");
    f.apply(action::PickChoice{"escape"});
    const Effects wrong = f.apply(action::ConfirmAnswer{});
    REQUIRE(f.model.quiz.feedback);
    CHECK(f.model.quiz.feedback->grade.correctness == mamori::scoring::Correctness::Wrong);
    CHECK(wrong.cues == std::vector<Cue>{Cue::Incorrect});
    // Locked: picking another choice changes nothing.
    f.apply(action::PickChoice{"enter"});
    CHECK(f.model.activeDraft()->selected == std::vector<std::string>{"escape"});
}

TEST_CASE("every kind of answer is composed on screen and graded")
{
    GuiFixture f;
    f.signInNew();
    const auto ids = startTourQuiz(f);
    show(f, ids, "tour-q-kinds");
    for (const char* id : {"tip", "warning", "advert", "rule", "advert"}) f.apply(action::PickChoice{id});  // advert toggled off again
    CHECK(f.apply(action::ConfirmAnswer{}).cues == std::vector<Cue>{Cue::Correct});

    show(f, ids, "tour-q-order");
    Draft* draft = f.model.activeDraft();
    REQUIRE(draft->order.size() == 3);
    f.apply(action::PlaceStep{"learn", 0});   // dragged to the top
    f.apply(action::PlaceStep{"check", 1});
    CHECK(f.model.activeDraft()->order == std::vector<std::string>{"learn", "check", "decide"});
    f.apply(action::MoveStep{"check", +1});   // the arrow buttons
    f.apply(action::MoveStep{"check", -1});
    f.apply(action::ConfirmAnswer{});
    CHECK(f.model.quiz.feedback->grade.correctness == mamori::scoring::Correctness::Right);

    show(f, ids, "tour-q-boxes");
    f.apply(action::MatchItem{"tip", "tip"});
    f.apply(action::MatchItem{"warning", "rule"});
    f.apply(action::ConfirmAnswer{});  // not every item matched yet: refused with a hint
    CHECK(hasNotice(f.model, "quiz.incomplete"));
    CHECK_FALSE(f.model.quiz.feedback);
    f.apply(action::MatchItem{"rule", "warning"});
    f.apply(action::ConfirmAnswer{});
    CHECK(f.model.quiz.feedback->grade.correctness == mamori::scoring::Correctness::PartlyRight);

    show(f, ids, "tour-q-usb");
    f.apply(action::EditAnswerText{"ＵＳＢ"});
    f.apply(action::ConfirmAnswer{});
    CHECK(f.model.quiz.feedback->grade.correctness == mamori::scoring::Correctness::Right);
}

TEST_CASE("submitting with questions unanswered asks first — the results screen follows")
{
    GuiFixture f;
    f.signInNew();
    const auto ids = startTourQuiz(f);
    show(f, ids, "tour-q-resume");
    f.apply(action::PickChoice{"true"});
    f.apply(action::ConfirmAnswer{});
    f.apply(action::AskSubmit{});
    CHECK(f.model.quiz.askingToSubmit);
    CHECK(f.model.screen == Screen::Quiz);
    f.apply(action::CancelSubmit{});
    CHECK_FALSE(f.model.quiz.askingToSubmit);
    f.apply(action::AskSubmit{});
    const Effects submitted = f.apply(action::SubmitQuiz{});
    CHECK(f.model.screen == Screen::Results);
    CHECK(f.model.results.attemptNumber == 1);
    CHECK(submitted.cues == std::vector<Cue>{Cue::Incorrect});  // 1 of 11 points: not passed
    CHECK_FALSE(submitted.pushProgress);                         // nothing completed: nothing to push
}

TEST_CASE("after closing the app mid-quiz, continue resumes the same attempt on the same question")
{
    GuiFixture f;
    f.signInNew();
    const auto ids = startTourQuiz(f);
    show(f, ids, ids[3]);
    f.apply(action::SignOut{});  // the app closes; the session is released

    AppModel model;
    AppController again(AppEnvironment{f.library, f.folder.path() / "data", f.key(), f.storage, f.clock},
                        model);
    again.apply(action::SignIn{"E1"});
    again.apply(action::ContinueLearning{});
    REQUIRE(model.screen == Screen::Quiz);
    CHECK(model.quiz.index == 3);
    CHECK(model.activeQuestion()->id == ids[3]);
}

TEST_CASE("a quiz whose time runs out goes to the results with a message")
{
    GuiFixture f;
    f.signInNew();
    startTourQuiz(f);
    CHECK(f.controller->secondsUntilNextChange() > 0);  // the timer is on screen
    f.clock.advance(16min);
    f.controller->tick();
    CHECK(f.model.screen == Screen::Results);
    CHECK(hasNotice(f.model, "quiz.time-up"));
    CHECK(f.controller->secondsUntilNextChange() < 0);  // nothing ticking: the app may sleep
}

TEST_CASE("a scenario shows the consequence of each choice, then the ending")
{
    GuiFixture f;
    f.signInNew();
    f.apply(action::StartScenario{"tour", "tour-scenario"});
    REQUIRE(f.model.screen == Screen::Scenario);
    f.apply(action::ChooseOption{"tell"});
    REQUIRE(f.model.scenario.consequence);
    CHECK(f.model.scenario.consequence->optionId == "tell");
    f.apply(action::ChooseOption{"report"});  // ignored until the consequence is read
    CHECK(f.model.scenario.consequence->optionId == "tell");
    f.apply(action::DismissConsequence{});
    f.apply(action::ChooseOption{"report"});
    f.apply(action::DismissConsequence{});
    const Effects last = f.apply(action::ChooseOption{"follow"});
    CHECK(f.model.scenario.consequence->ended);
    CHECK(last.cues == std::vector<Cue>{Cue::Incorrect});  // the "acceptable" ending's fixed score 1 misses pass-score 2
    CHECK(f.model.session->lastFinishedRun("tour", "tour-scenario")->endingId == "ok-end");
}

TEST_CASE("settings change at once and ask to be saved — text size rebuilds the fonts, within limits")
{
    GuiFixture f;
    Effects e = f.apply(action::SetLanguage{mamori::lessons::Language::English});
    CHECK(f.model.language() == mamori::lessons::Language::English);
    CHECK(e.saveSettings);
    e = f.apply(action::SetTextPercent{500});
    CHECK(f.model.settings.textPercent == kMaxTextPercent);
    CHECK(e.rebuildFonts);
    e = f.apply(action::SetMuted{true});
    CHECK(e.applyAudioSettings);
    f.apply(action::ShowSettings{});
    CHECK(f.model.screen == Screen::Settings);
    f.apply(action::CloseSettings{});
    CHECK(f.model.screen == Screen::SignIn);
}

TEST_CASE("good news disappears when the learner moves on — problems stay until dismissed")
{
    GuiFixture f;
    f.signInNew();
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    f.model.notices.push_back({Notice::Level::Success, "done.lesson", {"x"}, {}});
    f.model.notices.push_back({Notice::Level::Error, "error.not-saved", {}, {}});
    f.apply(action::ShowCatalog{});
    REQUIRE(f.model.notices.size() == 1);
    CHECK(f.model.notices[0].key == "error.not-saved");
    f.apply(action::DismissNotice{0});
    CHECK(f.model.notices.empty());
}

TEST_CASE("questions missed come back for review the next day, with immediate feedback")
{
    GuiFixture f;
    f.signInNew();
    startTourQuiz(f);
    f.apply(action::AskSubmit{});
    f.apply(action::SubmitQuiz{});  // nothing answered: all six missed
    f.apply(action::ShowCatalog{});
    f.apply(action::StartReviews{});
    CHECK(f.model.reviews.queue.empty());  // not yet: due after a day
    f.clock.advance(24h);
    f.apply(action::StartReviews{});
    REQUIRE(f.model.reviews.queue.size() == 6);
    const auto* question = f.model.activeQuestion();
    REQUIRE(question);
    const auto right = mamori::scoring::correctResponse(*question);
    Draft& draft = *f.model.activeDraft();
    draft.selected = right.choices;
    draft.order = right.choices;
    for (const auto& [l, r] : right.matches) draft.matches[l] = r;
    draft.text = right.text;
    const Effects e = f.apply(action::ConfirmAnswer{});
    REQUIRE(f.model.reviews.feedback);
    CHECK(f.model.reviews.feedback->outcome.stage == 2);
    CHECK(e.cues == std::vector<Cue>{Cue::Correct});
    f.apply(action::NextReview{});
    CHECK(f.model.reviews.index == 1);
    CHECK_FALSE(f.model.reviews.feedback);
}

TEST_CASE("a scenario run the updated course no longer fits starts again, says so, and keeps the old run")
{
    GuiFixture f;
    f.signInNew();
    f.apply(action::StartScenario{"tour", "tour-scenario"});
    f.apply(action::ChooseOption{"callback"});  // now at node "verify"
    f.apply(action::DismissConsequence{});
    f.apply(action::ShowCatalog{});
    REQUIRE(f.model.session->openRun("tour", "tour-scenario"));

    // The course is updated: the option the learner took, and where it led, are gone.
    auto changed = f.editablePack("tour");
    for (mamori::lessons::Scenario& s : changed->scenarios) {
        std::erase_if(s.nodes, [](const mamori::lessons::ScenarioNode& n) { return n.id == "verify"; });
        for (auto& node : s.nodes) {
            std::erase_if(node.options, [](const mamori::lessons::ScenarioOption& o) { return o.id == "callback"; });
        }
    }
    f.replacePack(changed);

    f.apply(action::StartScenario{"tour", "tour-scenario"});
    CHECK(hasNotice(f.model, "scenario.restarted"));
    CHECK(f.model.screen == Screen::Scenario);
    CHECK(f.model.scenario.runNumber == 2);
    const auto runs = f.model.session->progress().findPack("tour")->runsFor("tour-scenario");
    REQUIRE(runs.size() == 2);
    CHECK(runs[0]->isAbandoned());
    CHECK(runs[0]->path.size() == 1);
}

TEST_CASE("each action leaves the screen a view to draw: the quiz's lock, navigator and timer, the results, the catalog")
{
    GuiFixture f;
    f.signInNew();
    REQUIRE(f.model.views.catalog);
    CHECK(f.model.views.header->displayName == "山田 花子");
    CHECK(f.model.views.catalog->reviewsDue == 0);
    CHECK_FALSE(f.model.views.quiz);   // only the screen shown has a view

    const auto ids = startTourQuiz(f);
    REQUIRE(f.model.views.quiz);
    CHECK(f.model.views.quiz->count == static_cast<int>(ids.size()));
    CHECK(f.model.views.quiz->unanswered == static_cast<int>(ids.size()));
    CHECK(f.model.views.quiz->deadline);   // the tour quiz has a time limit
    show(f, ids, "tour-q-confirm");
    const std::string scrollBefore = f.model.views.scrollKey;
    f.apply(action::PickChoice{"escape"});
    CHECK(f.model.views.quiz->draft.selected == std::vector<std::string>{"escape"});   // the draft as composed
    CHECK(f.model.views.quiz->canConfirm);
    CHECK_FALSE(f.model.views.quiz->locked);
    f.apply(action::ConfirmAnswer{});
    const QuizView& answered = *f.model.views.quiz;
    CHECK(answered.locked);   // immediate feedback shown: the answer cannot change
    CHECK(answered.feedback);
    CHECK(answered.unanswered == static_cast<int>(ids.size()) - 1);
    const auto at = std::find(ids.begin(), ids.end(), "tour-q-confirm") - ids.begin();
    CHECK(answered.answered[static_cast<std::size_t>(at)]);
    CHECK(f.model.views.scrollKey == scrollBefore);   // the same question: it keeps its scroll

    f.apply(action::AskSubmit{});
    f.apply(action::SubmitQuiz{});
    REQUIRE(f.model.views.results);
    CHECK(f.model.views.results->attempt.number == 1);
    CHECK(f.model.views.results->rows.size() == ids.size());
    CHECK_FALSE(f.model.views.quiz);

    f.apply(action::ShowCatalog{});
    REQUIRE(f.model.views.catalog);
    CHECK(f.model.views.catalog->lastFinishedAttempt.at("tour/tour-quiz") == 1);
    CHECK(f.model.views.catalog->reviewsDue == 0);   // missed questions come back for review later
    f.clock.advance(std::chrono::hours(24 * 2));
    f.apply(action::ShowCatalog{});
    CHECK(f.model.views.catalog->reviewsDue > 0);
}
