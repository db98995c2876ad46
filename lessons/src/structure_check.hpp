#pragma once
// Checking one element against its rule in the format's table (element_rules.hpp): its
// attributes, its children (known, allowed here, in order, counted per slot) and stray text.

#include "element_rules.hpp"
#include "read_context.hpp"

namespace mamori::lessons::detail {

/// Reports every structural problem of `element` (not of its descendants). The result holds
/// no rule after reporting an element the format lacks.
CheckedElement checkElementStructure(const XMLElement& element, ReadContext& context);

} // namespace mamori::lessons::detail
