#include "test_support.hpp"

#include <fstream>
#include <random>

namespace mamori::test {

namespace fs = std::filesystem;

fs::path sourceDir()
{
    return MAMORI_SOURCE_DIR;
}

fs::path shippedPacksDir()
{
    return MAMORI_PACKS_DIR;
}

TemporaryDirectory::TemporaryDirectory()
{
    std::random_device seed;
    std::mt19937_64 random(seed());
    path_ = fs::temp_directory_path() / ("mamori-test-" + std::to_string(random()));
    fs::create_directories(path_);
}

TemporaryDirectory::~TemporaryDirectory()
{
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

fs::path TemporaryDirectory::write(const fs::path& relative, std::string_view content) const
{
    const fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return file;
}

std::string packXml(std::string_view body, std::string_view languages)
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pack id=\"test\" version=\"1.0\" format=\"1\" languages=\"";
    xml += languages;
    xml += "\">\n";
    const bool hasJa = languages.find("ja") != std::string_view::npos;
    const bool hasEn = languages.find("en") != std::string_view::npos;
    xml += std::string("<title>") + (hasJa ? "<ja>テスト</ja>" : "") + (hasEn ? "<en>Test</en>" : "") + "</title>\n";
    xml += std::string("<description>") + (hasJa ? "<ja>説明</ja>" : "") + (hasEn ? "<en>About</en>" : "") + "</description>\n";
    xml += body;
    xml += "\n</pack>\n";
    return xml;
}

std::string text(std::string_view name, std::string_view ja, std::string_view en)
{
    const std::string n(name);
    return "<" + n + "><ja>" + std::string(ja) + "</ja><en>" + std::string(en) + "</en></" + n + ">";
}

lessons::LoadResult loadXml(std::string_view xml, const fs::path& directory)
{
    return lessons::loadPackFromMemory(xml, "test.xml", directory);
}

std::string tinyPng()
{
    // 8-bit grayscale: stb_image reads its size from the header alone, as it would an image bomb's.
    return std::string("\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00\x3A\x7E\x9B\x55\x00\x00\x00\x0A\x49\x44\x41\x54\x08\xD7\x63\xF8\x0F\x00\x01\x01\x01\x00\x1B\xB6\xEE\x56\x00\x00\x00\x00\x49\x45\x4E\x44\xAE\x42\x60\x82", 67);
}

std::string tinyJpeg()
{
    return std::string("\xFF\xD8\xFF\xE0\x00\x10\x4A\x46\x49\x46\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xFF\xDB\x00\x43\x00\x10\x0B\x0C\x0E\x0C\x0A\x10\x0E\x0D\x0E\x12\x11\x10\x13\x18\x28\x1A\x18\x16\x16\x18\x31\x23\x25\x1D\x28\x3A\x33\x3D\x3C\x39\x33\x38\x37\x40\x48\x5C\x4E\x40\x44\x57\x45\x37\x38\x50\x6D\x51\x57\x5F\x62\x67\x68\x67\x3E\x4D\x71\x79\x70\x64\x78\x5C\x65\x67\x63\xFF\xC0\x00\x0B\x08\x00\x08\x00\x08\x01\x01\x11\x00\xFF\xC4\x00\x14\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07\xFF\xC4\x00\x14\x10\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00\x40\x7F\xFF\xD9", 160);
}

std::string pngDeclaring(std::uint32_t width, std::uint32_t height)
{
    std::string png = tinyPng();
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = static_cast<char>((width >> (24 - 8 * i)) & 0xFF);   // IHDR width, big-endian
        png[20 + i] = static_cast<char>((height >> (24 - 8 * i)) & 0xFF);  // IHDR height
    }
    return png;
}

std::vector<std::string> describe(const std::vector<lessons::Diagnostic>& diagnostics)
{
    std::vector<std::string> lines;
    for (const auto& d : diagnostics) {
        lines.push_back(std::to_string(d.line) + (d.severity == lessons::Severity::Error ? ": error: " : ": warning: ") +
                        d.message);
    }
    return lines;
}

} // namespace mamori::test
