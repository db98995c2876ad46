#pragma once
// Turning bytes into a checked XML document, shared by the pack and the organisation profile:
// size, encoding and well-formedness are reported as FILE:LINE diagnostics before any reader runs.

#include "element_rules.hpp"
#include "mamori/lessons/diagnostic.hpp"

#include <tinyxml2.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace mamori::lessons::detail {

/// What kind of file is being read, for the limits and the wording of messages.
struct DocumentKind {
    std::string_view root;           ///< the required root element
    std::string_view what;           ///< "a pack", "an organisation profile"
    std::string_view plural;         ///< "packs", "organisation profiles"
    std::size_t maxBytes;
    std::string_view tooLargeAdvice; ///< what to do about a file over maxBytes
    std::string_view firstTag;       ///< how such a file starts, for the message on an empty one
    const ElementRules* rules;       ///< the format, for the children each element may have
};

/// Checks `xml` and parses it into `document`. Returns the root element, or nullptr after
/// reporting why there is none. Problems XML forbids but tinyxml2 accepts (a second root,
/// undefined entities, references to NUL) are reported as errors too, and a flood of elements
/// is refused before anything is built.
const tinyxml2::XMLElement* parseDocument(std::string_view xml, const DocumentKind& kind, tinyxml2::XMLDocument& document,
                                          DiagnosticList& diagnostics);

/// Reads a regular file of at most `maxBytes` (one byte more is read, so that the parser can
/// report the excess). Returns what went wrong, or nullopt with the bytes in `content`.
std::optional<std::string> readBoundedFile(const std::filesystem::path& file, std::size_t maxBytes, std::string& content);

} // namespace mamori::lessons::detail
