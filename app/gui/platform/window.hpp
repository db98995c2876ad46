#pragma once
// The platform behind the app: a GLFW window with an OpenGL 3 context and Dear ImGui's
// backends. It sleeps on events and notes when the learner did something.

#include "settings.hpp"

#include <imgui.h>

#include <memory>
#include <string>

struct GLFWwindow;

namespace mamori::app {

class FontTexture;

class AppWindow {
public:
    /// Opens the window where it was last (when known); nullptr with `error` set when there
    /// is no display or no OpenGL.
    static std::unique_ptr<AppWindow> open(const WindowPlacement& placement, const char* title, std::string& error);
    ~AppWindow();
    AppWindow(const AppWindow&) = delete;
    AppWindow& operator=(const AppWindow&) = delete;

    bool shouldClose() const;
    void requestClose();

    /// Sleeps until an event arrives or `timeoutSeconds` pass (negative: no timeout; 0: just poll).
    void waitForEvents(double timeoutSeconds);
    /// True when input, a resize or a wake-up happened since the last call.
    bool takeActivity();
    /// Wakes the loop from another thread (audio finished).
    static void wake();

    /// Starts a frame for the backends. The caller may change ImGui's input, then calls ImGui::NewFrame().
    void beginFrame();
    /// Renders ImGui's draw data into the back buffer (not yet shown).
    void render(const ImVec4& clear);
    /// Shows the back buffer.
    void present();

    /// Uploads the ImGui atlas (built since the last frame) and frees its pixels.
    void uploadFonts();
    WindowPlacement placement() const;
    int framebufferWidth() const;
    int framebufferHeight() const;

private:
    explicit AppWindow(GLFWwindow* window);
    GLFWwindow* window_;
    std::unique_ptr<FontTexture> fontTexture_;
};

} // namespace mamori::app
