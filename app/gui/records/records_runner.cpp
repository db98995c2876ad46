#include "records_runner.hpp"

#include "app_runner.hpp"
#include "assert_handler.hpp"
#include "config.hpp"
#include "data_paths.hpp"
#include "layout_check.hpp"
#include "records_controller.hpp"
#include "records_script.hpp"
#include "records_ui.hpp"
#include "screenshot.hpp"
#include "settings.hpp"
#include "shown_characters.hpp"
#include "textures.hpp"
#include "window.hpp"
#include "window_look.hpp"

#include <chrono>
#include <cstdlib>
#include <iostream>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

/// Replays a records script: each step once the view has caught up with the one before.
class RecordsScriptDriver {
public:
    RecordsScriptDriver(RecordsScript script, fs::path screenshotDir) : script_(std::move(script)), screenshots_(std::move(screenshotDir)) {}

    /// The next action to apply, if the view is ready for it; screenshots and expectations are
    /// handled here. Call once per drawn frame, after drawing.
    std::optional<RecordsAction> next(const RecordsModel& model, bool workerIdle, int width, int height)
    {
        if (finished()) return std::nullopt;
        // Settled: nothing in the worker, the rows those of the filters, and a few frames drawn
        // since, for the layout (measured on the first frame) to be right.
        if (!workerIdle || !model.table || model.queryPending() || model.progress.busy) {
            settledFrames_ = 0;
            return std::nullopt;
        }
        if (++settledFrames_ < 3) return std::nullopt;
        const RecordsStep& step = script_.steps[next_];
        settledFrames_ = 0;
        ++next_;
        if (const auto* action = std::get_if<RecordsAction>(&step.action)) return *action;
        if (const auto* shot = std::get_if<RecordsScreenshot>(&step.action)) {
            if (!screenshots_.empty()) {
                std::error_code ec;
                fs::create_directories(screenshots_, ec);
                if (!saveScreenshot(screenshots_ / (shot->name + ".png"), width, height)) fail(step, "could not save the screenshot");
            }
        }
        if (const auto* expect = std::get_if<ExpectRows>(&step.action)) {
            const std::size_t rows = model.shown ? model.shown->size() : 0;
            if (expect->atLeast ? rows < expect->count : rows != expect->count) {
                fail(step, "the table shows " + std::to_string(rows) + " rows, not " + (expect->atLeast ? "at least " : "") +
                               std::to_string(expect->count));
            }
        }
        return std::nullopt;
    }

    bool finished() const { return failed_ || next_ >= script_.steps.size(); }
    int exitCode() const { return failed_ ? 1 : 0; }
    std::string currentStep() const
    {
        const std::size_t at = std::min(next_, script_.steps.size() - 1);
        return script_.file + ":" + std::to_string(script_.steps[at].line) + " (" + script_.steps[at].text + ")";
    }

private:
    void fail(const RecordsStep& step, const std::string& message)
    {
        std::cerr << script_.file << ":" << step.line << ": error: " << message << '\n';
        failed_ = true;
    }

    RecordsScript script_;
    fs::path screenshots_;
    std::size_t next_ = 0;
    int settledFrames_ = 0;
    bool failed_ = false;
};

RecordsAccess accessOf(const AppOptions& options)
{
    RecordsAccess access;
    if (options.role == "trainer") access.role = RecordsRole::Trainer;
    if (options.role == "manager") access.role = RecordsRole::Manager;
    access.manager = options.manager;
    return access;
}

class RecordsRun {
public:
    explicit RecordsRun(const AppOptions& options) : options_(options) {}
    ~RecordsRun() { setAssertionContext(nullptr); }

    int run();

private:
    std::optional<int> readConfig();
    void buildFonts();
    void drawFrame();
    void perform(const RecordsEffects& effects);

    const AppOptions& options_;
    std::optional<Config> config_;
    std::optional<RecordsScript> script_;
    std::unique_ptr<RecordsScriptDriver> driver_;
    scoring::SystemClock systemClock_;
    std::optional<scoring::FakeClock> scriptClock_;   // --now: a script's "today" is reproducible
    const scoring::Clock& clock() const
    {
        return scriptClock_ ? static_cast<const scoring::Clock&>(*scriptClock_) : systemClock_;
    }
    fs::path settingsFile_;
    AppModel appModel_;   // the settings the learner's app shares: language, theme, text size, window
    RecordsModel model_;
    UiStrings strings_;
    std::shared_ptr<const lessons::PackLibrary> library_;
    std::unique_ptr<RecordsWorker> worker_;
    std::unique_ptr<RecordsController> controller_;
    std::unique_ptr<AppWindow> window_;

    WindowLook look_;
    bool rebuildFonts_ = false;
    GlTextureCache textures_;
    WidgetProbe probe_;
    std::optional<LayoutWatch> layoutWatch_;
    std::vector<RecordsAction> actions_;
    int framesToDraw_ = 3;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    bool reportedDashboard_ = false;
};

std::optional<int> RecordsRun::readConfig()
{
    std::vector<std::string> problems;
    config_ = Config::standard(problems);
    for (const std::string& problem : problems) std::cerr << "mamori: warning: " << problem << '\n';
    for (const auto& [option, value] : {std::pair{"--data-dir", options_.dataDir.string()}, std::pair{"--key-file", options_.keyFile.string()},
                                        std::pair{"--db", options_.db}, std::pair{"--packs", options_.packsDir.string()}}) {
        std::string problem;
        if (!value.empty() && !*config_->applyOption(option, value, problem)) {
            std::cerr << "mamori: " << problem << '\n';
            return 2;
        }
    }
    if (!options_.script.empty()) {
        scriptClock_.emplace(options_.now.value_or(scoring::SystemClock().now()));
        script_ = loadRecordsScript(options_.script);
        if (!script_->ok()) {
            for (const std::string& e : script_->errors) std::cerr << e << '\n';
            return 1;
        }
    }
    return std::nullopt;
}

void RecordsRun::buildFonts()
{
    look_.build(*window_, appModel_.settings);
}

void RecordsRun::perform(const RecordsEffects& effects)
{
    if (effects.changed) framesToDraw_ = std::max(framesToDraw_, 3);
    if (!effects.newCharacters.empty() && look_.add(effects.newCharacters)) rebuildFonts_ = true;
    if (effects.saveSettings) {
        appModel_.settings.language = model_.language;
        if (!driver_) saveSettings(settingsFile_, appModel_.settings);
    }
    if (effects.quit) window_->requestClose();
}

void RecordsRun::drawFrame()
{
    window_->beginFrame();
    ImGui::NewFrame();
    probe_.beginFrame();
    actions_.clear();
    std::vector<Action> appActions;   // the learner's actions: none in this view
    appModel_.settings.language = model_.language;
    UiContext ui{appModel_, strings_, look_.fonts(), look_.palette(), textures_, probe_, NarrationState::Stopped, "",
                 appModel_.settings.textPercent / 100.0f, clock().now(), appActions};
    RecordsUi records{ui, model_, *library_, actions_};
    ui::drawRecords(records);
    if (layoutWatch_) layoutWatch_->check(probe_, recordsTabName(model_.tab));
    window_->render(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    if (driver_) {
        if (auto action = driver_->next(model_, worker_->idle(), window_->framebufferWidth(), window_->framebufferHeight())) {
            actions_.push_back(*action);
        }
    }
    window_->present();
}

int RecordsRun::run()
{
    if (auto status = readConfig()) return *status;
    settingsFile_ = options_.settingsFile.empty() ? defaultSettingsFile() : options_.settingsFile;
    appModel_.settings = script_ && options_.settingsFile.empty() ? Settings{} : loadSettings(settingsFile_);
    model_.language = appModel_.settings.language;
    model_.access = accessOf(options_);
    std::vector<std::string> stringProblems;
    strings_ = UiStrings::load(assetsDir() / "lang", stringProblems);
    for (const std::string& problem : stringProblems) std::cerr << problem << '\n';
    library_ = std::make_shared<const lessons::PackLibrary>(
        lessons::loadPackLibrary(config_->packsDir(), config_->organisationProfile()));

    std::string error;
    window_ = AppWindow::open(appModel_.settings.window, "Mamori 守り — records", error);
    if (!window_) {
        std::cerr << "mamori: " << error << '\n';
        return 1;
    }
    RecordsSource source;
    source.index = config_->index();
    if (!options_.dataDir.empty()) source.ingestFrom = config_->dataDir();
    if (!options_.roster.empty()) source.roster = options_.roster;
    source.key = config_->key();
    source.library = library_;
    source.timeZone = config_->timeZone();
    source.exportDir = options_.exportDir.empty() ? defaultDataDir() / "exports" : options_.exportDir;
    source.certificateUrl = config_->certificateUrl();
    worker_ = std::make_unique<RecordsWorker>(std::move(source), clock(), &AppWindow::wake);
    controller_ = std::make_unique<RecordsController>(model_, *worker_, clock());
    controller_->start();

    look_.add(charactersShown(*library_, strings_));
    buildFonts();
    if (!look_.report().japaneseFont) model_.language = lessons::Language::English;
    if (script_) {
        driver_ = std::make_unique<RecordsScriptDriver>(*script_, options_.screenshotDir);
        setAssertionContext([this] { return "replaying " + driver_->currentStep(); });
        // The window tests check every frame's layout too (layout_check.hpp).
        if (const char* check = std::getenv("MAMORI_CHECK_LAYOUT"); check && *check == '1') layoutWatch_.emplace(std::cerr);
    }

    while (!window_->shouldClose()) {
        const bool busy = model_.progress.busy || !model_.table;
        const double wait = driver_ || framesToDraw_ > 0 || busy ? (busy && !driver_ ? 0.05 : 0) : controller_->secondsUntilNextChange();
        window_->waitForEvents(wait);
        if (window_->takeActivity()) framesToDraw_ = std::max(framesToDraw_, 3);
        perform(controller_->tick());
        if (!reportedDashboard_ && model_.table && !model_.queryPending() && std::getenv("MAMORI_REPORT")) {
            reportedDashboard_ = true;
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
            std::cerr << "mamori: records: full dashboard of " << model_.table->report().rows.size() << " rows in " << ms << " ms\n";
        }
        if (!driver_ && !busy && framesToDraw_ <= 0 && wait > 0) continue;

        if (rebuildFonts_) {
            rebuildFonts_ = false;
            buildFonts();
        }
        drawFrame();
        --framesToDraw_;
        for (const RecordsAction& action : actions_) perform(controller_->apply(action));
        if (driver_ && driver_->finished() && worker_->idle()) window_->requestClose();
    }
    appModel_.settings.window = window_->placement();
    appModel_.settings.language = model_.language;
    if (!driver_) saveSettings(settingsFile_, appModel_.settings);
    return driver_ ? driver_->exitCode() : 0;
}

} // namespace

int runRecords(const AppOptions& options)
{
    RecordsRun run(options);
    return run.run();
}

} // namespace mamori::app
