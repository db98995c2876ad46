// The font atlas cache: what comes back from disk draws exactly as what FreeType built, and a
// cache file that is damaged, cut short, built for other glyphs or sizes, or a symbolic link is
// never trusted: the atlas is built again and the file replaced.

#include "font_atlas_cache.hpp"
#include "font_atlas_codec.hpp"
#include "fonts.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cstring>
#include <fstream>
#include <iterator>

using namespace mamori::app;
using mamori::test::TemporaryDirectory;

namespace {

namespace fs = std::filesystem;

const std::string kText = "守り 漢字テスト 山田花子";

/// An atlas built (or restored) on its own, outside any ImGui context.
struct Built {
    ImFontAtlas atlas;
    Fonts fonts;
    FontReport report;

    Built(const std::string& text, float scale, const FontAtlasCache* cache) { fonts = buildFontAtlas(atlas, text, scale, report, cache); }

    std::string pixels()
    {
        unsigned char* data = nullptr;
        int width = 0, height = 0;
        atlas.GetTexDataAsAlpha8(&data, &width, &height);
        return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    }
};

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeFile(const fs::path& file, const std::string& bytes)
{
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

/// The cache's one atlas file (the tests save one key at a time).
fs::path onlyAtlasFile(const fs::path& folder)
{
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().starts_with("font-atlas-")) files.push_back(entry.path());
    REQUIRE(files.size() == 1);
    return files.front();
}

bool sameGlyphs(const ImFont& a, const ImFont& b)
{
    if (a.Glyphs.Size != b.Glyphs.Size || a.FontSize != b.FontSize || a.Ascent != b.Ascent || a.Descent != b.Descent ||
        a.FallbackChar != b.FallbackChar || a.EllipsisChar != b.EllipsisChar)
        return false;
    for (int i = 0; i < a.Glyphs.Size; ++i) {
        const ImFontGlyph& x = a.Glyphs[i];
        const ImFontGlyph& y = b.Glyphs[i];
        if (x.Codepoint != y.Codepoint || x.Visible != y.Visible || x.AdvanceX != y.AdvanceX || x.X0 != y.X0 || x.Y1 != y.Y1 ||
            x.U0 != y.U0 || x.V1 != y.V1)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("a cached font atlas is the atlas FreeType built")
{
    if (findJapaneseFont().empty()) return;  // the cache only holds the Japanese font's atlas
    TemporaryDirectory folder;
    const FontAtlasCache cache(folder.path() / "mamori");

    Built first(kText, 1.0f, &cache);
    CHECK_FALSE(first.report.fromCache);
    REQUIRE(fs::is_regular_file(onlyAtlasFile(folder.path() / "mamori")));
    Built second(kText, 1.0f, &cache);
    CHECK(second.report.fromCache);

    CHECK(second.pixels() == first.pixels());
    CHECK(second.report.atlasWidth == first.report.atlasWidth);
    CHECK(second.report.atlasHeight == first.report.atlasHeight);
    REQUIRE(second.atlas.Fonts.Size == first.atlas.Fonts.Size);
    for (int i = 0; i < first.atlas.Fonts.Size; ++i) CHECK(sameGlyphs(*first.atlas.Fonts[i], *second.atlas.Fonts[i]));
    CHECK(second.atlas.TexUvWhitePixel.x == first.atlas.TexUvWhitePixel.x);
    CHECK(std::memcmp(second.atlas.TexUvLines, first.atlas.TexUvLines, sizeof first.atlas.TexUvLines) == 0);
    // Laid out the same: sizes, line breaks and the glyph each character draws with.
    const char* line = "守り: 漢字のテスト, with ASCII too.";
    for (ImFont* Fonts::*face : {&Fonts::body, &Fonts::bold, &Fonts::heading, &Fonts::title, &Fonts::small}) {
        const ImFont& a = *(first.fonts.*face);
        const ImFont& b = *(second.fonts.*face);
        CHECK(a.CalcTextSizeA(a.FontSize, 1e9f, 120.0f, line).x == b.CalcTextSizeA(b.FontSize, 1e9f, 120.0f, line).x);
        CHECK(a.CalcTextSizeA(a.FontSize, 1e9f, 120.0f, line).y == b.CalcTextSizeA(b.FontSize, 1e9f, 120.0f, line).y);
        CHECK(b.FindGlyph(0x5B88)->U0 == a.FindGlyph(0x5B88)->U0);  // 守
        CHECK(b.FallbackGlyph->Codepoint == a.FallbackGlyph->Codepoint);
    }
}

TEST_CASE("characters the font lacks are named whether the atlas was built or cached")
{
    if (findJapaneseFont().empty()) return;
    TemporaryDirectory folder;
    const FontAtlasCache cache(folder.path());
    const std::string withPrivateUse = kText + "\xEE\x80\x80";  // U+E000: in no font
    Built built(withPrivateUse, 1.0f, &cache);
    Built cached(withPrivateUse, 1.0f, &cache);
    REQUIRE(cached.report.fromCache);
    CHECK(built.report.missing == std::vector<unsigned int>{0xE000});
    CHECK(cached.report.missing == std::vector<unsigned int>{0xE000});
}

TEST_CASE("the cache key follows the glyphs and the scale, and the last few atlases are kept")
{
    if (findJapaneseFont().empty()) return;
    TemporaryDirectory folder;
    const FontAtlasCache cache(folder.path());
    Built(kText, 1.0f, &cache);
    CHECK_FALSE(Built(kText + "鍵", 1.0f, &cache).report.fromCache);  // a new learner's name brings a character
    CHECK(Built(kText + "鍵", 1.0f, &cache).report.fromCache);
    CHECK_FALSE(Built(kText + "鍵", 1.25f, &cache).report.fromCache);  // a larger text size
    CHECK(Built(kText + "鍵", 1.25f, &cache).report.fromCache);
    CHECK(Built(kText, 1.0f, &cache).report.fromCache);  // the first is still there

    for (const char* name : {"一", "二", "三", "四", "五"}) Built(kText + name, 1.0f, &cache);
    int files = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder.path())) files += entry.is_regular_file();
    CHECK(files == 4);
    CHECK(Built(kText + "五", 1.0f, &cache).report.fromCache);  // the most recent stay
    CHECK_FALSE(Built(kText + "鍵", 1.25f, &cache).report.fromCache);  // the least recently used went
}

TEST_CASE("a damaged, truncated, foreign or linked cache file is ignored and replaced")
{
    if (findJapaneseFont().empty()) return;
    TemporaryDirectory folder;
    const FontAtlasCache cache(folder.path() / "cache");
    Built original(kText, 1.0f, &cache);
    const fs::path file = onlyAtlasFile(folder.path() / "cache");
    const std::string good = readFile(file);
    REQUIRE(good.size() > 1000);
    auto rebuiltAndRepaired = [&] {
        Built again(kText, 1.0f, &cache);
        const bool rebuilt = !again.report.fromCache && again.pixels() == original.pixels();
        return rebuilt && readFile(file) == good && !fs::is_symlink(file);
    };

    SUBCASE("one byte changed")
    {
        std::string bad = good;
        bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x5A);
        writeFile(file, bad);
        CHECK(rebuiltAndRepaired());
    }
    SUBCASE("cut short")
    {
        writeFile(file, good.substr(0, good.size() / 2));
        CHECK(rebuiltAndRepaired());
        writeFile(file, good.substr(0, 10));
        CHECK(rebuiltAndRepaired());
        writeFile(file, "");
        CHECK(rebuiltAndRepaired());
    }
    SUBCASE("not a cache at all")
    {
        writeFile(file, std::string(good.size(), 'x'));
        CHECK(rebuiltAndRepaired());
    }
    SUBCASE("a symbolic link to a good cache file is not followed")
    {
        const fs::path elsewhere = folder.path() / "elsewhere.bin";
        writeFile(elsewhere, good);
        fs::remove(file);
        fs::create_symlink(elsewhere, file);
        CHECK(rebuiltAndRepaired());
        CHECK(readFile(elsewhere) == good);  // the link's target is left alone
    }
    SUBCASE("a folder in its place")
    {
        fs::remove(file);
        fs::create_directory(file);
        CHECK_FALSE(Built(kText, 1.0f, &cache).report.fromCache);
    }
}

TEST_CASE("a cached atlas under the right key but with other faces is rebuilt")
{
    if (findJapaneseFont().empty()) return;
    TemporaryDirectory folder;
    const FontAtlasCache cache(folder.path());
    Built original(kText, 1.0f, &cache);
    // The key as stored: after the header (magic, format, key size, payload size, checksum).
    const std::string bytes = readFile(onlyAtlasFile(folder.path()));
    std::uint32_t keySize = 0;
    std::memcpy(&keySize, bytes.data() + 12, sizeof keySize);
    const std::string key = bytes.substr(32, keySize);
    ImFontAtlas oneFace;
    oneFace.AddFontDefault();
    oneFace.Build();
    REQUIRE(cache.save(key, oneFace));

    Built again(kText, 1.0f, &cache);
    CHECK_FALSE(again.report.fromCache);
    CHECK(again.atlas.Fonts.Size == 5);
    CHECK(again.pixels() == original.pixels());
}

TEST_CASE("a well-formed atlas with wrong counts or sizes is refused, not trusted")
{
    if (findJapaneseFont().empty()) return;
    Built built(kText, 1.0f, nullptr);
    const std::string bytes = encodeFontAtlas(built.atlas);
    REQUIRE_FALSE(bytes.empty());
    ImFontAtlas atlas;
    CHECK(decodeFontAtlas(bytes, atlas));
    CHECK(atlas.IsBuilt());
    CHECK_FALSE(decodeFontAtlas(bytes.substr(0, bytes.size() - 1), atlas));
    CHECK_FALSE(decodeFontAtlas(bytes + "x", atlas));
    CHECK(atlas.Fonts.empty());
    std::string hugeTexture = bytes;
    const std::int32_t width = 1 << 20;
    std::memcpy(hugeTexture.data(), &width, sizeof width);
    CHECK_FALSE(decodeFontAtlas(hugeTexture, atlas));
    CHECK_FALSE(decodeFontAtlas({}, atlas));
}
