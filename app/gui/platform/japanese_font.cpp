// Finding the Japanese font through fontconfig, as desktop software does: the package depends on
// IPA Gothic, but a company PC may place it elsewhere or carry another Japanese font instead.

#include "fonts.hpp"

#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

bool readable(const fs::path& file)
{
    std::error_code ec;
    return fs::is_regular_file(file, ec) && fs::file_size(file, ec) > 0 && !ec;
}

struct PatternDeleter {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

/// The file fontconfig picks for `request`, when that font covers kana and the kanji of 守り;
/// with `family`, only when it is that family (fontconfig always picks *something*).
fs::path match(FcConfig* config, const char* request, const char* family)
{
    Pattern pattern(FcNameParse(reinterpret_cast<const FcChar8*>(request)));
    if (!pattern) return {};
    FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern found(FcFontMatch(config, pattern.get(), &result));
    if (!found || result != FcResultMatch) return {};
    FcChar8* foundFamily = nullptr;
    if (family && (FcPatternGetString(found.get(), FC_FAMILY, 0, &foundFamily) != FcResultMatch ||
                   std::string(reinterpret_cast<const char*>(foundFamily)) != family)) {
        return {};
    }
    FcCharSet* characters = nullptr;
    if (FcPatternGetCharSet(found.get(), FC_CHARSET, 0, &characters) != FcResultMatch ||
        !FcCharSetHasChar(characters, U'守') || !FcCharSetHasChar(characters, U'り')) {
        return {};
    }
    FcChar8* file = nullptr;
    if (FcPatternGetString(found.get(), FC_FILE, 0, &file) != FcResultMatch) return {};
    const fs::path path(reinterpret_cast<const char*>(file));
    return readable(path) ? path : fs::path();
}

fs::path askFontconfig()
{
    // A configuration of our own, destroyed after use: FcFini is for a process's last user of
    // fontconfig, and cairo (certificates) uses the shared one.
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return {};
    fs::path found;
    // The layout was tuned with IPA P Gothic; IPA Gothic next; then any Japanese sans-serif.
    for (const auto& [request, family] : {std::pair{"IPAPGothic", "IPAPGothic"}, std::pair{"IPAGothic", "IPAGothic"},
                                          std::pair{"sans-serif:lang=ja", static_cast<const char*>(nullptr)}}) {
        found = match(config, request, family);
        if (!found.empty()) break;
    }
    FcConfigDestroy(config);
    return found;
}

} // namespace

fs::path findJapaneseFont()
{
    if (const char* chosen = std::getenv("MAMORI_FONT"); chosen && *chosen) return readable(chosen) ? fs::path(chosen) : fs::path();
    // Scanning the font folders takes a moment: once per run is enough (text-size changes rebuild the atlas).
    static const fs::path found = askFontconfig();
    return found;
}

} // namespace mamori::app
