#include "asset_check.hpp"

#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/picture_limits.hpp"

#include <stb_image.h>

#include <array>
#include <fstream>

namespace mamori::lessons::detail {
namespace {

namespace fs = std::filesystem;

std::string kindName(AssetKind kind)
{
    return kind == AssetKind::Image ? "image" : "audio file";
}

/// Reads the first bytes of a file to recognise its format by signature.
std::string readSignature(const fs::path& file)
{
    std::array<char, 12> buffer{};
    std::ifstream in(file, std::ios::binary);
    in.read(buffer.data(), buffer.size());
    return std::string(buffer.data(), static_cast<std::size_t>(in.gcount()));
}

bool hasImageSignature(std::string_view s)
{
    return s.starts_with("\x89PNG\r\n\x1a\n") || s.starts_with("\xFF\xD8\xFF");
}

bool hasAudioSignature(std::string_view s)
{
    const bool wav = s.size() >= 12 && s.starts_with("RIFF") && s.substr(8, 4) == "WAVE";
    const bool mp3Frame = s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xFF &&
                          (static_cast<unsigned char>(s[1]) & 0xE0) == 0xE0;
    return wav || mp3Frame || s.starts_with("OggS") || s.starts_with("ID3") || s.starts_with("fLaC");
}

/// What is wrong with a picture, read with stb_image as the app will read it: its declared size
/// first (from the header alone), then whether its pixels decode at all.
std::optional<std::string> imageProblem(const fs::path& file)
{
    if (auto problem = pictureSizeProblem(file)) return problem;
    int width = 0, height = 0, channels = 0;
    stbi_uc* pixels = stbi_load(file.c_str(), &width, &height, &channels, 4);
    if (!pixels) return std::string("is damaged and cannot be shown (") + stbi_failure_reason() + ")";
    stbi_image_free(pixels);
    return std::nullopt;
}

/// True when `inner` is `outer` or lies below it (both canonical).
bool isWithin(const fs::path& inner, const fs::path& outer)
{
    auto o = outer.begin();
    auto i = inner.begin();
    for (; o != outer.end(); ++o, ++i) {
        if (i == inner.end() || *i != *o) return false;
    }
    return true;
}

} // namespace

std::optional<fs::path> checkAsset(const XMLElement& element, const char* attribute, AssetKind kind, ReadContext& context)
{
    const char* raw = element.Attribute(attribute);
    if (!raw) return std::nullopt;
    const std::string source = raw;
    const int line = attributeLine(element, attribute);
    const std::string what = kindName(kind) + " '" + source + "'";
    auto fail = [&](std::string code, std::string message) {
        context.diagnostics.error(line, std::move(code), std::move(message));
        return std::nullopt;
    };

    if (source.empty()) return fail("bad-asset-path", "empty " + kindName(kind) + " path");
    if (source.find('\\') != std::string::npos) {
        return fail("bad-asset-path", what + ": write paths with '/', not '\\'");
    }
    const fs::path relative(source);
    if (relative.is_absolute() || source.front() == '/' || (source.size() > 1 && source[1] == ':')) {
        return fail("asset-outside-pack", what + " is an absolute path; write it relative to the pack's folder");
    }
    for (const fs::path& part : relative) {
        if (part == "..") return fail("asset-outside-pack", what + " leaves the pack's folder ('..' is not allowed)");
    }

    std::error_code ec;
    const fs::path file = context.packDirectory / relative;
    if (!fs::exists(file, ec)) return fail("missing-asset", what + " does not exist in the pack's folder");
    // A symbolic link may still point outside the folder.
    const fs::path canonicalFile = fs::canonical(file, ec);
    const fs::path canonicalPack = fs::canonical(context.packDirectory.empty() ? fs::path(".") : context.packDirectory, ec);
    if (ec || !isWithin(canonicalFile, canonicalPack)) {
        return fail("asset-outside-pack", what + " leads outside the pack's folder");
    }
    if (!fs::is_regular_file(canonicalFile, ec)) return fail("missing-asset", what + " is not a regular file");
    const auto size = fs::file_size(canonicalFile, ec);
    if (ec || size > limits::kMaxAssetBytes) {
        return fail("asset-too-large", what + " is larger than " + std::to_string(limits::kMaxAssetBytes / (1024 * 1024)) + " MiB");
    }
    const std::string signature = readSignature(canonicalFile);
    if (kind == AssetKind::Image && !hasImageSignature(signature)) {
        return fail("bad-asset-type", what + " is not a PNG or JPEG file");
    }
    if (kind == AssetKind::Image) {
        if (auto problem = imageProblem(canonicalFile)) return fail("bad-image", what + " " + *problem);
    }
    if (kind == AssetKind::Audio && !hasAudioSignature(signature)) {
        return fail("bad-asset-type", what + " is not an Ogg, WAV, MP3 or FLAC file");
    }
    return file;
}

} // namespace mamori::lessons::detail
