#pragma once
/// \file
/// Playing a branching scenario: the run is the path of choices; where it stands (node,
/// flags, score) is derived from the path and the scenario.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/result.hpp"

#include <set>
#include <string>
#include <vector>

namespace mamori::scoring {

/// Where a run stands, derived from its path.
struct RunPosition {
    std::string currentId;             ///< a node, or the ending reached
    std::set<std::string> flags;
    int pathScore = 0;                 ///< sum of the chosen options' score changes
    const lessons::ScenarioNode* node = nullptr;       ///< null once ended (or when the pack changed)
    const lessons::ScenarioEnding* ending = nullptr;   ///< set once ended
};

ScenarioRunRecord startRun(const lessons::Scenario& scenario, int number, Timestamp now, const std::string& packVersion);

/// Replays the path against the scenario.
RunPosition runPosition(const lessons::Scenario& scenario, const ScenarioRunRecord& run);

/// Where an option leads given the flags set so far: the first `<when>` that holds, else `goto`.
std::string destinationOf(const lessons::ScenarioOption& option, const std::set<std::string>& flags);

/// What choosing an option did, for the learner to read.
struct ChoiceOutcome {
    const lessons::ScenarioOption* option = nullptr;
    std::string destination;
    bool ended = false;
};

/// Takes option `optionId` at the current node; when it leads to an ending, stores the run's
/// result: the ending's fixed score if it has one, else the path sum, against `pass-score`.
Result<ChoiceOutcome> chooseOption(ScenarioRunRecord& run, const lessons::Scenario& scenario, const std::string& optionId,
                                   Timestamp now);

/// A scenario counts as passed when any finished run passed.
bool scenarioPassed(const std::vector<const ScenarioRunRecord*>& runs);

} // namespace mamori::scoring
