#pragma once
// What a window draws its text and colours with: the font atlas for the characters it shows,
// built again (through the atlas cache) when new characters appear or the text size changes,
// and the theme's palette. The records view and the author mode keep one each.

#include "font_atlas_cache.hpp"
#include "fonts.hpp"
#include "settings.hpp"
#include "theme.hpp"
#include "ui_context.hpp"

#include <string_view>
#include <vector>

namespace mamori::app {

class AppWindow;

/// Characters that would show as "?" are named once, so the author of the text can replace them.
void warnAboutMissingGlyphs(const FontReport& report, std::vector<unsigned int>& alreadyNamed);

class WindowLook {
public:
    /// Adds the characters of `text`; true when any was new (build again to draw them).
    bool add(std::string_view text) { return glyphs_.add(text); }
    /// Builds the fonts at the settings' text size, uploads them to `window`, applies the theme.
    void build(AppWindow& window, const Settings& settings);

    const Fonts& fonts() const { return fonts_; }
    const Palette& palette() const { return palette_; }
    const FontReport& report() const { return report_; }

private:
    GlyphText glyphs_;
    FontAtlasCache cache_{FontAtlasCache::defaultFolder()};
    FontReport report_;
    Fonts fonts_;
    std::vector<unsigned int> named_;
    Palette palette_{};
};

} // namespace mamori::app
