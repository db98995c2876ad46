#pragma once
// File names as a mail client shows them, and as a careful reader inspects them. Dear ImGui
// draws text left to right only, so a name holding a right-to-left override ("請求書", U+202E, "fdp.exe")
// is put in visual order with ICU's bidi algorithm first, as a real client would show it
// ("請求書exe.pdf"). On inspection, the invisible characters that make such tricks (and for
// which the font has no glyph) are shown as visible markers instead.

#include <string>
#include <string_view>

namespace mamori::app {

/// `text` in the order its characters appear on screen, without the invisible characters
/// (bidi controls, zero-width spaces and joiners, BOM, soft hyphen), as a client shows it.
std::string visualOrder(std::string_view text);

/// Whether `c` is one of the invisible characters revealHiddenCharacters marks (the font needs
/// no glyph for them: they are never drawn as themselves).
bool isHiddenCharacter(char32_t c);

/// `text` in logical order with each invisible formatting character replaced by a marker
/// such as `[RLO]` (U+202E) or `[ZWSP]` (U+200B).
std::string revealHiddenCharacters(std::string_view text);

/// Whether `text` holds any character revealHiddenCharacters marks.
bool hasHiddenCharacters(std::string_view text);

} // namespace mamori::app
