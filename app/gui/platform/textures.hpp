#pragma once
// Pictures from packs, decoded with stb_image and uploaded to OpenGL once, on first use.

#include "ui_context.hpp"

#include <filesystem>
#include <map>

namespace mamori::app {

class GlTextureCache final : public TextureSource {
public:
    ~GlTextureCache() override;
    std::optional<Texture> get(const std::filesystem::path& file) override;

private:
    std::map<std::filesystem::path, std::optional<Texture>> cache_;
};

} // namespace mamori::app
