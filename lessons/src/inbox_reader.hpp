#pragma once
// Reading `<inbox>`: its messages, their bodies' links and phrases, and their clues, each
// checked against the message it belongs to.

#include "mamori/lessons/model.hpp"
#include "read_context.hpp"

namespace mamori::lessons::detail {

Inbox readInbox(const XMLElement& element, ReadContext& context);

} // namespace mamori::lessons::detail
