#pragma once
// Fonts in one place: IPA Gothic (fonts-ipafont-gothic) with exactly the glyphs the packs and
// the UI use, built with FreeType, in regular, bold (synthetic), heading and title sizes.

#include "ui_context.hpp"

#include <filesystem>
#include <set>
#include <string_view>
#include <string>
#include <vector>

struct ImFontAtlas;

namespace mamori::app {

class FontAtlasCache;

struct FontReport {
    bool japaneseFont = false;      ///< false: ImGui's built-in font, English only
    std::string file;               ///< the font file used
    int glyphs = 0;                 ///< distinct characters requested
    int atlasWidth = 0, atlasHeight = 0;
    double buildMilliseconds = 0;
    bool fromCache = false;         ///< the atlas came from the font cache, not from FreeType
    std::vector<unsigned int> missing; ///< requested characters the font has no glyph for (shown as "?")
};

/// The characters the fonts must hold. Grows when a learner's name brings new ones.
class GlyphText {
public:
    /// Adds the characters of `text`; true when any was new (the fonts need rebuilding).
    bool add(std::string_view text);
    const std::string& text() const { return text_; }

private:
    std::string text_;
    std::set<unsigned int> known_;
};

/// The Japanese font file: $MAMORI_FONT, else what fontconfig finds of IPA P Gothic, IPA
/// Gothic, then any sans-serif font with Japanese (japanese_font.cpp). Empty when none.
std::filesystem::path findJapaneseFont();

/// (Re)builds `atlas` at `scale` for the characters in `text` (plus ASCII and common
/// punctuation). The regular body face also gets the common Japanese characters, so that
/// anything typed shows. With a `cache`, an atlas built from the same font file, sizes and
/// characters is read back instead of built, and a new one is saved. Touches no ImGui context,
/// so it may run on another thread.
Fonts buildFontAtlas(ImFontAtlas& atlas, const std::string& text, float scale, FontReport& report,
                     const FontAtlasCache* cache = nullptr);

/// buildFontAtlas() into the current ImGui context's atlas. Call between frames; the renderer's
/// font texture must be recreated after.
Fonts buildFonts(const std::string& text, float scale, FontReport& report, const FontAtlasCache* cache = nullptr);

/// The characters in `report.missing`, each with its code point: "㊙ (U+3299), …".
std::string describeMissingGlyphs(const FontReport& report);

} // namespace mamori::app
