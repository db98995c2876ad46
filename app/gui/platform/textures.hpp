#pragma once
// OpenGL textures: the one place that uploads pixels (pack pictures and the font atlas), and
// the pictures from packs, decoded with stb_image and uploaded once, on first use.

#include "ui_context.hpp"

#include <filesystem>
#include <map>

namespace mamori::app {

enum class TexturePixels {
    Rgba,   ///< 4 bytes a pixel
    Alpha,  ///< 1 byte a pixel, drawn as white with that alpha (a quarter of the memory of RGBA)
};

/// True when the context can draw Alpha textures (OpenGL 3.3, or texture swizzles).
bool alphaTexturesSupported();
/// A new texture holding `pixels`, with linear filtering; nullptr on failure.
ImTextureID uploadTexture(const unsigned char* pixels, int width, int height, TexturePixels format);
void deleteTexture(ImTextureID texture);

class GlTextureCache final : public TextureSource {
public:
    ~GlTextureCache() override;
    std::optional<Texture> get(const std::filesystem::path& file) override;

private:
    std::map<std::filesystem::path, std::optional<Texture>> cache_;
};

} // namespace mamori::app
