#pragma once
/// \file
/// Checks on one line of text a person gives (a display name, a typed answer, a script
/// argument), so that only what every reader accepts is ever stored: valid UTF-8, no control
/// characters, not too long.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::lessons {

/// Why `text` cannot be stored as one line of at most `maxCharacters` characters (code
/// points), or nullopt when it can. Refuses invalid UTF-8, control characters (C0, DEL, C1,
/// so also tabs and line breaks) and the non-characters U+FFFE and U+FFFF, which XML forbids.
std::optional<std::string> lineTextProblem(std::string_view text, std::size_t maxCharacters);

/// The number of code points in valid UTF-8 `text`.
std::size_t codePointCount(std::string_view text);

/// The columns `text` takes in a terminal: 2 for each full-width (East Asian wide) character,
/// 1 for others; for lining up tables of Japanese names.
std::size_t displayWidth(std::string_view text);

} // namespace mamori::lessons
