// Every screen drawn for real with Dear ImGui (no window, no renderer): nothing asserts, and the
// widgets a learner needs on each screen are there. The Xvfb tests then click them for real.

#include "fonts.hpp"
#include "gui_fixture.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>

using namespace mamori::app;
using namespace mamori::test;

namespace {

class NoTextures final : public TextureSource {
public:
    std::optional<Texture> get(const std::filesystem::path&) override { return Texture{reinterpret_cast<ImTextureID>(1), 640, 200}; }
};

/// An ImGui context with a built font atlas and a window-sized display.
class Frames {
public:
    Frames()
    {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1180, 800);
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;  // what a backend would do
        FontReport report;
        fonts = buildFonts("テスト", 1.0f, report);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        palette = applyTheme(Theme::Light, 1.0f);
        strings = UiStrings::load(sourceDir() / "assets" / "lang", problems);
    }
    ~Frames() { ImGui::DestroyContext(); }

    /// Draws two frames of the app as it stands; returns the actions they emitted.
    std::vector<Action> draw(const AppModel& model, mamori::scoring::Timestamp now)
    {
        std::vector<Action> actions;
        for (int frame = 0; frame < 2; ++frame) {
            ImGui::GetIO().DeltaTime = 1.0f / 60;
            ImGui::NewFrame();
            probe.beginFrame();
            UiContext ui{model, strings, fonts, palette, textures, probe, NarrationState::Stopped, "", 1.0f, now, actions};
            ui::drawApp(ui);
            ImGui::Render();
        }
        return actions;
    }

    WidgetProbe probe;

private:
    Fonts fonts;
    Palette palette{};
    std::vector<std::string> problems;
    UiStrings strings;
    NoTextures textures;
};

} // namespace

TEST_CASE("each screen draws, with the widgets a learner needs on it")
{
    GuiFixture f;
    Frames frames;
    auto draw = [&] { return frames.draw(f.model, f.clock.now()); };

    draw();
    CHECK(frames.probe.exists("signin:id"));
    CHECK(frames.probe.exists("signin:create"));

    f.signInNew();
    draw();
    CHECK(f.model.screen == Screen::Catalog);
    CHECK(frames.probe.exists("open:tour/how-it-works"));
    CHECK(frames.probe.exists("open:tour/tour-quiz"));
    CHECK(frames.probe.exists("nav:settings"));

    f.apply(action::OpenLesson{"tour", "how-it-works"});
    draw();
    CHECK(frames.probe.exists("lesson:next"));
    CHECK(frames.probe.exists("lesson:narration"));

    f.model.nextQuizSeed = 7;
    f.apply(action::StartQuiz{"tour", "tour-quiz"});
    const auto& planned = f.model.session->openAttempt("tour", "tour-quiz")->questions;
    for (int i = 0; i < static_cast<int>(planned.size()); ++i) {
        f.apply(action::ShowQuestion{i});
        draw();
        CAPTURE(planned[static_cast<std::size_t>(i)].questionId);
        CHECK(frames.probe.exists("quiz:confirm"));
        CHECK(frames.probe.exists("quiz:nav:" + std::to_string(i + 1)));
        const auto* question = f.model.activeQuestion();
        if (question->choices()) CHECK(frames.probe.exists("choice:" + question->choices()->choices[0].id));
        if (question->trueFalse()) CHECK(frames.probe.exists("tf:true"));
        if (question->ordering()) CHECK(frames.probe.exists("step-up:" + question->ordering()->steps[0].id));
        if (question->matching()) CHECK(frames.probe.exists("match:" + question->matching()->pairs[0].id + ":" + question->matching()->pairs[0].id));
        if (question->shortText()) CHECK(frames.probe.exists("answer-text"));
    }
    f.apply(action::AskSubmit{});
    draw();
    CHECK(frames.probe.exists("quiz:submit-confirm"));
    f.apply(action::SubmitQuiz{});
    draw();
    CHECK(f.model.screen == Screen::Results);
    CHECK(frames.probe.exists("results:retry"));
    CHECK(frames.probe.exists("results:missed"));

    f.apply(action::StartScenario{"tour", "tour-scenario"});
    draw();
    CHECK(frames.probe.exists("option:callback"));
    f.apply(action::ChooseOption{"callback"});
    draw();
    CHECK(frames.probe.exists("scenario:continue"));

    f.apply(action::ShowSettings{});
    draw();
    CHECK(frames.probe.exists("settings:lang:en"));
    CHECK(frames.probe.exists("settings:close"));

    f.apply(action::SetLanguage{mamori::lessons::Language::English});
    f.apply(action::SetTheme{Theme::Dark});
    f.apply(action::ShowCatalog{});
    draw();
    CHECK(frames.probe.exists("open:tour/tour-scenario"));
}

TEST_CASE("number keys pick choices and Enter confirms, without the mouse")
{
    GuiFixture f;
    Frames frames;
    f.signInNew();
    f.model.nextQuizSeed = 7;
    f.apply(action::StartQuiz{"tour", "tour-quiz"});
    const auto& planned = f.model.session->openAttempt("tour", "tour-quiz")->questions;
    int single = 0;
    while (planned[static_cast<std::size_t>(single)].questionId != "tour-q-confirm") ++single;
    f.apply(action::ShowQuestion{single});
    frames.draw(f.model, f.clock.now());
    ImGui::GetIO().AddInputCharacter('2');
    for (const Action& a : frames.draw(f.model, f.clock.now())) f.apply(a);
    const std::string second = planned[static_cast<std::size_t>(single)].order[1];
    CHECK(f.model.activeDraft()->selected == std::vector<std::string>{second});
    REQUIRE_FALSE(f.model.quiz.feedback);

    // Enter held down through both frames: it confirms once (a press, not a repeat).
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = true;
    const std::vector<Action> confirmed = frames.draw(f.model, f.clock.now());
    io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = false;
    CHECK(std::count_if(confirmed.begin(), confirmed.end(), [](const Action& a) { return std::holds_alternative<action::ConfirmAnswer>(a); }) == 1);
    for (const Action& a : confirmed) f.apply(a);
    REQUIRE(f.model.quiz.feedback);  // the tour quiz gives feedback at once: the answer was graded
    CHECK(f.model.activeDraft()->selected == std::vector<std::string>{second});
}

TEST_CASE("a text too long for its room is cut at a character, with an ellipsis, and never runs over")
{
    Frames frames;
    frames.draw(AppModel{}, mamori::scoring::Timestamp{});   // a frame sets the font that measuring uses
    const std::string subject = "【重要】パスワードの有効期限が本日で切れます Password expires today";
    CHECK(ui::fitText(subject, 10000) == subject);
    for (float width : {40.0f, 90.0f, 160.0f, 300.0f}) {
        CAPTURE(width);
        const std::string cut = ui::fitText(subject, width);
        CHECK(cut.ends_with("…"));
        CHECK(ImGui::CalcTextSize(cut.c_str()).x <= width);
        CHECK(subject.starts_with(cut.substr(0, cut.size() - std::string("…").size())));
        // As much as fits: one more character would not.
        const std::string shown = cut.substr(0, cut.size() - std::string("…").size());
        const std::size_t next = subject.find_first_not_of(' ', shown.size());
        std::size_t after = next + 1;
        while (after < subject.size() && (static_cast<unsigned char>(subject[after]) & 0xC0) == 0x80) ++after;
        CHECK(ImGui::CalcTextSize((subject.substr(0, after) + "…").c_str()).x > width);
    }
    CHECK(ui::fitText(subject, 1) == "…");
}

TEST_CASE("a language the administrator locked is the only one: no language buttons, and choosing one changes nothing")
{
    GuiFixture f;
    Frames frames;
    f.model.settings.language = mamori::lessons::Language::English;
    f.model.languageLocked = true;
    f.signInNew();
    f.apply(action::ShowSettings{});
    frames.draw(f.model, f.clock.now());
    CHECK_FALSE(frames.probe.exists("settings:lang:ja"));
    CHECK_FALSE(frames.probe.exists("lang:ja"));
    CHECK(frames.probe.exists("settings:close"));
    const Effects e = f.apply(action::SetLanguage{mamori::lessons::Language::Japanese});
    CHECK(f.model.language() == mamori::lessons::Language::English);
    CHECK_FALSE(e.saveSettings);
    // Unlocked, the same screen offers both.
    f.model.languageLocked = false;
    frames.draw(f.model, f.clock.now());
    CHECK(frames.probe.exists("settings:lang:ja"));
    CHECK(frames.probe.exists("lang:ja"));
}
