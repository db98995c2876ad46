#pragma once
/// \file
/// A scenario as a graph: its places (nodes and endings, by id), where each option can lead,
/// what the start reaches, what can still reach an ending, and which flags are set and tested.
/// Pure analysis of a loaded `Scenario`, with no diagnostics, shared by everything that reasons
/// about a scenario's shape: the validator (scenario_reader.cpp) turns its findings into
/// reports, lint into warnings, the author mode's scenario map into a drawing, and the content
/// tests into checks.

#include "mamori/lessons/model.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mamori::lessons {

class ScenarioGraph {
public:
    /// A destination written in the scenario that names no node or ending.
    struct UnknownDestination {
        const ScenarioOption* option;
        const ConditionalGoto* condition; ///< null when it is the option's own `goto`
        std::string_view target;
        int line;
    };

    /// A flag a `<when>` tests (in `set` or `unset`) that no option sets.
    struct FlagNeverSet {
        std::string_view flag;
        int line; ///< of the `<when>`
    };

    /// Analyses `scenario`, which must outlive the graph and stay unchanged.
    explicit ScenarioGraph(const Scenario& scenario);

    /// Places are the distinct ids of the nodes, in order, then those of the endings. A place
    /// is a node when some node has its id, an ending when some ending has it (a duplicate id,
    /// which the validator reports, makes one place of both).
    std::size_t placeCount() const { return places_.size(); }
    std::optional<std::size_t> placeOf(std::string_view id) const;
    std::string_view idOf(std::size_t place) const { return places_[place].id; }
    bool isNode(std::size_t place) const { return places_[place].node; }
    bool isEnding(std::size_t place) const { return places_[place].ending; }
    /// Every place an option of the place can lead to (its `goto`s and its `<when>`s' `goto`s),
    /// with repeats, in document order.
    const std::vector<std::size_t>& destinations(std::size_t place) const { return places_[place].destinations; }

    /// Destinations that name no place, in document order.
    const std::vector<UnknownDestination>& unknownDestinations() const { return unknown_; }

    /// Every flag some option sets.
    const std::unordered_set<std::string_view>& flagsSet() const { return flagsSet_; }
    /// Every test of a flag that no option sets, in document order (a flag tested twice is listed twice).
    std::vector<FlagNeverSet> flagsNeverSet() const;

    /// The start's place when the start is a node; nullopt when it is missing, unknown or an ending.
    std::optional<std::size_t> startNode() const;
    /// Which places the start reaches by any path (all false without a start node).
    std::vector<bool> reachableFromStart() const;
    /// Which places can reach an ending by some path (endings themselves included).
    std::vector<bool> canReachEnding() const;

private:
    struct Place {
        std::string_view id;
        bool node = false;
        bool ending = false;
        std::vector<std::size_t> destinations;
    };

    std::size_t addPlace(std::string_view id);
    void addEdges(std::size_t from, const ScenarioOption& option);

    const Scenario& scenario_;
    std::vector<Place> places_;
    std::unordered_map<std::string_view, std::size_t> byId_;
    std::vector<UnknownDestination> unknown_;
    std::unordered_set<std::string_view> flagsSet_;
};

} // namespace mamori::lessons
