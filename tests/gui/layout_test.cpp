// Every screen, at every text size the settings allow, in both languages and at window widths
// down to 1024 pixels: no widget is drawn over another, none is cut off at the side. The
// screens are drawn with the real fonts (headless), and the widgets' places read back.

#include "gui_fixture.hpp"
#include "headless_frames.hpp"
#include "layout_check.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
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

namespace {

/// A pack with one hotspot question (the telework desk's picture), in a folder of its own.
std::shared_ptr<const mamori::lessons::PackLibrary> hotspotLibrary(const TemporaryDirectory& folder)
{
    const auto pack = folder.path() / "packs" / "desk";
    std::filesystem::create_directories(pack / "images");
    std::filesystem::copy_file(sourceDir() / "lessons/packs/telework/images/desk-hotspot.png", pack / "images" / "desk.png");
    auto region = [](const char* id, const char* shape, const char* coords, bool correct, const char* ja, const char* en) {
        return std::string("<region id=\"") + id + "\" shape=\"" + shape + "\" coords=\"" + coords + "\"" +
               (correct ? " correct=\"true\"" : "") + ">" + text("label", ja, en) +
               text("feedback", "この箇所についての説明が、ここに一、二文で入ります。", "A sentence or two about this part of the picture goes here.") +
               "</region>";
    };
    std::string xml = packXml(
        "<quiz id=\"check\" pass-mark=\"50\" feedback=\"immediate\">" + text("title", "机の上の危険", "Risks on the desk") +
        "<hotspot id=\"desk\" points=\"2\">" +
        text("prompt", "在宅勤務中、数分だけ席を離れます。この机で、秘密情報の漏えいにつながるものをすべて選んでください。",
             "You step away from your desk at home for a few minutes. Choose everything on it that could leak confidential information.") +
        "<picture src=\"images/desk.png\">" + text("alt", "在宅勤務の机", "A home-office desk") + "</picture>" +
        region("plant", "rect", "60,30,72,94", false, "棚の観葉植物", "The plant on the shelf") +
        region("sticky", "rect", "450,106,74,64", true, "画面の縁の付箋", "The sticky note on the screen's edge") +
        region("screen", "rect", "262,162,226,152", true, "ノートPCの画面", "The laptop screen") +
        region("printout", "polygon", "70,316 198,310 208,354 60,360", true, "机の上の印刷物", "The printout on the desk") +
        region("mug", "rect", "592,276,58,74", false, "マグカップ", "The mug") +
        text("explanation", "解説", "Because") + "</hotspot></quiz>");
    xml.replace(xml.find("id=\"test\""), 9, "id=\"desk\"");
    std::ofstream(pack / "pack.xml") << xml;
    auto library = std::make_shared<const mamori::lessons::PackLibrary>(mamori::lessons::loadPackLibrary(folder.path() / "packs"));
    REQUIRE(library->packs.size() == 1);
    return library;
}

} // namespace

TEST_CASE("a hotspot question is laid out at every text size, in both languages: before, while and after answering")
{
    TemporaryDirectory folder;
    const auto library = hotspotLibrary(folder);
    std::vector<std::string> loadProblems;
    const std::string characters = charactersShown(*library, UiStrings::load(sourceDir() / "assets" / "lang", loadProblems));
    std::vector<std::string> problems;
    for (float width : {1024.0f, 1280.0f}) {
        for (int percent : {kMinTextPercent, 100, 140, kMaxTextPercent}) {
            HeadlessFrames frames(characters, {ImVec2(width, 1400), percent, Theme::Light});
            for (Language language : mamori::lessons::kAllLanguages) {
                GuiFixture f;
                f.controller->replaceLibrary(library);
                f.model.settings.language = language;
                f.model.settings.textPercent = percent;
                std::ostringstream where;
                where << static_cast<int>(width) << " px, " << percent << " %, " << mamori::lessons::languageCode(language) << ", ";
                auto look = [&](const std::string& what) {
                    frames.draw(f.model, f.clock.now());
                    for (const std::string& problem : findLayoutProblems(frames.probe)) problems.push_back(where.str() + what + ": " + problem);
                };
                f.signInNew();
                f.apply(action::StartQuiz{"desk", "check"});
                REQUIRE(f.model.activeQuestion());
                look("hotspot");
                // The picture, every region's spot for the script mode and the list are drawn.
                CHECK(frames.probe.exists("hotspot:picture"));
                for (const char* id : {"plant", "sticky", "screen", "printout", "mug"}) {
                    CHECK(frames.probe.exists(std::string("hotspot:") + id));
                    CHECK(frames.probe.exists(std::string("region:") + id));
                }
                f.apply(action::PickChoice{"sticky"});
                f.apply(action::PickChoice{"mug"});
                look("hotspot, two regions chosen");
                f.apply(action::ConfirmAnswer{});
                look("hotspot, graded");
                f.apply(action::AskSubmit{});
                f.apply(action::SubmitQuiz{});
                look("results with a hotspot");
            }
        }
    }
    std::string shown;
    for (std::size_t i = 0; i < problems.size() && i < 20; ++i) shown += problems[i] + "\n";
    INFO(problems.size(), " layout problems, the first ones:\n", shown);
    CHECK(problems.empty());
}

TEST_CASE("a click on the hotspot picture chooses the smallest region under it, and a click on nothing says so")
{
    TemporaryDirectory folder;
    const auto library = hotspotLibrary(folder);
    std::vector<std::string> loadProblems;
    const std::string characters = charactersShown(*library, UiStrings::load(sourceDir() / "assets" / "lang", loadProblems));
    HeadlessFrames frames(characters, {ImVec2(1280, 1400), 100, Theme::Light});
    GuiFixture f;
    f.controller->replaceLibrary(library);
    f.signInNew();
    f.apply(action::StartQuiz{"desk", "check"});
    frames.draw(f.model, f.clock.now());
    const auto picture = frames.probe.find("hotspot:picture");
    REQUIRE(picture);
    // The spot the script mode clicks for the sticky note lies where the note is drawn, on the
    // screen's region too (the note is the smaller, so a click there chooses it).
    const auto sticky = frames.probe.find("hotspot:sticky");
    REQUIRE(sticky);
    const float scaleX = (picture->max.x - picture->min.x) / 760.0f;
    CHECK(sticky->centre().x == doctest::Approx(picture->min.x + 487 * scaleX).epsilon(0.01));

    auto clickAt = [&](ImVec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        std::vector<Action> actions;
        for (bool down : {false, true, false}) {
            io.MousePos = at;
            io.MouseDown[0] = down;
            for (Action& a : frames.draw(f.model, f.clock.now())) actions.push_back(std::move(a));
        }
        return actions;
    };
    const auto chosen = clickAt(sticky->centre());
    REQUIRE(chosen.size() == 1);
    CHECK(std::get<action::PickChoice>(chosen[0]).id == "sticky");
    CHECK_FALSE(frames.probe.exists("hotspot:missed"));
    // The wall between the plant and the clock is no region: nothing is chosen, and the widget says so.
    const auto missed = clickAt(ImVec2(picture->min.x + 300 * scaleX, picture->min.y + 60 * scaleX));
    CHECK(missed.empty());
    CHECK(frames.probe.exists("hotspot:missed"));
    // Choosing from the list clears it.
    f.apply(action::PickChoice{"mug"});
    const auto row = frames.probe.find("region:mug");
    REQUIRE(row);
    clickAt(row->centre());
    CHECK_FALSE(frames.probe.exists("hotspot:missed"));
}
