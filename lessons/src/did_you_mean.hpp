#pragma once
// Suggestions for misspelt names ("did you mean <choice>?").

#include <optional>
#include <string_view>
#include <vector>

namespace mamori::lessons::detail {

/// The candidate closest to `typed` by edit distance (case-insensitive), when it is close
/// enough to be a plausible typo: at most a third of the length, and at least one edit allowed.
std::optional<std::string_view> closestName(std::string_view typed, const std::vector<std::string_view>& candidates);

} // namespace mamori::lessons::detail
