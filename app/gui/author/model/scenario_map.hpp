#pragma once
// The scenario map of the trainers' author mode, as plain values: one box per node and ending,
// one arrow per option and per conditional goto, and a layered layout in abstract units
// (columns × rows) that the widget scales to the text size. No ImGui: tests check it directly.
// The graph facts (what the start reaches, what can finish, unknown destinations) come from
// lessons::ScenarioGraph; this file only arranges them for drawing.

#include "mamori/lessons/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::app {

enum class MapBoxKind {
    Node,     ///< a situation with options
    Ending,   ///< an ending, with its outcome
    Missing,  ///< a destination named by an option that names no node or ending
};

struct MapBox {
    std::string id;
    MapBoxKind kind = MapBoxKind::Node;
    int line = 0;                        ///< in the pack file; 0 for a missing place
    lessons::LocalizedText excerpt;      ///< a node's situation or an ending's title, cut short
    std::optional<lessons::Outcome> outcome;  ///< endings only
    std::optional<int> fixedScore;       ///< endings that score a fixed value
    bool start = false;                  ///< the scenario's start
    bool unreachable = false;            ///< no path from the start leads here
    bool deadEnd = false;                ///< a node from which no path leads to an ending
    int row = 0;                         ///< layer: depth from the start by breadth-first search
    float column = 0;                    ///< place within the row, centred on the widest row
};

struct MapArrow {
    std::size_t from = 0;                ///< index in ScenarioMapView::boxes
    std::size_t to = 0;                  ///< index in ScenarioMapView::boxes
    std::string optionId;
    lessons::LocalizedText optionText;
    int line = 0;                        ///< of the option, or of the `<when>` for a conditional arrow
    int score = 0;                       ///< the option's score change
    std::vector<std::string> flagsSet;   ///< flags the option sets
    bool conditional = false;            ///< a `<when>`'s goto: drawn dashed
    std::vector<std::string> requiredSet;    ///< conditional arrows: flags that must be set
    std::vector<std::string> requiredUnset;  ///< conditional arrows: flags that must be unset
    bool unknownTarget = false;          ///< leads to a MapBoxKind::Missing box
};

struct ScenarioMapView {
    std::string scenarioId;
    lessons::LocalizedText title;
    int passScore = 0;
    /// The nodes in document order, then the endings, then the missing destinations.
    std::vector<MapBox> boxes;
    /// Per option in document order: its own goto, then its `<when>`s' gotos.
    std::vector<MapArrow> arrows;
    /// Box indices by row, left to right: the reading (and keyboard) order.
    std::vector<std::vector<std::size_t>> rows;
    float columns = 0;                   ///< the widest row's box count
    /// Flags tested by a `<when>` that no option sets.
    std::vector<std::string> flagsNeverSet;

    /// The index of the box `id`, or nullopt.
    std::optional<std::size_t> find(std::string_view id) const;
};

/// The map of `scenario`. Deterministic: the same scenario always gives the same view.
ScenarioMapView buildScenarioMap(const lessons::Scenario& scenario);

/// `text` cut to at most `characters` characters (UTF-8), ended with "…" when cut.
std::string excerptOf(const std::string& text, std::size_t characters);

} // namespace mamori::app
