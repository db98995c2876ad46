#pragma once
// What a screen needs to draw one frame: the state to read, the words, fonts and colours,
// and a place to put the actions the learner took. Screens never change the state.

#include "actions.hpp"
#include "app_model.hpp"
#include "audio_output.hpp"
#include "theme.hpp"
#include "ui_strings.hpp"
#include "widget_probe.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/clock.hpp"

#include <imgui.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
    ImFont* small = nullptr;
};

struct Texture {
    ImTextureID id = nullptr;
    int width = 0;
    int height = 0;
};

/// Pictures for the screens; the real one uploads to OpenGL, tests use a fake.
class TextureSource {
public:
    virtual ~TextureSource() = default;
    virtual std::optional<Texture> get(const std::filesystem::path& file) = 0;
};

struct UiContext {
    const AppModel& model;
    const UiStrings& strings;
    const Fonts& fonts;
    const Palette& palette;
    TextureSource& textures;
    WidgetProbe& probe;
    NarrationState narration = NarrationState::Stopped;
    std::string audioStatus;
    float scale = 1.0f;
    scoring::Timestamp now;
    std::vector<Action>& actions;

    lessons::Language language() const { return model.language(); }
    const char* t(std::string_view key) const { return strings.get(key, model.language()).c_str(); }
    std::string f(std::string_view key, const std::vector<std::string>& args) const
    {
        return strings.format(key, model.language(), args);
    }
    void emit(Action action) { actions.push_back(std::move(action)); }
};

} // namespace mamori::app
