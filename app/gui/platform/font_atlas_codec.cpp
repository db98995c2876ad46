#include "font_atlas_codec.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace mamori::app {
namespace {

// Far above what the app builds (5 faces, a few thousand glyphs, 2048x2048), far below what
// would hurt: a damaged file cannot make us allocate much.
constexpr int kMaxTextureSide = 8192;
constexpr std::uint32_t kMaxFonts = 64;
constexpr std::uint32_t kMaxGlyphs = 0xFFFE;  // ImFont::BuildLookupTable asserts below 0xFFFF
constexpr std::uint32_t kMaxCustomRects = 1024;

class Writer {
public:
    template <class T> void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void putBytes(const void* data, std::size_t size) { bytes_.append(static_cast<const char*>(data), size); }
    std::string take() { return std::move(bytes_); }

private:
    std::string bytes_;
};

/// Reads what Writer wrote; once anything is out of bounds every later read fails too.
class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}
    template <class T> bool get(T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        if (!ok_ || bytes_.size() - offset_ < sizeof value) return ok_ = false;
        std::memcpy(&value, bytes_.data() + offset_, sizeof value);
        offset_ += sizeof value;
        return true;
    }
    const char* take(std::size_t size)
    {
        if (!ok_ || bytes_.size() - offset_ < size) {
            ok_ = false;
            return nullptr;
        }
        const char* start = bytes_.data() + offset_;
        offset_ += size;
        return start;
    }
    bool atEnd() const { return ok_ && offset_ == bytes_.size(); }

private:
    std::string_view bytes_;
    std::size_t offset_ = 0;
    bool ok_ = true;
};

void putGlyph(Writer& out, const ImFontGlyph& g)
{
    out.put<std::uint32_t>(g.Codepoint);
    out.put<std::uint8_t>(static_cast<std::uint8_t>(g.Visible | (g.Colored << 1)));
    for (float f : {g.AdvanceX, g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1}) out.put(f);
}

bool getGlyph(Reader& in, ImFontGlyph& g)
{
    std::uint32_t codepoint = 0;
    std::uint8_t flags = 0;
    if (!in.get(codepoint) || !in.get(flags) || codepoint > IM_UNICODE_CODEPOINT_MAX || flags > 3) return false;
    g.Codepoint = codepoint;
    g.Visible = flags & 1;
    g.Colored = (flags >> 1) & 1;
    for (float* f : {&g.AdvanceX, &g.X0, &g.Y0, &g.X1, &g.Y1, &g.U0, &g.V0, &g.U1, &g.V1})
        if (!in.get(*f)) return false;
    return true;
}

void putFont(Writer& out, const ImFont& font)
{
    out.put(font.FontSize);
    out.put(font.Scale);
    out.put(font.Ascent);
    out.put(font.Descent);
    out.put<std::int32_t>(font.MetricsTotalSurface);
    out.put<std::uint16_t>(font.FallbackChar);
    out.put<std::uint16_t>(font.EllipsisChar);
    out.put<std::uint16_t>(font.DotChar);
    out.put<std::uint32_t>(static_cast<std::uint32_t>(font.Glyphs.Size));
    for (const ImFontGlyph& glyph : font.Glyphs) putGlyph(out, glyph);
}

bool getFont(Reader& in, ImFont& font)
{
    std::int32_t surface = 0;
    std::uint16_t fallback = 0, ellipsis = 0, dot = 0;
    std::uint32_t glyphs = 0;
    if (!in.get(font.FontSize) || !in.get(font.Scale) || !in.get(font.Ascent) || !in.get(font.Descent) || !in.get(surface) ||
        !in.get(fallback) || !in.get(ellipsis) || !in.get(dot) || !in.get(glyphs))
        return false;
    // BuildLookupTable needs at least one glyph (it falls back to the last one).
    if (glyphs == 0 || glyphs > kMaxGlyphs) return false;
    font.MetricsTotalSurface = surface;
    font.FallbackChar = fallback;
    font.EllipsisChar = ellipsis;
    font.DotChar = dot;
    font.Glyphs.resize(static_cast<int>(glyphs));
    for (ImFontGlyph& glyph : font.Glyphs)
        if (!getGlyph(in, glyph)) return false;
    return true;
}

void putRect(Writer& out, const ImFontAtlasCustomRect& r)
{
    for (unsigned short v : {r.Width, r.Height, r.X, r.Y}) out.put<std::uint16_t>(v);
    out.put<std::uint32_t>(r.GlyphID);
    out.put(r.GlyphAdvanceX);
    out.put(r.GlyphOffset.x);
    out.put(r.GlyphOffset.y);
}

bool getRect(Reader& in, ImFontAtlasCustomRect& r)
{
    std::uint32_t glyph = 0;
    if (!in.get(r.Width) || !in.get(r.Height) || !in.get(r.X) || !in.get(r.Y) || !in.get(glyph) || !in.get(r.GlyphAdvanceX) ||
        !in.get(r.GlyphOffset.x) || !in.get(r.GlyphOffset.y))
        return false;
    r.GlyphID = glyph;
    r.Font = nullptr;  // the app adds no glyph rectangles of its own
    return true;
}

bool decode(Reader& in, ImFontAtlas& atlas)
{
    std::int32_t width = 0, height = 0, padding = 0, flags = 0, cursorsId = 0, linesId = 0;
    std::uint32_t fonts = 0, rects = 0;
    if (!in.get(width) || !in.get(height) || !in.get(padding) || !in.get(flags) || !in.get(atlas.TexUvWhitePixel.x) ||
        !in.get(atlas.TexUvWhitePixel.y) || !in.get(cursorsId) || !in.get(linesId))
        return false;
    if (width <= 0 || height <= 0 || width > kMaxTextureSide || height > kMaxTextureSide) return false;
    for (ImVec4& uv : atlas.TexUvLines)
        if (!in.get(uv.x) || !in.get(uv.y) || !in.get(uv.z) || !in.get(uv.w)) return false;
    if (!in.get(rects) || rects > kMaxCustomRects) return false;
    atlas.CustomRects.resize(static_cast<int>(rects));
    for (ImFontAtlasCustomRect& rect : atlas.CustomRects)
        if (!getRect(in, rect)) return false;
    if (cursorsId < -1 || linesId < -1 || cursorsId >= static_cast<int>(rects) || linesId >= static_cast<int>(rects)) return false;
    if (!in.get(fonts) || fonts == 0 || fonts > kMaxFonts) return false;
    for (std::uint32_t i = 0; i < fonts; ++i) {
        ImFont* font = IM_NEW(ImFont);
        atlas.Fonts.push_back(font);  // owned by the atlas from here, even if the rest fails
        font->ContainerAtlas = &atlas;
        if (!getFont(in, *font)) return false;
    }
    const std::size_t pixelCount = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    const char* pixels = in.take(pixelCount);
    if (!pixels || !in.atEnd()) return false;

    atlas.TexWidth = width;
    atlas.TexHeight = height;
    atlas.TexUvScale = ImVec2(1.0f / static_cast<float>(width), 1.0f / static_cast<float>(height));
    atlas.TexGlyphPadding = padding;
    atlas.Flags = flags;
    atlas.PackIdMouseCursors = cursorsId;
    atlas.PackIdLines = linesId;
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixelCount));
    std::memcpy(atlas.TexPixelsAlpha8, pixels, pixelCount);
    for (ImFont* font : atlas.Fonts) font->BuildLookupTable();
    atlas.TexReady = true;
    return true;
}

} // namespace

std::string encodeFontAtlas(ImFontAtlas& atlas)
{
    if (!atlas.TexPixelsAlpha8 || atlas.Fonts.empty()) return {};
    Writer out;
    for (int v : {atlas.TexWidth, atlas.TexHeight, atlas.TexGlyphPadding, atlas.Flags}) out.put<std::int32_t>(v);
    out.put(atlas.TexUvWhitePixel.x);
    out.put(atlas.TexUvWhitePixel.y);
    out.put<std::int32_t>(atlas.PackIdMouseCursors);
    out.put<std::int32_t>(atlas.PackIdLines);
    for (const ImVec4& uv : atlas.TexUvLines) {
        for (float f : {uv.x, uv.y, uv.z, uv.w}) out.put(f);
    }
    out.put<std::uint32_t>(static_cast<std::uint32_t>(atlas.CustomRects.Size));
    for (const ImFontAtlasCustomRect& rect : atlas.CustomRects) putRect(out, rect);
    out.put<std::uint32_t>(static_cast<std::uint32_t>(atlas.Fonts.Size));
    for (const ImFont* font : atlas.Fonts) putFont(out, *font);
    out.putBytes(atlas.TexPixelsAlpha8, static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight));
    return out.take();
}

bool decodeFontAtlas(std::string_view bytes, ImFontAtlas& atlas)
{
    atlas.Clear();
    Reader in(bytes);
    if (decode(in, atlas)) return true;
    atlas.Clear();
    return false;
}

} // namespace mamori::app
