#include "app_runner.hpp"

#include "assert_handler.hpp"
#include "audio_output.hpp"
#include "config.hpp"
#include "controller.hpp"
#include "data_paths.hpp"
#include "font_atlas_cache.hpp"
#include "fonts.hpp"
#include "layout_check.hpp"
#include "learner_script.hpp"
#include "screens.hpp"
#include "shown_characters.hpp"
#include "script_driver.hpp"
#include "startup_report.hpp"
#include "textures.hpp"
#include "window.hpp"
#include "window_look.hpp"

#include "mamori/records/progress_sync.hpp"

#include <chrono>
#include <cstdlib>
#include <functional>
#include <future>
#include <iostream>
#include <memory>

namespace mamori::app {

namespace {

namespace fs = std::filesystem;

/// The packs to offer, shared: a library can be replaced while screens still hold the old one.
std::shared_ptr<const lessons::PackLibrary> loadLibrary(const Config& config)
{
    return std::make_shared<const lessons::PackLibrary>(
        lessons::loadPackLibrary(config.packsDir(), config.organisationProfile()));
}

/// What the app reads before it can draw: loaded on another thread while the window opens.
struct Content {
    std::shared_ptr<const lessons::PackLibrary> library;
    UiStrings strings;
    std::vector<std::string> stringProblems;
    std::string glyphs;  ///< charactersShown(library, strings)
    double milliseconds = 0;
};

Content loadContent(const Config& config)
{
    const auto start = std::chrono::steady_clock::now();
    Content content;
    content.library = loadLibrary(config);
    content.strings = UiStrings::load(assetsDir() / "lang", content.stringProblems);
    content.glyphs = charactersShown(*content.library, content.strings);
    content.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return content;
}

} // namespace


namespace {

/// One run of the app, from the command line to the window closing.
class AppRun {
public:
    explicit AppRun(const AppOptions& options) : options_(options) {}
    ~AppRun() { setAssertionContext(nullptr); }
    AppRun(const AppRun&) = delete;
    AppRun& operator=(const AppRun&) = delete;

    int run();

private:
    // Start-up, in order. Those returning a status stop the app there with it.
    std::optional<int> readConfig();
    std::optional<int> readScript();
    void readSettings();
    std::optional<int> openWindowAndAudio();
    void takeContent(Content content);
    void startSession();
    void startScript();

    void buildFonts();
    void rebuildFontsWhenChanged();
    void applyThemeWhenChanged();
    std::string learnerNames() const;
    void drawFrame();
    void perform(const Effects& effects);
    const scoring::Clock& clock() const
    {
        return scriptClock_ ? static_cast<const scoring::Clock&>(*scriptClock_) : systemClock_;
    }

    const AppOptions& options_;
    StartupReport startup_;
    std::optional<Config> config_;
    std::vector<std::string> configProblems_;   ///< lines of the settings files that were ignored
    std::optional<scoring::FakeClock> scriptClock_;
    std::optional<LearnerScript> script_;
    scoring::SystemClock systemClock_;
    fs::path settingsFile_;
    std::optional<records::PosixStorage> storage_;
    // Pushing each learner's file after a completion, when the organisation turned it on: in
    // the background, so that a slow or absent server never holds up a frame.
    std::optional<records::SyncWorker> sync_;
    std::shared_ptr<const lessons::PackLibrary> library_;   ///< until the controller takes it
    UiStrings strings_;
    AppModel model_;
    std::unique_ptr<AppController> controller_;
    // Declared before what draws with OpenGL, so that the context outlives their textures.
    std::unique_ptr<AppWindow> window_;
    std::unique_ptr<AudioOutput> audio_;

    GlyphText glyphs_;
    FontAtlasCache fontCache_{FontAtlasCache::defaultFolder()};
    FontReport fontReport_;
    Fonts fonts_;
    std::vector<unsigned int> namedMissingGlyphs_;
    bool rebuildFonts_ = false;
    Theme appliedTheme_{};
    int appliedText_ = 100;
    Palette palette_{};

    GlTextureCache textures_;
    WidgetProbe probe_;
    std::optional<LayoutWatch> layoutWatch_;
    std::unique_ptr<ScriptDriver> driver_;
    std::vector<Action> actions_;
    int framesToDraw_ = 3;  // a few frames after any change, for hover and focus to settle
    bool assertOnPurpose_ = false;
};

std::optional<int> AppRun::readConfig()
{
    // The settings (config.hpp), with what the command line may change.
    config_ = Config::standard(configProblems_);
    for (const std::string& problem : configProblems_) std::cerr << "mamori: warning: " << problem << '\n';
    for (const auto& [option, value] : {std::pair{"--data-dir", options_.dataDir.string()}, std::pair{"--key-file", options_.keyFile.string()},
                                        std::pair{"--sync-url", options_.syncUrl}, std::pair{"--packs", options_.packsDir.string()}}) {
        std::string problem;
        if (!value.empty() && !*config_->applyOption(option, value, problem)) {
            std::cerr << "mamori: " << problem << '\n';
            return 2;
        }
    }
    return std::nullopt;
}

std::optional<int> AppRun::readScript()
{
    // A script is read whole before anything else: its mistakes are reported at once, as
    // `mamori-tool play` reports them, before a pack is loaded or a file is created. The script
    // mode runs on a clock it controls, so that its records are reproducible.
    if (options_.script.empty()) return std::nullopt;
    const ScriptParse parsed = loadLearnerScript(options_.script);
    if (!parsed.ok()) {
        for (const std::string& e : parsed.errors) std::cerr << e << '\n';
        return 1;
    }
    script_ = parsed.script;
    scriptClock_.emplace(options_.now.value_or(scoring::SystemClock().now()));
    // Only tests set it, and only scripts are tests: it proves that an ImGui assertion fails the run.
    assertOnPurpose_ = std::getenv("MAMORI_TEST_IMGUI_ASSERT") != nullptr;
    return std::nullopt;
}

void AppRun::readSettings()
{
    settingsFile_ = options_.settingsFile.empty() ? defaultSettingsFile() : options_.settingsFile;
    // A script starts from the default settings unless told otherwise, and never saves them.
    // The administrator's language is where a learner starts, or all there is when locked.
    Settings defaults;
    const auto adminLanguage = lessons::languageFromCode(config_->language());
    if (adminLanguage) defaults.language = *adminLanguage;
    model_.settings = script_ && options_.settingsFile.empty() ? defaults : loadSettings(settingsFile_, defaults);
    model_.languageLocked = adminLanguage && config_->languageLocked();
    if (model_.languageLocked) model_.settings.language = *adminLanguage;
    appliedTheme_ = model_.settings.theme;
    appliedText_ = model_.settings.textPercent;
}

std::optional<int> AppRun::openWindowAndAudio()
{
    std::string error;
    window_ = AppWindow::open(model_.settings.window, "Mamori 守り", error);
    if (!window_) {
        std::cerr << "mamori: " << error << '\n';
        return 1;
    }
    startup_.phaseDone("window");
    audio_ = options_.mute ? silentAudio("muted by --mute") : openAudio(assetsDir() / "sounds", &AppWindow::wake);
    audio_->setVolume(model_.settings.volume, model_.settings.muted);
    startup_.phaseDone("audio");
    return std::nullopt;
}

void AppRun::takeContent(Content content)
{
    library_ = std::move(content.library);
    strings_ = std::move(content.strings);
    for (const std::string& problem : content.stringProblems) std::cerr << problem << '\n';
    glyphs_.add(content.glyphs);
    startup_.note("packs loaded in", content.milliseconds);
}

void AppRun::startSession()
{
    storage_.emplace(config_->progressFileMode());
    if (!config_->syncUrl().empty())
        sync_.emplace(records::SyncOutbox(userStateDir() / "outbox", progressDir(config_->dataDir())), config_->syncUrl());
    controller_ = std::make_unique<AppController>(
        AppEnvironment{library_, config_->dataDir(), config_->key(), *storage_, clock(), config_->certificateUrl()}, model_);
    library_.reset();   // the controller holds the library from here on: it may replace it
    controller_->reportLibraryProblems();
    controller_->reportSettingsProblems(configProblems_);
    controller_->refreshLearners();
    model_.signIn.idInput = options_.user;
    if (!options_.user.empty() && !script_) controller_->apply(action::SignIn{options_.user});
}

void AppRun::startScript()
{
    if (!script_) return;
    driver_ = std::make_unique<ScriptDriver>(*script_, options_.user, model_, *controller_, probe_, *scriptClock_, options_.screenshotDir);
    setAssertionContext([this] { return "replaying " + driver_->currentStep(); });
    // The window tests check every frame's layout too (layout_check.hpp).
    if (const char* check = std::getenv("MAMORI_CHECK_LAYOUT"); check && *check == '1') layoutWatch_.emplace(std::cerr);
}

std::string AppRun::learnerNames() const
{
    // Learners' names show in bold and title faces too: their characters must be in the atlas.
    std::string names;
    for (const KnownLearner& l : model_.signIn.learners) names += l.name;
    if (model_.session) names += model_.session->progress().displayName;
    return names;
}

void AppRun::buildFonts()
{
    fonts_ = mamori::app::buildFonts(glyphs_.text(), appliedText_ / 100.0f, fontReport_, &fontCache_);
    warnAboutMissingGlyphs(fontReport_, namedMissingGlyphs_);
    window_->uploadFonts();
    palette_ = applyTheme(appliedTheme_, appliedText_ / 100.0f);
}

void AppRun::rebuildFontsWhenChanged()
{
    if (!actions_.empty() && glyphs_.add(learnerNames())) rebuildFonts_ = true;
    if (!rebuildFonts_ && appliedText_ == model_.settings.textPercent) return;
    appliedText_ = model_.settings.textPercent;
    rebuildFonts_ = false;
    buildFonts();
}

void AppRun::applyThemeWhenChanged()
{
    if (appliedTheme_ == model_.settings.theme) return;
    appliedTheme_ = model_.settings.theme;
    palette_ = applyTheme(appliedTheme_, appliedText_ / 100.0f);
}

void AppRun::perform(const Effects& effects)
{
    if (effects.narration == Effects::NarrationChange::Stop) audio_->stopNarration();
    if (effects.narration == Effects::NarrationChange::Pause) audio_->pauseNarration();
    if (effects.narration == Effects::NarrationChange::Resume) audio_->resumeNarration();
    if (effects.playNarration) audio_->playNarration(*effects.playNarration);
    for (Cue cue : effects.cues) audio_->playCue(cue);
    if (effects.applyAudioSettings) audio_->setVolume(model_.settings.volume, model_.settings.muted);
    if (effects.saveSettings && !driver_) saveSettings(settingsFile_, model_.settings);
    if (effects.rebuildFonts) rebuildFonts_ = true;
    // New packs may bring characters the atlas does not have yet.
    if (effects.libraryChanged && glyphs_.add(charactersShown(controller_->library(), strings_))) rebuildFonts_ = true;
    if (effects.quit) window_->requestClose();
    if (effects.pushProgress && sync_) sync_->request(*effects.pushProgress);
}

void AppRun::drawFrame()
{
    window_->beginFrame();
    if (driver_) driver_->beforeNewFrame(ImGui::GetIO());
    ImGui::NewFrame();
    if (assertOnPurpose_) ImGui::End();  // no window was begun: ImGui asserts
    probe_.beginFrame();
    actions_.clear();
    UiContext ui{model_, strings_, fonts_, palette_, textures_, probe_, audio_->narrationState(), audio_->status(),
                 appliedText_ / 100.0f, clock().now(), actions_};
    ui::drawApp(ui);
    if (layoutWatch_) layoutWatch_->check(probe_, screenName(model_.screen));
    window_->render(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    if (driver_) driver_->afterRender(window_->framebufferWidth(), window_->framebufferHeight());
    window_->present();
}

int AppRun::run()
{
    if (auto status = readConfig()) return *status;
    if (auto status = readScript()) return *status;
    readSettings();
    startup_.phaseDone("settings");
    // The packs and the UI's words load while the window opens (the window needs only the
    // settings). The learners' files are opened only after: none is touched when there is no
    // window to show.
    std::future<Content> content = std::async(std::launch::async, loadContent, std::cref(*config_));
    if (auto status = openWindowAndAudio()) return *status;
    takeContent(content.get());
    startup_.phaseDone("packs (overlapping the window)");
    startSession();
    startup_.phaseDone("learners");

    glyphs_.add(learnerNames());
    buildFonts();
    model_.japaneseFontMissing = !fontReport_.japaneseFont;
    if (model_.japaneseFontMissing) model_.settings.language = lessons::Language::English;
    startup_.phaseDone("fonts");
    startScript();

    while (!window_->shouldClose()) {
        if (startup_.wantsFrames()) framesToDraw_ = std::max(framesToDraw_, 1);
        const double wait = driver_ ? 0 : framesToDraw_ > 0 ? 0 : controller_->secondsUntilNextChange();
        window_->waitForEvents(wait);
        if (window_->takeActivity()) framesToDraw_ = std::max(framesToDraw_, 3);
        perform(controller_->tick());
        if (!driver_ && framesToDraw_ <= 0 && wait < 0) continue;  // woken for nothing

        drawFrame();
        if (startup_.frameShown(fontReport_)) window_->requestClose();
        --framesToDraw_;

        for (const Action& action : actions_) perform(controller_->apply(action));
        if (!actions_.empty()) framesToDraw_ = std::max(framesToDraw_, 3);
        if (driver_ && driver_->finished()) window_->requestClose();
        rebuildFontsWhenChanged();
        applyThemeWhenChanged();
    }
    model_.settings.window = window_->placement();
    if (!driver_) saveSettings(settingsFile_, model_.settings);
    audio_->stopNarration();
    return driver_ ? driver_->exitCode() : 0;
}

} // namespace

int runApp(const AppOptions& options)
{
    AppRun run(options);
    return run.run();
}

} // namespace mamori::app
