#pragma once
// The scenario map of the author mode, drawn: boxes for nodes and endings, arrows for options
// and conditional gotos, in a scrolling region that can be panned with the right or middle
// mouse button, with a legend above it.

#include "scenario_map.hpp"
#include "ui_context.hpp"

#include <optional>
#include <string>

namespace mamori::app::ui {

/// Draws `view` filling the rest of the window. Each node and ending box is a button tracked as
/// "map:node:<id>" (Tab and the arrow keys move between them, Enter or Space opens one); the
/// box `selectedId` is highlighted. Returns the id of the box clicked or activated this frame.
std::optional<std::string> drawScenarioMap(UiContext& ui, const ScenarioMapView& view, const std::string& selectedId);

} // namespace mamori::app::ui
