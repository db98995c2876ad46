#include "fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>
#include <imgui_internal.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace mamori::app {

namespace fs = std::filesystem;

bool GlyphText::add(std::string_view text)
{
    bool added = false;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        unsigned int c = 0;
        const int length = ImTextCharFromUtf8(&c, p, end);
        if (length <= 0) break;
        if (known_.insert(c).second) {
            text_.append(p, static_cast<std::size_t>(length));
            added = true;
        }
        p += length;
    }
    return added;
}

namespace {

bool readable(const fs::path& file)
{
    std::error_code ec;
    return fs::is_regular_file(file, ec) && fs::file_size(file, ec) > 0 && !ec;
}

} // namespace

fs::path findJapaneseFont()
{
    if (const char* chosen = std::getenv("MAMORI_FONT"); chosen && *chosen) return readable(chosen) ? fs::path(chosen) : fs::path();
    for (const char* candidate : {"/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf", "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
                                  "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"}) {
        std::error_code ec;
        if (fs::exists(candidate, ec)) return candidate;
    }
    return {};
}

Fonts buildFonts(const std::string& text, float scale, FontReport& report)
{
    const auto start = std::chrono::steady_clock::now();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();

    // Only the characters that will be shown: a few thousand at most, so the atlas stays small.
    // The symbols the screens draw themselves, beyond what the texts and UI words use.
    static const char* const kSymbols = "…・•「」『』（）【】、。！？：；ー〜→←↑↓×✓△○●◀▶■□％＋－−—–＞";
    static ImVector<ImWchar> ranges, typedRanges;
    ranges.clear();
    typedRanges.clear();
    ImFontGlyphRangesBuilder shown;
    shown.AddText(kSymbols);
    shown.AddText(text.c_str());
    ImFontGlyphRangesBuilder builder = shown;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.BuildRanges(&ranges);
    report.glyphs = 0;
    for (int i = 0; i + 1 < ranges.Size; i += 2) report.glyphs += ranges[i + 1] - ranges[i] + 1;
    // The regular face also holds the common Japanese characters: names and typed answers can use any.
    ImFontGlyphRangesBuilder typed;
    typed.AddRanges(ranges.Data);
    typed.AddRanges(io.Fonts->GetGlyphRangesJapanese());
    typed.BuildRanges(&typedRanges);

    Fonts fonts;
    const fs::path file = findJapaneseFont();
    report.file = file.string();
    report.japaneseFont = !file.empty();
    auto add = [&](float pixels, bool bold, const ImVector<ImWchar>& glyphs) -> ImFont* {
        if (!report.japaneseFont) {
            ImFontConfig config;
            config.SizePixels = pixels;
            return io.Fonts->AddFontDefault(&config);
        }
        ImFontConfig config;
        config.OversampleH = 1;
        config.OversampleV = 1;
        config.FontBuilderFlags = bold ? ImGuiFreeTypeBuilderFlags_Bold : 0;
        return io.Fonts->AddFontFromFileTTF(file.c_str(), pixels, &config, glyphs.Data);
    };
    const float base = std::round(18.0f * scale);
    auto buildDefault = [&] {
        // Without the Japanese font (missing or unreadable): ImGui's own font, English only.
        report.japaneseFont = false;
        io.Fonts->Clear();
        Fonts fallback;
        fallback.body = fallback.bold = fallback.heading = fallback.title = fallback.small = add(base, false, ranges);
        io.Fonts->Build();
        return fallback;
    };
    fonts.body = add(base, false, typedRanges);
    fonts.bold = add(base, true, ranges);
    fonts.heading = add(std::round(base * 1.25f), true, ranges);
    fonts.title = add(std::round(base * 1.6f), true, ranges);
    fonts.small = add(std::round(base * 0.85f), false, ranges);
    if (!fonts.body || !io.Fonts->Build()) fonts = buildDefault();
    // Each face loaded its own copy of the 6 MB font file; the glyphs are in the atlas now.
    io.Fonts->ClearInputData();
    report.missing.clear();
    if (report.japaneseFont) {
        // A character the font lacks would show as "?": name it, so an author can replace it.
        for (unsigned int c = 0x20; c <= IM_UNICODE_CODEPOINT_MAX; ++c)
            if (shown.GetBit(c) && c != 0x7F && (c < 0x80 || c >= 0xA0) && !fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)))
                report.missing.push_back(c);
    }
    report.atlasWidth = io.Fonts->TexWidth;
    report.atlasHeight = io.Fonts->TexHeight;
    report.buildMilliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return fonts;
}

std::string describeMissingGlyphs(const FontReport& report)
{
    std::string list;
    for (unsigned int c : report.missing) {
        char utf8[5];
        char code[16];
        std::snprintf(code, sizeof code, " (U+%04X)", c);
        if (!list.empty()) list += ", ";
        list += ImTextCharToUtf8(utf8, c);
        list += code;
    }
    return list;
}

} // namespace mamori::app
