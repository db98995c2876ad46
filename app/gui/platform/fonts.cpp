#include "fonts.hpp"

#include "font_atlas_cache.hpp"
#include "visual_order.hpp"

#include <imgui.h>
#include <imgui_freetype.h>
#include <imgui_internal.h>

#include <array>
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

/// One face of the atlas: its size, whether FreeType emboldens it, and whether it holds the
/// common Japanese characters as well as the shown ones.
struct Face {
    float pixels;
    bool bold;
    bool typed;
};

std::array<Face, 5> facesAt(float scale)
{
    const float base = std::round(18.0f * scale);
    // In the order of Fonts' members: body, bold, heading, title, small.
    return {Face{base, false, true}, Face{base, true, false}, Face{std::round(base * 1.25f), true, false},
            Face{std::round(base * 1.6f), true, false}, Face{std::round(base * 0.85f), false, false}};
}


/// Everything the atlas is built from: a cached atlas with another key is not this one.
std::string atlasKey(const fs::path& file, const std::array<Face, 5>& faces, const ImVector<ImWchar>& ranges)
{
    std::string key = "imgui " + std::to_string(IMGUI_VERSION_NUM) + " freetype oversample 1x1\n" + fontFileIdentity(file) + "\n";
    for (const Face& face : faces)
        key += std::to_string(face.pixels) + (face.bold ? " bold" : "") + (face.typed ? " +japanese" : "") + "\n";
    key.append(reinterpret_cast<const char*>(ranges.Data), static_cast<std::size_t>(ranges.Size) * sizeof(ImWchar));
    return key;
}

Fonts fontsOf(const ImFontAtlas& atlas)
{
    return Fonts{atlas.Fonts[0], atlas.Fonts[1], atlas.Fonts[2], atlas.Fonts[3], atlas.Fonts[4]};
}

/// Without the Japanese font (missing or unreadable): ImGui's own font, English only.
Fonts buildDefault(ImFontAtlas& atlas, const std::array<Face, 5>& faces)
{
    atlas.Clear();
    for (const Face& face : faces) {
        ImFontConfig config;
        config.SizePixels = face.pixels;
        atlas.AddFontDefault(&config);
    }
    atlas.Build();
    return fontsOf(atlas);
}

} // namespace

Fonts buildFontAtlas(ImFontAtlas& atlas, const std::string& text, float scale, FontReport& report, const FontAtlasCache* cache)
{
    const auto start = std::chrono::steady_clock::now();
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();

    // Only the characters that will be shown: a few thousand at most, so the atlas stays small.
    // The symbols the screens draw themselves, beyond what the texts and UI words use.
    static const char* const kSymbols = "…・•「」『』（）【】、。！？：；ー〜→←↑↓×✓△○●◀▶■□％＋－−—–＞";
    // The atlas reads the ranges only while it builds, within this function.
    ImVector<ImWchar> ranges, typedRanges;
    ImFontGlyphRangesBuilder shown;
    shown.AddText(kSymbols);
    shown.AddText(text.c_str());
    ImFontGlyphRangesBuilder builder = shown;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    builder.BuildRanges(&ranges);
    report.glyphs = 0;
    for (int i = 0; i + 1 < ranges.Size; i += 2) report.glyphs += ranges[i + 1] - ranges[i] + 1;

    const fs::path file = findJapaneseFont();
    const std::array<Face, 5> faces = facesAt(scale);
    report.file = file.string();
    report.japaneseFont = !file.empty();
    report.fromCache = false;
    const std::string key = report.japaneseFont ? atlasKey(file, faces, ranges) : std::string();
    Fonts fonts;
    const bool cached = cache && report.japaneseFont && cache->load(key, atlas);
    if (cached && atlas.Fonts.Size == static_cast<int>(faces.size())) {
        fonts = fontsOf(atlas);
        report.fromCache = true;
    } else if (report.japaneseFont) {
        atlas.Clear();
        // The regular face also holds the common Japanese characters: names and typed answers can use any.
        ImFontGlyphRangesBuilder typed;
        typed.AddRanges(ranges.Data);
        typed.AddRanges(atlas.GetGlyphRangesJapanese());
        typed.BuildRanges(&typedRanges);
        for (const Face& face : faces) {
            ImFontConfig config;
            config.OversampleH = 1;
            config.OversampleV = 1;
            config.FontBuilderFlags = face.bold ? ImGuiFreeTypeBuilderFlags_Bold : 0;
            const ImVector<ImWchar>& glyphs = face.typed ? typedRanges : ranges;
            if (!atlas.AddFontFromFileTTF(file.c_str(), face.pixels, &config, glyphs.Data)) break;
        }
        if (atlas.Fonts.Size == static_cast<int>(faces.size()) && atlas.Build()) {
            fonts = fontsOf(atlas);
            if (cache) cache->save(key, atlas);
        }
    }
    if (!fonts.body) {
        report.japaneseFont = false;
        fonts = buildDefault(atlas, faces);
    }
    // Each face loaded its own copy of the 6 MB font file; the glyphs are in the atlas now.
    atlas.ClearInputData();
    report.missing.clear();
    if (report.japaneseFont) {
        // A character the font lacks would show as "?": name it, so an author can replace it.
        for (unsigned int c = 0x20; c <= IM_UNICODE_CODEPOINT_MAX; ++c)
            if (shown.GetBit(c) && c != 0x7F && (c < 0x80 || c >= 0xA0) && !isHiddenCharacter(static_cast<char32_t>(c)) &&
                !fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)))
                report.missing.push_back(c);
    }
    report.atlasWidth = atlas.TexWidth;
    report.atlasHeight = atlas.TexHeight;
    report.buildMilliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return fonts;
}

Fonts buildFonts(const std::string& text, float scale, FontReport& report, const FontAtlasCache* cache)
{
    return buildFontAtlas(*ImGui::GetIO().Fonts, text, scale, report, cache);
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
