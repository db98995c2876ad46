#include "window.hpp"

#include "font_texture.hpp"

#include <GLFW/glfw3.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <atomic>
#include <malloc.h>

namespace mamori::app {
namespace {

std::atomic<bool> activity{true};

void noteActivity()
{
    activity = true;
}

// Installed before ImGui's backend, which chains to them: they only note that something happened.
void onKey(GLFWwindow*, int, int, int, int) { noteActivity(); }
void onChar(GLFWwindow*, unsigned int) { noteActivity(); }
void onMouseButton(GLFWwindow*, int, int, int) { noteActivity(); }
void onScroll(GLFWwindow*, double, double) { noteActivity(); }
void onCursor(GLFWwindow*, double, double) { noteActivity(); }
void onFocus(GLFWwindow*, int) { noteActivity(); }
void onResize(GLFWwindow*, int, int) { noteActivity(); }
void onRefresh(GLFWwindow*) { noteActivity(); }

} // namespace

std::unique_ptr<AppWindow> AppWindow::open(const WindowPlacement& placement, const char* title, std::string& error)
{
    glfwSetErrorCallback([](int, const char*) {});
    if (!glfwInit()) {
        error = "no display: GLFW could not start (is DISPLAY set?)";
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    // The X11 class names the app as its desktop entry does (io.github.mamori.Mamori.desktop),
    // so that docks group every mode's window under Mamori's icon; GLFW would use the title.
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "io.github.mamori.Mamori");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "mamori");
    GLFWwindow* window = glfwCreateWindow(placement.width, placement.height, title, nullptr, nullptr);
    if (!window) {
        error = "could not open an OpenGL 3 window";
        glfwTerminate();
        return nullptr;
    }
    if (placement.known) glfwSetWindowPos(window, placement.x, placement.y);
    glfwShowWindow(window);
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, onChar);
    glfwSetMouseButtonCallback(window, onMouseButton);
    glfwSetScrollCallback(window, onScroll);
    glfwSetCursorPosCallback(window, onCursor);
    glfwSetWindowFocusCallback(window, onFocus);
    glfwSetFramebufferSizeCallback(window, onResize);
    glfwSetWindowRefreshCallback(window, onRefresh);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.IniFilename = nullptr;  // the app keeps its own settings
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    // The backend makes its shaders on the first frame, and with them an RGBA font texture built
    // from whatever the atlas then holds. Made now, on the still-empty atlas (ImGui's small
    // default font), and dropped: the app uploads its fonts itself (FontTexture).
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts->ClearTexData();
    return std::unique_ptr<AppWindow>(new AppWindow(window));
}

AppWindow::AppWindow(GLFWwindow* window) : window_(window), fontTexture_(std::make_unique<FontTexture>()) {}

AppWindow::~AppWindow()
{
    fontTexture_.reset();  // while the OpenGL context lives
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

bool AppWindow::shouldClose() const
{
    return glfwWindowShouldClose(window_);
}

void AppWindow::requestClose()
{
    glfwSetWindowShouldClose(window_, GLFW_TRUE);
}

void AppWindow::waitForEvents(double timeoutSeconds)
{
    if (timeoutSeconds == 0) glfwPollEvents();
    else if (timeoutSeconds < 0) glfwWaitEvents();
    else glfwWaitEventsTimeout(timeoutSeconds);
}

bool AppWindow::takeActivity()
{
    return activity.exchange(false);
}

void AppWindow::wake()
{
    activity = true;
    glfwPostEmptyEvent();
}

void AppWindow::beginFrame()
{
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
}

void AppWindow::render(const ImVec4& clear)
{
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void AppWindow::present()
{
    glfwSwapBuffers(window_);
}

void AppWindow::uploadFonts()
{
    fontTexture_->upload(*ImGui::GetIO().Fonts);
    // The font builder's scratch memory is freed; give it back rather than keep it in the heap.
    malloc_trim(0);
}

WindowPlacement AppWindow::placement() const
{
    WindowPlacement p;
    glfwGetWindowPos(window_, &p.x, &p.y);
    glfwGetWindowSize(window_, &p.width, &p.height);
    p.known = true;
    return p;
}

int AppWindow::framebufferWidth() const
{
    int width = 0, height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    return width;
}

int AppWindow::framebufferHeight() const
{
    int width = 0, height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    return height;
}

} // namespace mamori::app
