// A learner saves the certificate of a pack they completed, from the catalog.

#include "drafts.hpp"
#include "gui_fixture.hpp"
#include "headless_frames.hpp"
#include "layout_check.hpp"

#include "mamori/records/certificate.hpp"
#include "mamori/scoring/grading.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace mamori::app;
using namespace mamori::test;
namespace fs = std::filesystem;

namespace {

bool hasNotice(const AppModel& model, const std::string& key)
{
    return std::any_of(model.notices.begin(), model.notices.end(), [&](const Notice& n) { return n.key == key; });
}

/// Takes the whole tour: every page, the quiz answered right, the scenario's best path.
void completeTour(GuiFixture& f)
{
    f.apply(action::OpenLesson{"tour", "how-it-works"});
    for (int page = 0; page < static_cast<int>(f.model.lesson.lesson->pages.size()); ++page) f.apply(action::GoToPage{page});
    f.model.nextQuizSeed = 7;
    f.apply(action::StartQuiz{"tour", "tour-quiz"});
    const int count = static_cast<int>(f.model.session->openAttempt("tour", "tour-quiz")->questions.size());
    for (int i = 0; i < count; ++i) {
        f.apply(action::ShowQuestion{i});
        const auto right = mamori::scoring::correctResponse(*f.model.activeQuestion());
        Draft& draft = *f.model.activeDraft();
        draft.selected = right.choices;
        draft.order = right.choices;
        for (const auto& [l, r] : right.matches) draft.matches[l] = r;
        draft.text = right.text;
        f.apply(action::ConfirmAnswer{});
    }
    f.apply(action::AskSubmit{});
    f.apply(action::SubmitQuiz{});
    f.apply(action::StartScenario{"tour", "tour-scenario"});
    for (const char* option : {"callback", "report", "follow"}) {
        f.apply(action::ChooseOption{option});
        f.apply(action::DismissConsequence{});
    }
    f.apply(action::ShowCatalog{});
}

} // namespace

TEST_CASE("a pack not yet complete offers no certificate; a complete one saves it, readable by the learner only")
{
    GuiFixture f;
    f.signInNew("E1", "山田 花子");
    f.apply(action::SaveCertificate{"tour"});
    CHECK(hasNotice(f.model, "certificate.not-complete"));
    REQUIRE(f.model.views.catalog);
    CHECK_FALSE(f.model.views.catalog->catalog.packs[0].summary.complete);

    completeTour(f);
    REQUIRE(f.model.views.catalog);
    REQUIRE(f.model.views.catalog->catalog.packs[0].summary.complete);
    // The completed pack's card offers its certificate, laid out with the rest.
    std::vector<std::string> problems;
    HeadlessFrames frames(charactersShown(*f.library, UiStrings::load(sourceDir() / "assets" / "lang", problems)), {ImVec2(1024, 1400), 140});
    frames.draw(f.model, f.clock.now());
    CHECK(frames.probe.exists("certificate:tour"));
    CHECK(findLayoutProblems(frames.probe).empty());
    f.apply(action::SaveCertificate{"tour"});
    REQUIRE(hasNotice(f.model, "certificate.saved"));
    const fs::path file = f.folder.path() / "data" / "certificates" / "E1-tour.pdf";
    CHECK(fs::is_regular_file(file));
    CHECK((fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    CHECK(f.model.notices.back().details == std::vector<std::string>{file.string()});

    // What it states (exports/certificate_test.cpp checks its code is the one HR gets from the index).
    const auto facts = mamori::records::certificateFactsFromProgress(f.model.session->progress(), "tour");
    REQUIRE(facts);
    CHECK(facts->name == "山田 花子");
    CHECK(facts->scorePercent == doctest::Approx(100));
}

TEST_CASE("a link planted in place of the certificates folder is not written through")
{
    GuiFixture f;
    f.signInNew("E1", "山田 花子");
    completeTour(f);
    const fs::path elsewhere = f.folder.path() / "elsewhere";
    fs::create_directories(elsewhere);
    fs::create_directory_symlink(elsewhere, f.folder.path() / "data" / "certificates");
    f.apply(action::SaveCertificate{"tour"});
    CHECK(hasNotice(f.model, "certificate.failed"));
    CHECK(fs::is_empty(elsewhere));
}

