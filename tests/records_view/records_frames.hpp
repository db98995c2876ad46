#pragma once
// The records screens drawn for real with Dear ImGui and the real fonts, without a window or a
// renderer, at a chosen window size, text size and theme: for tests of what each records screen
// shows and emits, and for the records benchmark.

#include "headless_frames.hpp"
#include "records_ui.hpp"

#include <functional>

namespace mamori::test {

class RecordsFrames {
public:
    /// `characters`: the text the screens will show (names, pack titles), for the font atlas.
    RecordsFrames(const std::string& characters, const lessons::PackLibrary& library, FrameSetting setting = {})
        : setting_(setting), library_(library)
    {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = setting.window;
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
        app::FontReport report;
        std::vector<std::string> problems;
        strings_ = app::UiStrings::load(sourceDir() / "assets" / "lang", problems);
        std::string glyphs = characters;
        for (lessons::Language language : {lessons::Language::Japanese, lessons::Language::English}) {
            for (const std::string& key : strings_.keys(language)) glyphs += strings_.get(key, language);
        }
        glyphs += app::charactersShown(library, strings_);
        fonts_ = app::buildFonts(glyphs, scale(), report);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        palette_ = app::applyTheme(setting.theme, scale());
    }
    RecordsFrames(const RecordsFrames&) = delete;
    RecordsFrames& operator=(const RecordsFrames&) = delete;
    ~RecordsFrames() { ImGui::DestroyContext(); }

    float scale() const { return static_cast<float>(setting_.textPercent) / 100.0f; }
    const app::UiStrings& strings() const { return strings_; }

    /// Draws `frames` frames of `draw` (default: the whole records view) over `model`; returns
    /// the actions they emitted. `beforeFrame` may set mouse or scroll input for each frame.
    std::vector<app::RecordsAction> draw(const app::RecordsModel& model, int frames = 2,
                                         const std::function<void(app::RecordsUi&)>& draw = app::ui::drawRecords,
                                         const std::function<void(int frame)>& beforeFrame = {})
    {
        std::vector<app::RecordsAction> actions;
        appModel_.settings.language = model.language;
        appModel_.settings.theme = setting_.theme;
        appModel_.settings.textPercent = setting_.textPercent;
        for (int frame = 0; frame < frames; ++frame) {
            ImGui::GetIO().DeltaTime = 1.0f / 60;
            if (beforeFrame) beforeFrame(frame);
            ImGui::NewFrame();
            probe.beginFrame();
            std::vector<app::Action> appActions;
            app::UiContext ui{appModel_, strings_, fonts_, palette_, textures_, probe, app::NarrationState::Stopped, "",
                              scale(), scoring::Timestamp{}, appActions};
            app::RecordsUi records{ui, model, library_, actions};
            draw(records);
            ImGui::Render();
        }
        return actions;
    }

    app::WidgetProbe probe;

private:
    FrameSetting setting_;
    const lessons::PackLibrary& library_;
    app::AppModel appModel_;
    app::Fonts fonts_;
    app::Palette palette_{};
    app::UiStrings strings_;
    NoTextures textures_;
};

} // namespace mamori::test
