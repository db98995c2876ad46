#include "did_you_mean.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace mamori::lessons::detail {
namespace {

char lower(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

std::optional<std::string_view> closestName(std::string_view typed, const std::vector<std::string_view>& candidates)
{
    // Names longer than any real one are not typos; skip the quadratic work on hostile input.
    if (typed.empty() || typed.size() > 64) return std::nullopt;
    const std::size_t allowed = std::max<std::size_t>(1, typed.size() / 3);
    std::optional<std::string_view> best;
    std::size_t bestDistance = allowed + 1;
    for (std::string_view candidate : candidates) {
        const std::size_t distance = editDistance(typed, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace mamori::lessons::detail
