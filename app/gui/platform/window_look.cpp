#include "window_look.hpp"

#include "window.hpp"

#include <iostream>

namespace mamori::app {

void warnAboutMissingGlyphs(const FontReport& report, std::vector<unsigned int>& alreadyNamed)
{
    if (report.missing.empty() || report.missing == alreadyNamed) return;
    alreadyNamed = report.missing;
    std::cerr << "mamori: warning: the font " << report.file << " has no glyph for " << report.missing.size()
              << " character(s) in the lessons or names, shown as \"?\": " << describeMissingGlyphs(report) << '\n';
}

void WindowLook::build(AppWindow& window, const Settings& settings)
{
    const float scale = static_cast<float>(settings.textPercent) / 100.0f;
    fonts_ = buildFonts(glyphs_.text(), scale, report_, &cache_);
    warnAboutMissingGlyphs(report_, named_);
    window.uploadFonts();
    palette_ = applyTheme(settings.theme, scale);
}

} // namespace mamori::app
