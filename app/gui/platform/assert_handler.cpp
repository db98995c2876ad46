#include "assert_handler.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace mamori::app {
namespace {

std::function<std::string()>& context()
{
    static std::function<std::string()> describe;
    return describe;
}

} // namespace

void setAssertionContext(std::function<std::string()> describe)
{
    context() = std::move(describe);
}

} // namespace mamori::app

// Replaces glibc's: every assert() linked into the app (ImGui's IM_ASSERT among them) ends here.
extern "C" [[noreturn]] void __assert_fail(const char* expression, const char* file, unsigned int line, const char* function) noexcept
{
    const bool imgui = file && std::strstr(file, "imgui");
    std::fprintf(stderr, "mamori: %sassertion failed: %s\n  at %s:%u (%s)\n", imgui ? "Dear ImGui " : "", expression ? expression : "?",
                 file ? file : "?", line, function ? function : "?");
    static bool reentered = false;  // describing the context must not loop back here
    if (!reentered && mamori::app::context()) {
        reentered = true;
        try {
            const std::string where = mamori::app::context()();
            if (!where.empty()) std::fprintf(stderr, "  while %s\n", where.c_str());
        } catch (...) {
        }
    }
    std::fflush(stderr);
    // No destructors or saves: the state is suspect. Progress files are only ever replaced whole
    // (records::Storage), so what was saved stays as it was.
    std::_Exit(mamori::app::kAssertionExitStatus);
}
