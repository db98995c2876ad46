#pragma once
/// \file
/// Every way through a scenario, walked as the engine walks it (scores, flags and `<when>`
/// destinations included), so that an ending can be judged by every path that reaches it.
/// Shared by lint (scores that contradict outcomes) and the content tests.
///
/// The number of paths grows exponentially with the scenario's depth, so the walk is bounded:
/// it stops after `PathLimits::maxPaths` paths, never follows a path longer than
/// `PathLimits::maxSteps` choices, and never visits more than `PathLimits::maxVisits` nodes in
/// all, and says when it stopped early (`ScenarioPaths::truncated`). A hostile pack (500 nodes
/// of 9 options each) costs at most the visit budget, never the paths it describes.

#include "mamori/lessons/model.hpp"

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace mamori::lessons {

/// One run from the start node: the options chosen, and where it ended.
struct ScenarioPath {
    struct Step {
        const ScenarioNode* node = nullptr;
        const ScenarioOption* option = nullptr;
    };
    std::vector<Step> steps;                ///< in the order chosen
    std::set<std::string> flags;            ///< set when the path ends
    const ScenarioEnding* ending = nullptr; ///< null when the path breaks off (see `problem`)
    int score = 0;                          ///< what the run scores (the ending's fixed score, if any)
    std::string problem;                    ///< a loop, a missing target or a cut-off, when there is one

    /// `node/option → node/option ⇒ ending, score N`, for messages.
    std::string describe() const;
};

/// Bounds on the walk (see the file comment).
struct PathLimits {
    std::size_t maxPaths = 20000;
    std::size_t maxSteps = 1000; ///< twice the most nodes a scenario may have
    std::size_t maxVisits = 2000000;
};

struct ScenarioPaths {
    std::vector<ScenarioPath> paths;
    bool truncated = false; ///< a limit was reached: `paths` is not every path
};

/// Where `option` leads once `flags` are set: the first `<when>` that holds, else its `goto`.
/// (The same rule as the engine's scoring::destinationOf.)
const std::string& optionDestination(const ScenarioOption& option, const std::set<std::string>& flags);

/// Every path from the start node to an ending, in document order of the options. A path that
/// comes back to a node with the same flags (a loop) or goes to an unknown place is listed once,
/// with `problem` set and no ending.
ScenarioPaths enumeratePaths(const Scenario& scenario, const PathLimits& limits = {});

} // namespace mamori::lessons
