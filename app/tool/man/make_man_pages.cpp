// mamori-man-pages OUTDIR VERSION: writes OUTDIR/mamori.1 and OUTDIR/mamori-tool.1 at build time
// (app/CMakeLists.txt compresses and installs them). Not installed itself.

#include "man_pages.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>

namespace {

namespace fs = std::filesystem;

/// Written beside, then renamed: an interrupted build never leaves half a page to install.
bool writePage(const fs::path& file, const std::string& text)
{
    const fs::path temporary = file.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary);
        out << text;
        if (!out.flush()) return false;
    }
    std::error_code ec;
    fs::rename(temporary, file, ec);
    return !ec;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: mamori-man-pages OUTDIR VERSION\n";
        return 2;
    }
    const fs::path folder = argv[1];
    const std::string version = argv[2];
    std::error_code ec;
    fs::create_directories(folder, ec);
    for (const auto& [name, text] : {std::pair{"mamori.1", mamori::tool::man::mamoriPage(version)},
                                     std::pair{"mamori-tool.1", mamori::tool::man::mamoriToolPage(version)}}) {
        if (!writePage(folder / name, text)) {
            std::cerr << "mamori-man-pages: cannot write " << (folder / name).string() << '\n';
            return 1;
        }
    }
    return 0;
}
