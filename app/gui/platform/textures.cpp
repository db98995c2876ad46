#include "textures.hpp"

#include <GL/gl.h>
#include "mamori/lessons/picture_limits.hpp"

#include <stb_image.h>

#include <cstdio>
#include <cstring>

namespace mamori::app {

namespace {

GLuint glName(ImTextureID texture)
{
    return static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(texture));
}

} // namespace

bool alphaTexturesSupported()
{
    const char* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    int major = 0, minor = 0;
    if (version && std::sscanf(version, "%d.%d", &major, &minor) == 2 && (major > 3 || (major == 3 && minor >= 3))) return true;
    // Before 3.3 the swizzle is an extension (a 3.0 context still lists extensions in one string).
    const char* extensions = reinterpret_cast<const char*>(glGetString(GL_EXTENSIONS));
    return extensions && (std::strstr(extensions, "GL_ARB_texture_swizzle") || std::strstr(extensions, "GL_EXT_texture_swizzle"));
}

ImTextureID uploadTexture(const unsigned char* pixels, int width, int height, TexturePixels format)
{
    if (!pixels || width <= 0 || height <= 0) return nullptr;
    GLuint id = 0;
    glGenTextures(1, &id);
    if (id == 0) return nullptr;
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (format == TexturePixels::Alpha) {
        // One red channel, read by the shader as (1, 1, 1, red): what ImGui's RGBA atlas holds.
        const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    } else {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    }
    return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id));
}

void deleteTexture(ImTextureID texture)
{
    const GLuint id = glName(texture);
    if (id != 0) glDeleteTextures(1, &id);
}

GlTextureCache::~GlTextureCache()
{
    for (auto& [file, texture] : cache_) {
        if (texture) deleteTexture(texture->id);
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
        if (ImTextureID id = uploadTexture(pixels, width, height, TexturePixels::Rgba)) texture = Texture{id, width, height};
    }
    if (pixels) stbi_image_free(pixels);
    cache_[file] = texture;
    return texture;
}

} // namespace mamori::app
