#include "app_runner.hpp"

#include "audio_output.hpp"
#include "config.hpp"
#include "controller.hpp"
#include "data_paths.hpp"
#include "fonts.hpp"
#include "layout_check.hpp"
#include "learner_script.hpp"
#include "screens.hpp"
#include "script_driver.hpp"
#include "textures.hpp"
#include "window.hpp"

#include "mamori/lessons/text_visitor.hpp"
#include "mamori/records/progress_sync.hpp"

#include <chrono>
#include <memory>
#include <cstdlib>
#include <iostream>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

fs::path assetsDir()
{
    if (const char* dir = std::getenv("MAMORI_ASSETS"); dir && *dir) return dir;
    return MAMORI_ASSETS_DIR;
}

/// Every character the app may show: the packs' texts in every language and the UI's words.
std::string glyphText(const lessons::PackLibrary& library, const UiStrings& strings)
{
    std::string text;
    for (const auto& pack : library.packs) {
        lessons::visitTexts(*pack, [&](const lessons::LocalizedText& t) {
            for (lessons::Language l : lessons::kAllLanguages) {
                if (t.has(l)) text += t.plain(l);
            }
        });
    }
    for (lessons::Language l : lessons::kAllLanguages) {
        for (const std::string& key : strings.keys(l)) text += strings.get(key, l);
    }
    for (lessons::Language l : lessons::kAllLanguages) text += lessons::languageName(l);
    return text;
}

/// Characters that would show as "?" are named once, so the author of the text can replace them.
void warnAboutMissingGlyphs(const FontReport& report, std::vector<unsigned int>& alreadyNamed)
{
    if (report.missing.empty() || report.missing == alreadyNamed) return;
    alreadyNamed = report.missing;
    std::cerr << "mamori: warning: the font " << report.file << " has no glyph for " << report.missing.size()
              << " character(s) in the lessons or names, shown as \"?\": " << describeMissingGlyphs(report) << '\n';
}


} // namespace

int runApp(const AppOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    const bool report = std::getenv("MAMORI_REPORT") != nullptr;
    // The settings (config.hpp), with what the command line may change.
    std::vector<std::string> settingProblems;
    Config config = Config::standard(settingProblems);
    for (const std::string& problem : settingProblems) std::cerr << "mamori: warning: " << problem << '\n';
    for (const auto& [option, value] : {std::pair{"--data-dir", options.dataDir.string()}, std::pair{"--key-file", options.keyFile.string()},
                                        std::pair{"--sync-url", options.syncUrl}}) {
        std::string problem;
        if (!value.empty() && !*config.applyOption(option, value, problem)) {
            std::cerr << "mamori: " << problem << '\n';
            return 2;
        }
    }
    // A script is read whole before anything else: its mistakes are reported at once, as
    // `mamori-tool play` reports them, before a pack is loaded or a file is created. The script
    // mode runs on a clock it controls, so that its records are reproducible.
    std::optional<scoring::FakeClock> scriptClock;
    std::optional<LearnerScript> script;
    if (!options.script.empty()) {
        const ScriptParse parsed = loadLearnerScript(options.script);
        if (!parsed.ok()) {
            for (const std::string& e : parsed.errors) std::cerr << e << '\n';
            return 1;
        }
        script = parsed.script;
        scriptClock.emplace(options.now.value_or(scoring::SystemClock().now()));
    }
    const fs::path dataDir = config.dataDir();
    const KeyLocation key = config.key();
    const fs::path settingsFile = options.settingsFile.empty() ? defaultSettingsFile() : options.settingsFile;
    const auto sharedLibrary = std::make_shared<const lessons::PackLibrary>(
        lessons::loadPackLibrary(options.packsDir.empty() ? defaultPacksDir() : options.packsDir, config.organisationProfile()));
    const lessons::PackLibrary& library = *sharedLibrary;
    std::vector<std::string> stringProblems;
    const UiStrings strings = UiStrings::load(assetsDir() / "lang", stringProblems);
    for (const std::string& problem : stringProblems) std::cerr << problem << '\n';

    scoring::SystemClock systemClock;
    const scoring::Clock& clock = scriptClock ? static_cast<const scoring::Clock&>(*scriptClock) : systemClock;
    records::PosixStorage storage(config.progressFileMode());

    // Pushing each learner's file after a completion, when the organisation turned it on: in
    // the background, so that a slow or absent server never holds up a frame.
    std::optional<records::SyncWorker> sync;
    if (!config.syncUrl().empty()) sync.emplace(records::SyncOutbox(userStateDir() / "outbox", progressDir(dataDir)), config.syncUrl());

    AppModel model;
    // A script starts from the default settings unless told otherwise, and never saves them.
    model.settings = script && options.settingsFile.empty() ? Settings{} : loadSettings(settingsFile);
    AppController controller(AppEnvironment{sharedLibrary, dataDir, key, storage, clock, config.certificateUrl()}, model);
    controller.reportLibraryProblems();
    controller.refreshLearners();
    model.signIn.idInput = options.user;
    if (!options.user.empty() && !script) controller.apply(action::SignIn{options.user});

    std::string error;
    std::unique_ptr<AppWindow> window = AppWindow::open(model.settings.window, "Mamori 守り", error);
    if (!window) {
        std::cerr << "mamori: " << error << '\n';
        return 1;
    }
    std::unique_ptr<AudioOutput> audio = options.mute ? silentAudio("muted by --mute") : openAudio(assetsDir() / "sounds", &AppWindow::wake);
    audio->setVolume(model.settings.volume, model.settings.muted);

    GlyphText glyphs;
    glyphs.add(glyphText(library, strings));
    // Learners' names show in bold and title faces too: their characters must be in the atlas.
    auto learnerNames = [&] {
        std::string names;
        for (const KnownLearner& l : model.signIn.learners) names += l.name;
        if (model.session) names += model.session->progress().displayName;
        return names;
    };
    glyphs.add(learnerNames());
    FontReport fontReport;
    Fonts fonts = buildFonts(glyphs.text(), model.settings.textPercent / 100.0f, fontReport);
    std::vector<unsigned int> namedMissingGlyphs;
    warnAboutMissingGlyphs(fontReport, namedMissingGlyphs);
    window->recreateFontTexture();
    model.japaneseFontMissing = !fontReport.japaneseFont;
    if (model.japaneseFontMissing) model.settings.language = lessons::Language::English;
    Theme appliedTheme = model.settings.theme;
    int appliedText = model.settings.textPercent;
    Palette palette = applyTheme(appliedTheme, appliedText / 100.0f);

    GlTextureCache textures;
    WidgetProbe probe;
    std::optional<LayoutWatch> layoutWatch;
    if (const char* check = std::getenv("MAMORI_CHECK_LAYOUT"); check && *check == '1') layoutWatch.emplace(std::cerr);
    std::unique_ptr<ScriptDriver> driver;
    if (script) {
        driver = std::make_unique<ScriptDriver>(*script, options.user, model, controller, library, probe, *scriptClock,
                                                options.screenshotDir);
    }

    std::vector<Action> actions;
    bool rebuildFonts = false;
    int framesToDraw = 3;  // a few frames after any change, for hover and focus to settle
    bool firstFrame = true;
    auto perform = [&](const Effects& effects) {
        if (effects.narration == Effects::NarrationChange::Stop) audio->stopNarration();
        if (effects.narration == Effects::NarrationChange::Pause) audio->pauseNarration();
        if (effects.narration == Effects::NarrationChange::Resume) audio->resumeNarration();
        if (effects.playNarration) audio->playNarration(*effects.playNarration);
        for (Cue cue : effects.cues) audio->playCue(cue);
        if (effects.applyAudioSettings) audio->setVolume(model.settings.volume, model.settings.muted);
        if (effects.saveSettings && !driver) saveSettings(settingsFile, model.settings);
        if (effects.rebuildFonts) rebuildFonts = true;
        if (effects.quit) window->requestClose();
        if (effects.pushProgress && sync) sync->request(*effects.pushProgress);
    };

    while (!window->shouldClose()) {
        const double wait = driver ? 0 : framesToDraw > 0 ? 0 : controller.secondsUntilNextChange();
        window->waitForEvents(wait);
        if (window->takeActivity()) framesToDraw = std::max(framesToDraw, 3);
        perform(controller.tick());
        if (!driver && framesToDraw <= 0 && wait < 0) continue;  // woken for nothing

        window->beginFrame();
        if (driver) driver->beforeNewFrame(ImGui::GetIO());
        ImGui::NewFrame();
        probe.beginFrame();
        actions.clear();
        UiContext ui{model,  library, strings, fonts, palette, textures, probe, audio->narrationState(), audio->status(),
                     appliedText / 100.0f, clock.now(), actions};
        ui::drawApp(ui);
        if (layoutWatch) layoutWatch->check(probe, screenName(model.screen));
        window->render(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
        if (driver) driver->afterRender(window->framebufferWidth(), window->framebufferHeight());
        window->present();
        if (firstFrame && report) {
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            std::cerr << "mamori: first frame after " << ms << " ms; font " << fontReport.file << ", " << fontReport.glyphs
                      << " glyphs, atlas " << fontReport.atlasWidth << "x" << fontReport.atlasHeight << ", built in "
                      << fontReport.buildMilliseconds << " ms\n";
        }
        firstFrame = false;
        --framesToDraw;

        for (const Action& action : actions) perform(controller.apply(action));
        if (!actions.empty()) framesToDraw = std::max(framesToDraw, 3);
        if (driver && driver->finished()) window->requestClose();
        if (!actions.empty() && glyphs.add(learnerNames())) rebuildFonts = true;
        if (rebuildFonts || appliedText != model.settings.textPercent) {
            appliedText = model.settings.textPercent;
            fonts = buildFonts(glyphs.text(), appliedText / 100.0f, fontReport);
            warnAboutMissingGlyphs(fontReport, namedMissingGlyphs);
            window->recreateFontTexture();
            palette = applyTheme(appliedTheme, appliedText / 100.0f);
            rebuildFonts = false;
        }
        if (appliedTheme != model.settings.theme) {
            appliedTheme = model.settings.theme;
            palette = applyTheme(appliedTheme, appliedText / 100.0f);
        }
    }
    model.settings.window = window->placement();
    if (!driver) saveSettings(settingsFile, model.settings);
    audio->stopNarration();
    return driver ? driver->exitCode() : 0;
}

} // namespace mamori::app
