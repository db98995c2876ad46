#include "mamori/lessons/loader.hpp"

#include "mamori/lessons/limits.hpp"
#include "pack_reader.hpp"
#include "read_context.hpp"
#include "xml_document.hpp"

#include <tinyxml2.h>

namespace mamori::lessons {
namespace {

namespace fs = std::filesystem;

const detail::DocumentKind kPackDocument{"pack", "a pack", "packs", limits::kMaxPackFileBytes,
                                         "split the training into several packs", "<pack id=\"…\" …>",
                                         &detail::allElementRules()};

LoadResult load(std::string_view xml, std::string displayName, const fs::path& packDirectory, const fs::path& packFile,
                const OrganisationProfile* profile)
{
    DiagnosticList diagnostics(std::move(displayName));
    LoadResult result;
    std::shared_ptr<Pack> pack;
    tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
    if (const tinyxml2::XMLElement* root = detail::parseDocument(xml, kPackDocument, document, diagnostics)) {
        detail::ReadContext context(diagnostics, packDirectory);
        context.profile = profile;
        pack = std::make_shared<Pack>(detail::readPack(*root, context));
    }
    diagnostics.sortByLine();
    result.diagnostics = diagnostics.all();
    result.errors = diagnostics.errorCount();
    result.warnings = diagnostics.warningCount();
    if (pack && !diagnostics.hasErrors()) {
        pack->directory = packDirectory;
        pack->file = packFile;
        result.pack = std::move(pack);
    }
    return result;
}

} // namespace

LoadResult loadPackFromMemory(std::string_view xml, std::string displayName, const fs::path& packDirectory,
                              const OrganisationProfile* profile)
{
    return load(xml, std::move(displayName), packDirectory, {}, profile);
}

LoadResult loadPackFile(const fs::path& packFile, std::string displayName, const OrganisationProfile* profile)
{
    if (displayName.empty()) displayName = packFile.string();
    std::string content;
    if (auto problem = detail::readBoundedFile(packFile, limits::kMaxPackFileBytes, content)) {
        LoadResult result;
        result.diagnostics.push_back({displayName, 0, Severity::Error, "cannot-read", std::move(*problem)});
        result.errors = 1;
        return result;
    }
    return load(content, displayName, packFile.parent_path(), packFile, profile);
}

} // namespace mamori::lessons
