#include "mamori/lessons/picture_limits.hpp"

#include "mamori/lessons/limits.hpp"

#include <stb_image.h>

namespace mamori::lessons {

std::optional<std::string> pictureSizeProblem(const std::filesystem::path& file)
{
    int width = 0, height = 0, channels = 0;
    if (!stbi_info(file.c_str(), &width, &height, &channels)) {
        return std::string("cannot be read as a picture (") + stbi_failure_reason() + ")";
    }
    if (width <= 0 || height <= 0 || width > limits::kMaxImageSide || height > limits::kMaxImageSide ||
        static_cast<long>(width) * height > limits::kMaxImagePixels) {
        return "is " + std::to_string(width) + "×" + std::to_string(height) + " pixels; a picture may be at most " +
               std::to_string(limits::kMaxImageSide) + " pixels on a side and " + std::to_string(limits::kMaxImagePixels / 1000000) +
               " megapixels";
    }
    return std::nullopt;
}

} // namespace mamori::lessons
