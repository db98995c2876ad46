#pragma once
// One line per figure a benchmark measures, besides its table, in a form scripts read:
//   figure: NAME = VALUE UNIT (lower|higher is better)
// tests/bench/compare_builds.sh runs two builds' benchmarks and compares these lines.

#include <cstdio>

namespace mamori::bench {

enum class Better { Lower, Higher };

inline void figure(const char* name, double value, const char* unit, Better better = Better::Lower)
{
    std::printf("figure: %s = %.4g %s (%s is better)\n", name, value, unit, better == Better::Lower ? "lower" : "higher");
}

} // namespace mamori::bench
