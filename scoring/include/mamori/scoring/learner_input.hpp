#pragma once
/// \file
/// Limits on what a learner types, checked when it is given (by the app's fields or a
/// script), so that a save never holds what the progress file reader would refuse.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::scoring {

inline constexpr std::size_t kMaxDisplayNameCharacters = 100;
inline constexpr std::size_t kMaxTypedAnswerCharacters = 500;

/// Why `name` cannot be a learner's display name (one line of at most 100 characters, valid
/// UTF-8, no control characters), or nullopt. An empty name is allowed: the id is shown instead.
std::optional<std::string> displayNameProblem(std::string_view name);

/// The same for a typed answer (at most 500 characters).
std::optional<std::string> typedAnswerProblem(std::string_view text);

} // namespace mamori::scoring
