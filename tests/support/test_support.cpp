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
