#pragma once
// Every way through a scenario, walked as the engine walks it (flags and conditional gotos
// included), so that content tests can judge each ending by every path that reaches it.

#include "mamori/lessons/model.hpp"

#include <set>
#include <string>
#include <vector>

namespace mamori::test {

struct ScenarioPath {
    std::vector<std::string> options;   ///< "node/option" in the order chosen
    std::set<std::string> flags;        ///< set when the ending is reached
    std::string ending;                 ///< the ending's id; empty when the path breaks off
    int score = 0;                      ///< what the run scores (the ending's fixed score, if any)
    std::string problem;                ///< a loop or a missing target, when there is one

    std::string describe() const;
};

/// Every path from the start node to an ending. Stops (with a problem path) at a loop or a
/// target that is neither node nor ending, and after `limit` paths.
std::vector<ScenarioPath> allPaths(const lessons::Scenario& scenario, std::size_t limit = 200000);

} // namespace mamori::test
