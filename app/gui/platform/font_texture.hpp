#pragma once
// The font atlas on the GPU, uploaded by the app rather than by ImGui's OpenGL 3 backend, which
// in Debian's build always expands it to RGBA: as one alpha byte a pixel it takes a quarter of
// the memory (2 MB instead of 8 MB for the usual 1024x2048 atlas, and as much again in Mesa's
// copy). The CPU-side pixels are freed once uploaded.

struct ImFontAtlas;

namespace mamori::app {

class FontTexture {
public:
    FontTexture() = default;
    ~FontTexture();
    FontTexture(const FontTexture&) = delete;
    FontTexture& operator=(const FontTexture&) = delete;

    /// Replaces the texture with `atlas`'s pixels, sets the atlas's texture id and frees its
    /// pixels. Needs the OpenGL context current; the atlas must be built.
    void upload(ImFontAtlas& atlas);

private:
    void release();
    void* texture_ = nullptr;
};

} // namespace mamori::app
