#pragma once
// A failed assertion ends the app with a message and exit status 3, instead of a bare abort.
// Debian's libimgui is built with its IM_ASSERTs on, and they call assert(): the app defines
// the C library's assertion hook (__assert_fail), so an ImGui assertion in a window test names
// the expression, where it is, and what the script was doing, and fails that test clearly.

#include <functional>
#include <string>

namespace mamori::app {

/// The exit status after a failed assertion.
inline constexpr int kAssertionExitStatus = 3;

/// What the app was doing, added to the message of a failed assertion (the script step).
/// Called only when an assertion fails; pass nullptr to forget it.
void setAssertionContext(std::function<std::string()> describe);

} // namespace mamori::app
