#pragma once
// A progress file's XML scanned as Mamori writes it, without building tinyxml2's document:
// HR's ingest reads every file of an organisation, and tinyxml2's parse alone costs more than
// reading and verifying them. The scanner takes only a strict subset of XML (the declaration
// Mamori writes, elements, attributes in double quotes with the five named entities,
// whitespace between elements) and gives up on anything else: a comment, text, a character
// reference, a control character, a duplicate attribute, a mismatched end tag. Everything it
// takes, tinyxml2 parses to the same elements and attribute values; what it gives up on is
// left to tinyxml2 (parseProgress), so that nothing is accepted that the full reader refuses.

#include "mamori/records/progress_file.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::records {

struct ScannedAttribute {
    const char* name;
    const char* value;   ///< entities replaced
};

/// One element, with the part of tinyxml2's XMLElement interface that the progress reader uses.
class ScannedElement {
public:
    const char* Name() const { return name_; }
    /// The value of the attribute `name`, or nullptr.
    const char* Attribute(const char* name) const;
    /// Line numbers are not tracked: a file the reader finds fault with is read again by
    /// tinyxml2, whose messages give them.
    int GetLineNum() const { return 0; }
    const ScannedElement* FirstChildElement() const { return firstChild_; }
    const ScannedElement* NextSiblingElement() const { return nextSibling_; }

private:
    friend class ProgressScan;
    const char* name_ = nullptr;
    const ScannedAttribute* attributes_ = nullptr;
    int attributeCount_ = 0;
    mutable int nextLookup_ = 0;
    const ScannedElement* firstChild_ = nullptr;
    const ScannedElement* nextSibling_ = nullptr;
};

class ProgressScan {
public:
    /// The elements of `content`, or nullopt when it is not in the subset the scanner takes.
    static std::optional<ProgressScan> scan(std::string_view content);

    const ScannedElement& root() const { return elements_.front(); }

private:
    std::vector<char> text_;   // the content, names and values cut out in place (a vector: moving keeps it in place)
    std::vector<ScannedElement> elements_;
    std::vector<ScannedAttribute> attributes_;
};

/// What parseProgress reads from `content`, through the scanner and the same checks: nullopt
/// when the content is not of the current schema as Mamori writes it, or has a fault (then
/// parseProgress reads it and says which, with its line).
std::optional<ProgressDocument> parseWrittenProgress(std::string_view content, const std::string& displayName);

} // namespace mamori::records
