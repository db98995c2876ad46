#include "xml_document.hpp"

#include "mamori/lessons/limits.hpp"
#include "utf8.hpp"
#include "words.hpp"
#include "xml_scan.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace mamori::lessons::detail {
namespace {

namespace fs = std::filesystem;

/// The smallest an element of a valid file can be (`<ja>x</ja>` is 10 bytes), so that every
/// valid file fits the element budget and a flood of empty elements does not.
constexpr std::size_t kMinBytesPerElement = 10;

std::string mebibytes(std::size_t bytes)
{
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MiB";
}

/// Problems that make the bytes unreadable as XML, found before parsing. True when fine.
bool checkBytes(std::string_view xml, const DocumentKind& kind, DiagnosticList& diagnostics)
{
    if (xml.size() > kind.maxBytes) {
        diagnostics.error(0, "file-too-large",
                          "the file is larger than " + mebibytes(kind.maxBytes) + ", the most " + std::string(kind.what) +
                              " may be; " + std::string(kind.tooLargeAdvice));
        return false;
    }
    if (isBlank(xml)) {
        diagnostics.error(0, "empty-file", "the file is empty; " + std::string(kind.what) + " starts with " + std::string(kind.firstTag));
        return false;
    }
    // UTF-16 with or without its byte-order mark: every other byte of the first '<' is NUL.
    if (xml.starts_with("\xFF\xFE") || xml.starts_with("\xFE\xFF") || xml.starts_with(std::string_view("<\0", 2)) ||
        xml.starts_with(std::string_view("\0<", 2))) {
        diagnostics.error(1, "not-utf8", "the file is saved as UTF-16; save it as UTF-8");
        return false;
    }
    if (const auto nul = xml.find('\0'); nul != std::string_view::npos) {
        diagnostics.error(lineOfOffset(xml, nul), "binary-file",
                          "the file contains a NUL byte; it is not a text file (" + std::string(kind.what) + " is UTF-8 XML)");
        return false;
    }
    if (const auto bad = detail::firstInvalidUtf8(xml)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(xml[*bad]));
        diagnostics.error(lineOfOffset(xml, *bad), "not-utf8",
                          std::string("invalid UTF-8 (byte ") + hex +
                              "); the file may be saved as Shift_JIS: save it as UTF-8");
        return false;
    }
    // An XML declaration naming another encoding would be misread as UTF-8.
    const std::string_view head = xml.substr(0, std::min<std::size_t>(xml.size(), 200));
    if (head.find("<?xml") != std::string_view::npos) {
        const auto at = head.find("encoding=");
        if (at != std::string_view::npos && at + 10 < head.size()) {
            const char quote = head[at + 9];
            const auto end = head.find(quote, at + 10);
            if (end != std::string_view::npos) {
                std::string encoding(head.substr(at + 10, end - at - 10));
                for (char& c : encoding) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                if (encoding != "utf-8" && encoding != "utf8") {
                    diagnostics.error(lineOfOffset(xml, at), "not-utf8",
                                      "the file declares encoding '" + std::string(head.substr(at + 10, end - at - 10)) +
                                          "'; Mamori reads UTF-8 only: save the file as UTF-8 and declare encoding=\"UTF-8\"");
                    return false;
                }
            }
        }
    }
    return true;
}

std::string describeParseError(const tinyxml2::XMLDocument& document)
{
    using namespace tinyxml2;
    // tinyxml2's own text ends with details such as "XMLElement name=title" after ": ".
    std::string detail;
    if (const char* raw = document.ErrorStr()) {
        const std::string text = raw;
        const auto colon = text.find(": ", text.find("Line number="));
        if (colon != std::string::npos) detail = text.substr(colon + 2);
        if (detail.starts_with("XMLElement name=")) detail = "<" + detail.substr(16) + ">";
    }
    const std::string suffix = detail.empty() ? "" : " (" + detail + ")";
    switch (document.ErrorID()) {
    case XML_ERROR_MISMATCHED_ELEMENT: return "closing tag does not match the open element" + suffix;
    case XML_ERROR_PARSING_ELEMENT: return "malformed or unclosed element" + suffix;
    case XML_ERROR_PARSING_ATTRIBUTE: return "malformed attribute; write attributes as name=\"value\"" + suffix;
    case XML_ERROR_PARSING_TEXT: return "malformed text; write '<' as &lt; and '&' as &amp;" + suffix;
    case XML_ERROR_PARSING_CDATA: return "unclosed CDATA section" + suffix;
    case XML_ERROR_PARSING_COMMENT: return "unclosed comment; comments end with -->" + suffix;
    case XML_ERROR_PARSING_DECLARATION: return "malformed <?xml …?> declaration" + suffix;
    case XML_ERROR_PARSING_UNKNOWN: return "malformed markup" + suffix;
    case XML_ERROR_PARSING: return "an element opened here is never closed; is the file cut off?";
    case XML_ERROR_EMPTY_DOCUMENT: return "the file holds no XML element";
    case XML_ELEMENT_DEPTH_EXCEEDED:
        return "elements are nested more than " + std::to_string(limits::kMaxNestingDepth) + " levels deep";
    default: return std::string("not well-formed XML: ") + document.ErrorName() + suffix;
    }
}

} // namespace

const tinyxml2::XMLElement* parseDocument(std::string_view xml, const DocumentKind& kind, tinyxml2::XMLDocument& document,
                                          DiagnosticList& diagnostics)
{
    std::string normalised;
    xml = normaliseLineEnds(xml, normalised);
    if (!checkBytes(xml, kind, diagnostics)) return nullptr;
    const ScanResult scan = scanMarkup(xml, {kind.root, kind.maxBytes / kMinBytesPerElement, kind.rules}, diagnostics);
    if (scan.flood) return nullptr;
    // What follows the root was reported; tinyxml2 would only add a misleading second message.
    if (scan.contentAfterRoot) xml = xml.substr(0, scan.rootEnd);
    if (!scan.blanked.empty()) {
        std::string copy(xml);
        for (const auto& [from, to] : scan.blanked) {
            for (std::size_t i = from; i < std::min(to, copy.size()); ++i) copy[i] = copy[i] == '\n' ? '\n' : ' ';
        }
        normalised = std::move(copy);
        xml = normalised;
    }
    document.Parse(xml.data(), xml.size());
    if (document.Error()) {
        // A file cut off in the middle of markup or text: say so rather than what broke.
        const auto last = xml.find_last_not_of(" \t\r\n");
        if (last == std::string_view::npos) {
            // Nothing but the processing instructions already reported.
            diagnostics.error(1, "not-well-formed", "the file holds no XML element");
        } else if (xml[last] != '>' && document.ErrorID() != tinyxml2::XML_ERROR_PARSING_COMMENT) {
            diagnostics.error(lineOfOffset(xml, last), "not-well-formed", "the file ends in the middle of an element; is it cut off?");
        } else {
            diagnostics.error(document.ErrorLineNum(), "not-well-formed", describeParseError(document));
        }
        return nullptr;
    }
    for (const tinyxml2::XMLNode* node = document.FirstChild(); node; node = node->NextSibling()) {
        if (node->ToUnknown()) {
            diagnostics.error(node->GetLineNum(), "doctype",
                              "<!DOCTYPE> and entity declarations are not supported in " + std::string(kind.plural));
            break;  // one report; the rest of the declaration parses as more of the same
        }
    }
    const tinyxml2::XMLElement* root = document.RootElement();
    if (!root || root->Name() != kind.root) {
        diagnostics.error(root ? root->GetLineNum() : 1, "bad-root",
                          "the root element must be <" + std::string(kind.root) + ">, found <" + (root ? root->Name() : "") + ">");
        return nullptr;
    }
    return root;
}

std::optional<std::string> readBoundedFile(const fs::path& file, std::size_t maxBytes, std::string& content)
{
    std::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (!fs::exists(status)) return "no such file";
    switch (status.type()) {
    case fs::file_type::regular: break;
    case fs::file_type::directory: return "is a folder, not a regular file";
    case fs::file_type::fifo: return "is a FIFO (named pipe), not a regular file";
    case fs::file_type::character: return "is a character device, not a regular file";
    case fs::file_type::block: return "is a block device, not a regular file";
    default: return "is not a regular file";
    }
    const auto size = fs::file_size(file, ec);
    if (ec) return "cannot read the file: " + ec.message();
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::string("cannot open the file: ") + std::strerror(errno);
    // Never read more than the limit allows: one byte over is enough to report it.
    const std::size_t toRead = std::min<std::uintmax_t>(size, maxBytes + 1);
    content.assign(toRead, '\0');
    in.read(content.data(), static_cast<std::streamsize>(toRead));
    content.resize(static_cast<std::size_t>(in.gcount()));
    return std::nullopt;
}

} // namespace mamori::lessons::detail
