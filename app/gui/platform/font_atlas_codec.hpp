#pragma once
// A built Dear ImGui font atlas as bytes and back: its alpha pixels, each face's metrics and
// glyphs, and the atlas's own rectangles (white pixel, baked lines, mouse cursors). What
// Build() would compute is restored as it was; nothing is rasterised again.

#include <imgui.h>

#include <string>
#include <string_view>

namespace mamori::app {

/// The atlas's built state (call after Build(), before ClearTexData()). Empty when there are
/// no alpha pixels to keep.
std::string encodeFontAtlas(ImFontAtlas& atlas);

/// Replaces `atlas`'s contents with the encoded one, ready to draw with (IsBuilt()). Any
/// inconsistency in `bytes` gives false and leaves `atlas` cleared.
bool decodeFontAtlas(std::string_view bytes, ImFontAtlas& atlas);

} // namespace mamori::app
