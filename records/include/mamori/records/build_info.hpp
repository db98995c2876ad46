#pragma once
/// \file
/// Which build of Mamori this is: its version and git commit, for `--version` and for the note
/// each progress file carries of the app that wrote it (`written-by`, progress_file.hpp). The
/// two values come from a file CMake generates (records/src/build_info.cpp.in), so that a new
/// commit recompiles that file alone.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

/// The project's version, "0.1.0".
std::string_view mamoriVersion();

/// The build's git commit, 12 hex digits, or "unknown" when built outside a git checkout.
std::string_view mamoriCommit();

/// The longest app identity a progress file may carry, in characters (all ASCII).
inline constexpr std::size_t kMaxAppIdentityCharacters = 100;

/// This build as a progress file notes it: "Mamori 0.1.0 (abc123def456)", or "Mamori 0.1.0"
/// when the commit is unknown. Always accepted by appIdentityProblem: whatever the build's
/// values hold, anything outside printable ASCII becomes '?' and each part is cut short.
std::string appIdentity();

/// Why `identity` cannot be an app identity (empty, longer than kMaxAppIdentityCharacters,
/// or holding anything but printable ASCII), nullopt when it can.
std::optional<std::string> appIdentityProblem(std::string_view identity);

} // namespace mamori::records
