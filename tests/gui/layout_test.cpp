// Every screen, at every text size the settings allow, in both languages and at window widths
// down to 1024 pixels: no widget is drawn over another, none is cut off at the side. The
// screens are drawn with the real fonts (headless), and the widgets' places read back.

#include "gui_fixture.hpp"
#include "headless_frames.hpp"
#include "layout_check.hpp"

#include <doctest/doctest.h>

#include <map>
#include <sstream>

using namespace mamori::app;
using namespace mamori::test;
using mamori::lessons::Language;

namespace {

/// Walks a learner through every screen of the tour pack, calling `look(what)` on each.
void visitEveryScreen(GuiFixture& f, const std::function<void(const std::string&)>& look)
{
    look("sign-in");
    f.apply(action::ShowCreateLearner{true});
    look("sign-in, new learner");
    // A long name, as a learner may give: the header must make room for it.
    f.signInNew("E1234567", "Alexandra Montgomery-Fitzgerald 長谷川由美子");
    look("catalog");

    f.apply(action::OpenLesson{"tour", "how-it-works"});
    for (int page = 0; page < static_cast<int>(f.model.lesson.lesson->pages.size()); ++page) {
        f.apply(action::GoToPage{page});
        look("lesson page " + f.model.lesson.lesson->pages[static_cast<std::size_t>(page)].id);
    }

    f.model.nextQuizSeed = 7;
    f.apply(action::StartQuiz{"tour", "tour-quiz"});
    const int count = static_cast<int>(f.model.session->openAttempt("tour", "tour-quiz")->questions.size());
    for (int i = 0; i < count; ++i) {
        f.apply(action::ShowQuestion{i});
        look("quiz question " + f.model.activeQuestion()->id);
    }
    f.apply(action::AskSubmit{});
    look("quiz, asking to submit");
    f.apply(action::SubmitQuiz{});
    look("results");
    f.apply(action::SetMissedOnly{true});
    look("results, missed only");

    f.apply(action::StartScenario{"tour", "tour-scenario"});
    look("scenario");
    f.apply(action::ChooseOption{"tell"});
    look("scenario, consequence");
    f.apply(action::DismissConsequence{});
    f.apply(action::ChooseOption{"ignore"});
    f.apply(action::DismissConsequence{});
    look("scenario, ending");

    f.clock.advance(std::chrono::hours(24));
    f.apply(action::StartReviews{});
    look("reviews");
    f.apply(action::ShowSettings{});
    look("settings");
}

/// Walks a learner through the inbox drill: the list, a message with headers and an inspected
/// attachment, marking, a consequence, a debrief, the result and the finished run.
void visitInboxScreens(GuiFixture& f, const std::function<void(const std::string&)>& look)
{
    f.signInNew("E1234567", "Alexandra Montgomery-Fitzgerald 長谷川由美子");
    f.apply(action::StartInbox{"inbox-drill", "inbox-targeted-week"});
    look("inbox, nothing selected");
    f.apply(action::SelectMessage{"m15"});
    f.apply(action::ShowHeaders{true});
    look("inbox, a message with its headers");
    f.apply(action::SelectMessage{"m11"});
    f.apply(action::InspectAttachment{"m11-a-request"});
    look("inbox, an attachment inspected");
    f.apply(action::SetMarking{true});
    f.apply(action::ActOnMessage{mamori::scoring::InboxAction::MarkClue, "sender"});
    look("inbox, marking");
    f.apply(action::SetMarking{false});
    f.apply(action::ActOnMessage{mamori::scoring::InboxAction::OpenAttachment, "m11-a-request"});
    look("inbox, a consequence");
    f.apply(action::DismissConsequence{});
    f.apply(action::ActOnMessage{mamori::scoring::InboxAction::Report, ""});
    look("inbox, a debrief");
    for (const auto& m : f.model.inbox.inbox->messages) {
        if (m.id == "m11") continue;
        f.apply(action::SelectMessage{m.id});
        f.apply(action::ActOnMessage{mamori::scoring::InboxAction::MarkSafe, ""});
    }
    look("inbox, the result");
    f.apply(action::ShowInboxMessages{});
    look("inbox, a finished run");
}

/// Every layout problem met while `visit` walks through the screens over the packs of
/// `packsDir`, at each width, text size and language.
std::vector<std::string> layoutProblems(const std::filesystem::path& packsDir,
                                        void (*visit)(GuiFixture&, const std::function<void(const std::string&)>&))
{
    const auto library = GuiFixture(packsDir).library;
    std::vector<std::string> loadProblems;
    const std::string characters = charactersShown(*library, UiStrings::load(sourceDir() / "assets" / "lang", loadProblems));
    std::vector<std::string> problems;
    for (float width : {1024.0f, 1280.0f}) {
        for (int percent : {kMinTextPercent, 100, 140, kMaxTextPercent}) {
            HeadlessFrames frames(characters, {ImVec2(width, 1400), percent, Theme::Light});
            for (Language language : mamori::lessons::kAllLanguages) {
                GuiFixture f(packsDir);
                f.model.settings.language = language;
                f.model.settings.textPercent = percent;
                std::ostringstream where;
                where << static_cast<int>(width) << " px, " << percent << " %, " << mamori::lessons::languageCode(language) << ", ";
                visit(f, [&](const std::string& what) {
                    frames.draw(f.model, f.clock.now());
                    for (const std::string& problem : findLayoutProblems(frames.probe)) {
                        problems.push_back(where.str() + what + ": " + problem);
                    }
                });
            }
        }
    }
    return problems;
}

/// Fails with the problems, each shown once with how often it was seen.
void checkNoProblems(const std::vector<std::string>& problems)
{
    // The same problem at many settings is shown once, with how often it was seen.
    std::map<std::string, int> seen;
    for (const std::string& problem : problems) seen[problem.substr(problem.rfind(": ") + 2)]++;
    std::string shown;
    for (const std::string& problem : problems) {
        auto it = seen.find(problem.substr(problem.rfind(": ") + 2));
        if (it == seen.end()) continue;
        shown += problem + " (" + std::to_string(it->second) + " times)\n";
        seen.erase(it);
    }
    INFO(problems.size(), " layout problems, the first ones:\n", shown);
    CHECK(problems.empty());
}

} // namespace

TEST_CASE("nothing overlaps or is cut off on any screen, at any text size, in both languages, down to 1024 pixels wide")
{
    checkNoProblems(layoutProblems(sourceDir() / "tests" / "gui" / "packs", visitEveryScreen));
}

TEST_CASE("the inbox's screens keep their layout too, at any text size, in both languages, down to 1024 pixels wide")
{
    checkNoProblems(layoutProblems(GuiFixture::inboxPacksDir(), visitInboxScreens));
}

TEST_CASE("the layout check sees a widget drawn over another and one cut off at the side")
{
    const auto library = GuiFixture().library;
    HeadlessFrames frames("", {ImVec2(400, 300), 100, Theme::Light});
    ImGui::NewFrame();
    frames.probe.beginFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::Button("first", ImVec2(120, 30));
    frames.probe.track("first");
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + 60, ImGui::GetCursorPosY() - 40));
    ImGui::Button("second", ImVec2(120, 30));
    frames.probe.track("second");
    ImGui::SetCursorPosX(320);
    ImGui::Button("third", ImVec2(200, 30));
    frames.probe.track("third");
    ImGui::End();
    ImGui::Render();
    const auto problems = findLayoutProblems(frames.probe);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("third is cut off at the right") == 0);
    CHECK(problems[1] == "first overlaps second");
}
