#include "author_runner.hpp"

#include "app_runner.hpp"
#include "assert_handler.hpp"
#include "author_script.hpp"
#include "author_ui.hpp"
#include "data_paths.hpp"
#include "layout_check.hpp"
#include "mail_preview.hpp"
#include "pack_watcher.hpp"
#include "screenshot.hpp"
#include "settings.hpp"
#include "shown_characters.hpp"
#include "textures.hpp"
#include "window.hpp"
#include "window_look.hpp"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string localTimeNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M:%S", &local);
    return text;
}

class AuthorRun {
public:
    explicit AuthorRun(const AppOptions& options)
        : options_(options), workspace_(options.packsDir.empty() ? defaultPacksDir() : options.packsDir),
          controller_(workspace_, model_, localTimeNow)
    {
    }
    ~AuthorRun() { setAssertionContext(nullptr); }

    int run();

private:
    void buildFonts();
    std::string shownCharacters() const { return authorCharacters(*workspace_.library(), strings_); }
    void perform(const AuthorEffects& effects);
    void drawFrame();
    /// The script's next step, once the last one's result has been drawn; false when it failed.
    bool stepScript();
    bool fail(const AuthorStep& step, const std::string& message);

    const AppOptions& options_;
    AuthorModel model_;
    AuthorWorkspace workspace_;
    AuthorController controller_;
    AppModel appModel_;
    UiStrings strings_;
    fs::path settingsFile_;
    std::unique_ptr<AppWindow> window_;
    std::unique_ptr<PackWatcher> watcher_;
    std::atomic<bool> reloadWanted_{false};

    WindowLook look_;
    GlTextureCache textures_;
    WidgetProbe probe_;
    std::optional<LayoutWatch> layoutWatch_;
    std::vector<AuthorAction> actions_;
    int framesToDraw_ = 3;

    std::optional<AuthorScript> script_;
    std::size_t nextStep_ = 0;
    int settledFrames_ = 0;
    std::optional<Clock::time_point> waitingSince_;
    std::optional<Clock::time_point> savedAt_;   // the script's last save, until the reload after it
    bool failed_ = false;
};

void AuthorRun::buildFonts()
{
    look_.build(*window_, appModel_.settings);
}

void AuthorRun::perform(const AuthorEffects& effects)
{
    framesToDraw_ = std::max(framesToDraw_, 3);
    if (effects.reloaded && look_.add(shownCharacters())) buildFonts();
    if (effects.saveSettings && !script_) {
        appModel_.settings.language = model_.language;
        saveSettings(settingsFile_, appModel_.settings);
    }
    if (effects.quit) window_->requestClose();
}

void AuthorRun::drawFrame()
{
    window_->beginFrame();
    ImGui::NewFrame();
    probe_.beginFrame();
    actions_.clear();
    std::vector<Action> appActions;
    appModel_.settings.language = model_.language;
    UiContext ui{appModel_, strings_, look_.fonts(), look_.palette(), textures_, probe_, NarrationState::Stopped, "",
                 appModel_.settings.textPercent / 100.0f, scoring::SystemClock().now(), appActions};
    AuthorUi author{ui, model_, workspace_, actions_};
    ui::drawAuthor(author);
    if (layoutWatch_) layoutWatch_->check(probe_, "author");
    window_->render(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    if (script_ && !failed_ && !stepScript()) failed_ = true;
    window_->present();
}

bool AuthorRun::fail(const AuthorStep& step, const std::string& message)
{
    std::cerr << script_->file << ":" << step.line << ": error: " << message << '\n';
    return false;
}

bool AuthorRun::stepScript()
{
    if (nextStep_ >= script_->steps.size()) return true;
    if (++settledFrames_ < 3) return true;   // let the last step's result lay out first
    const AuthorStep& step = script_->steps[nextStep_];
    if (const auto* wait = std::get_if<AuthorWaitReload>(&step.action)) {
        if (model_.reloads < wait->reloads) {
            if (!waitingSince_) waitingSince_ = Clock::now();
            if (Clock::now() - *waitingSince_ > std::chrono::seconds(10)) {
                return fail(step, "the packs were read " + std::to_string(model_.reloads) + " times in 10 s, not " +
                                      std::to_string(wait->reloads));
            }
            return true;
        }
        waitingSince_.reset();
    }
    settledFrames_ = 0;
    ++nextStep_;
    if (const auto* action = std::get_if<AuthorAction>(&step.action)) actions_.push_back(*action);
    if (const auto* edit = std::get_if<AuthorReplace>(&step.action)) {
        if (auto problem = replaceInPackFile(workspace_.folder(), *edit); !problem.empty()) return fail(step, problem);
        savedAt_ = Clock::now();
    }
    if (const auto* expect = std::get_if<AuthorExpectSelected>(&step.action); expect && model_.selected != expect->key) {
        return fail(step, "the selected item is '" + model_.selected + "'");
    }
    if (const auto* expect = std::get_if<AuthorExpectBroken>(&step.action); expect && model_.lastReload.broken != expect->packs) {
        return fail(step, std::to_string(model_.lastReload.broken) + " packs are broken");
    }
    if (const auto* shot = std::get_if<AuthorScreenshot>(&step.action); shot && !options_.screenshotDir.empty()) {
        std::error_code ec;
        fs::create_directories(options_.screenshotDir, ec);
        if (!saveScreenshot(options_.screenshotDir / (shot->name + ".png"), window_->framebufferWidth(), window_->framebufferHeight())) {
            return fail(step, "could not save the screenshot");
        }
    }
    return true;
}

int AuthorRun::run()
{
    if (!options_.script.empty()) {
        script_ = loadAuthorScript(options_.script);
        if (!script_->ok()) {
            for (const std::string& e : script_->errors) std::cerr << e << '\n';
            return 1;
        }
    }
    settingsFile_ = options_.settingsFile.empty() ? defaultSettingsFile() : options_.settingsFile;
    appModel_.settings = script_ && options_.settingsFile.empty() ? Settings{} : loadSettings(settingsFile_);
    model_.language = appModel_.settings.language;
    std::vector<std::string> problems;
    strings_ = UiStrings::load(assetsDir() / "lang", problems);
    for (const std::string& problem : problems) std::cerr << problem << '\n';

    std::string error;
    window_ = AppWindow::open(appModel_.settings.window, "Mamori 守り — author", error);
    if (!window_) {
        std::cerr << "mamori: " << error << '\n';
        return 1;
    }
    (void)controller_.reload();
    // Saves reload the packs within a second: the watcher wakes the window, the loop reloads.
    watcher_ = PackWatcher::start(workspace_.folder(), [this] {
        reloadWanted_ = true;
        AppWindow::wake();
    }, error);
    if (!watcher_) std::cerr << "mamori: warning: " << error << "; use 再読み込み/Reload after each save\n";
    for (lessons::Language language : lessons::kAllLanguages) {
        for (const std::string& key : strings_.keys(language)) look_.add(strings_.get(key, language));
    }
    look_.add(shownCharacters());
    buildFonts();
    if (script_) {
        setAssertionContext([this] {
            const std::size_t at = std::min(nextStep_, script_->steps.size() - 1);
            return "replaying " + script_->file + ":" + std::to_string(script_->steps.empty() ? 0 : script_->steps[at].line);
        });
        if (const char* check = std::getenv("MAMORI_CHECK_LAYOUT"); check && *check == '1') layoutWatch_.emplace(std::cerr);
    }

    while (!window_->shouldClose()) {
        window_->waitForEvents(script_ || framesToDraw_ > 0 ? 0 : 60);
        if (window_->takeActivity()) framesToDraw_ = std::max(framesToDraw_, 3);
        if (reloadWanted_.exchange(false)) {
            perform(controller_.reload());
            // The latency a trainer sees, from the save to the packs read again (reported, not asserted).
            if (savedAt_) {
                std::cerr << "mamori: author: reloaded " << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - *savedAt_).count()
                          << " ms after the save\n";
                savedAt_.reset();
            }
        }
        if (!script_ && framesToDraw_ <= 0) continue;
        drawFrame();
        --framesToDraw_;
        for (const AuthorAction& action : actions_) perform(controller_.apply(action));
        if (script_ && (failed_ || nextStep_ >= script_->steps.size())) window_->requestClose();
    }
    appModel_.settings.window = window_->placement();
    appModel_.settings.language = model_.language;
    if (!script_) saveSettings(settingsFile_, appModel_.settings);
    return failed_ ? 1 : 0;
}

} // namespace

int runAuthor(const AppOptions& options)
{
    AuthorRun run(options);
    return run.run();
}

} // namespace mamori::app
