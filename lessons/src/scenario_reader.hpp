#pragma once
// Reading `<scenario>` and checking its graph: every destination exists, every node can
// be reached and can reach an ending.

#include "mamori/lessons/model.hpp"
#include "read_context.hpp"

namespace mamori::lessons::detail {

Scenario readScenario(const XMLElement& element, ReadContext& context);

} // namespace mamori::lessons::detail
