#include "font_texture.hpp"

#include "textures.hpp"

#include <imgui.h>

namespace mamori::app {

FontTexture::~FontTexture()
{
    release();
}

void FontTexture::release()
{
    if (texture_) deleteTexture(static_cast<ImTextureID>(texture_));
    texture_ = nullptr;
}

void FontTexture::upload(ImFontAtlas& atlas)
{
    release();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    if (alphaTexturesSupported()) {
        atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
        texture_ = uploadTexture(pixels, width, height, TexturePixels::Alpha);
    } else {
        atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
        texture_ = uploadTexture(pixels, width, height, TexturePixels::Rgba);
    }
    atlas.SetTexID(static_cast<ImTextureID>(texture_));
    // The GPU has its copy; ImGui keeps drawing from the glyph tables alone.
    atlas.ClearTexData();
}

} // namespace mamori::app
