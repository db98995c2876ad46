#pragma once
// The app's screens drawn for real with Dear ImGui and the real fonts, without a window or a
// renderer, at a chosen window size, text size and theme: for tests of what each screen shows
// and of how it is laid out.

#include "fonts.hpp"
#include "screens.hpp"
#include "shown_characters.hpp"
#include "test_support.hpp"


#include <imgui.h>

namespace mamori::test {

class NoTextures final : public app::TextureSource {
public:
    std::optional<app::Texture> get(const std::filesystem::path&) override
    {
        return app::Texture{reinterpret_cast<ImTextureID>(1), 640, 200};
    }
};

struct FrameSetting {
    ImVec2 window{1180, 800};
    int textPercent = 100;
    app::Theme theme = app::Theme::Light;
};

/// An ImGui context with fonts built for `characters` at the setting's text size.
class HeadlessFrames {
public:
    HeadlessFrames(const std::string& characters, FrameSetting setting = {}) : setting_(setting)
    {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = setting.window;
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;  // what a backend would do
        app::FontReport report;
        fonts_ = app::buildFonts(characters, scale(), report);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        palette_ = app::applyTheme(setting.theme, scale());
        std::vector<std::string> problems;
        strings_ = app::UiStrings::load(sourceDir() / "assets" / "lang", problems);
    }
    HeadlessFrames(const HeadlessFrames&) = delete;
    HeadlessFrames& operator=(const HeadlessFrames&) = delete;
    ~HeadlessFrames() { ImGui::DestroyContext(); }

    const app::UiStrings& strings() const { return strings_; }
    float scale() const { return static_cast<float>(setting_.textPercent) / 100.0f; }

    /// Draws two frames of the app as it stands (the second with the first's measurements);
    /// returns the actions they emitted.
    std::vector<app::Action> draw(const app::AppModel& model, scoring::Timestamp now)
    {
        std::vector<app::Action> actions;
        for (int frame = 0; frame < 2; ++frame) {
            ImGui::GetIO().DeltaTime = 1.0f / 60;
            ImGui::NewFrame();
            probe.beginFrame();
            app::UiContext ui{model, strings_, fonts_, palette_, textures_, probe, app::NarrationState::Stopped, "",
                              scale(), now, actions};
            app::ui::drawApp(ui);
            ImGui::Render();
        }
        return actions;
    }

    app::WidgetProbe probe;

private:
    FrameSetting setting_;
    app::Fonts fonts_;
    app::Palette palette_{};
    app::UiStrings strings_;
    NoTextures textures_;
};

} // namespace mamori::test
