#include "textures.hpp"

#include <GL/gl.h>
#include "mamori/lessons/picture_limits.hpp"

#include <stb_image.h>

namespace mamori::app {

GlTextureCache::~GlTextureCache()
{
    for (auto& [file, texture] : cache_) {
        if (!texture) continue;
        GLuint id = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(texture->id));
        glDeleteTextures(1, &id);
    }
}

std::optional<Texture> GlTextureCache::get(const std::filesystem::path& file)
{
    if (auto it = cache_.find(file); it != cache_.end()) return it->second;
    int width = 0, height = 0, channels = 0;
    std::optional<Texture> texture;
    // The size comes from the header first: a small file may declare 20000×20000 and take
    // gigabytes to decode. Such a picture is not shown; the page shows its alt text instead.
    // (Debian's stb is prebuilt, so its own compile-time limits cannot be set.)
    const bool sensible = !lessons::pictureSizeProblem(file);
    unsigned char* pixels = sensible ? stbi_load(file.c_str(), &width, &height, &channels, 4) : nullptr;
    if (pixels && width > 0 && height > 0) {
        GLuint id = 0;
        glGenTextures(1, &id);
        glBindTexture(GL_TEXTURE_2D, id);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
        texture = Texture{reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id)), width, height};
    }
    if (pixels) stbi_image_free(pixels);
    cache_[file] = texture;
    return texture;
}

} // namespace mamori::app
