#pragma once
/// \file
/// A small deterministic random generator. The standard library's distributions differ
/// between implementations; attempts must replay identically from their stored seed on
/// any build, so Mamori draws and shuffles with its own.

#include <cstdint>
#include <utility>
#include <vector>

namespace mamori::scoring {

/// SplitMix64: tiny, fast, and fully specified.
class DeterministicRandom {
public:
    explicit DeterministicRandom(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next();
    /// Uniform in [0, bound), without modulo bias.
    std::uint64_t below(std::uint64_t bound);

    /// Fisher–Yates shuffle.
    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[static_cast<std::size_t>(below(i))]);
        }
    }

private:
    std::uint64_t state_;
};

/// A fresh seed from the operating system's entropy.
std::uint64_t randomSeed();

} // namespace mamori::scoring
