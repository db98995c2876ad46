#pragma once
// State shared by the readers of one pack file, and the small typed helpers they use to
// read attributes and children. Every helper reports its own problems, so readers stay
// short and go on after an error to find the next one.

#include "element_rules.hpp"
#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/language.hpp"
#include "mamori/lessons/text.hpp"

#include <tinyxml2.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mamori::lessons {
struct OrganisationProfile;
}

namespace mamori::lessons::detail {

using tinyxml2::XMLElement;

/// Detects duplicate ids within one scope (a pack's questions, a scenario's nodes, …).
class IdRegistry {
public:
    explicit IdRegistry(std::string kind) : kind_(std::move(kind)) {}
    /// Records `id`; reports a duplicate with the line of the first use.
    void add(const std::string& id, int line, DiagnosticList& diagnostics);
    bool contains(const std::string& id) const { return lines_.count(id) > 0; }

private:
    std::string kind_;
    std::unordered_map<std::string, int> lines_;
};

/// A run of text as written, before its whitespace is normalised (text_reader.hpp): views
/// into the parsed document or the organisation profile, which outlive it.
struct RawSpan {
    std::string_view text;
    Emphasis emphasis = Emphasis::None;
    std::string_view slot; ///< the organisation slot it fills; empty for the pack's own words
    std::string_view anchor; ///< in a mail's body: the link or phrase it is (Span::anchor)
};

/// The `<link ref="…">` and `<phrase id="…">` met while reading a mail's body, for the
/// message's reader to check against its declared links and the other language.
struct MailAnchors {
    struct Seen {
        bool link = false;   ///< a link; else a phrase
        std::string id;
        Language language = Language::Japanese;
        int line = 0;
    };
    std::vector<Seen> seen;
};

/// What checking an element's structure found, for its reader.
struct CheckedElement {
    const ElementRule* rule = nullptr; ///< null for an element the format lacks
    bool strayText = false;            ///< it holds text its rule does not allow (reported)

    explicit operator bool() const { return rule != nullptr; }
};

struct ReadContext {
    ReadContext(DiagnosticList& diagnosticList, std::filesystem::path directory)
        : diagnostics(diagnosticList), packDirectory(std::move(directory))
    {
    }

    DiagnosticList& diagnostics;
    std::filesystem::path packDirectory;
    std::vector<Language> languages;                ///< declared by the pack; texts are checked against them
    const ElementRules* rules = &allElementRules(); ///< the format being read
    const OrganisationProfile* profile = nullptr;   ///< fills the texts' slots; null: their defaults
    bool slotsAllowed = true;                       ///< false inside a profile's own texts
    MailAnchors* mailAnchors = nullptr;             ///< set while reading a mail's body: links and phrases allowed

    /// Reused by the text reader for the runs of one translation, which it never nests.
    std::vector<RawSpan> spanScratch;

    /// Set when the pack's `languages` attribute had errors: texts cannot be judged against it.
    bool languagesUncertain = false;
    std::vector<Language> undeclaredReported;

    /// Warns, once per language and file, that texts in an undeclared language are ignored.
    void reportUndeclaredLanguage(const XMLElement& at, Language language);

    void error(const XMLElement& at, std::string code, std::string message);
    void warning(const XMLElement& at, std::string code, std::string message);

    /// Checks attributes, children, their order and counts, and stray text against the
    /// element's rule (structure_check.hpp). False (after reporting) for an element the
    /// format lacks.
    CheckedElement checkStructure(const XMLElement& element);

    // Attribute readers. Missing attributes give nullopt silently (checkStructure reports
    // missing required ones); malformed values are reported and give nullopt.
    std::string id(const XMLElement& element, const char* attribute = "id");
    std::optional<int> integer(const XMLElement& element, const char* attribute, int min, int max);
    std::optional<bool> boolean(const XMLElement& element, const char* attribute);
    std::optional<std::chrono::seconds> duration(const XMLElement& element, const char* attribute);
    std::vector<std::string> idList(const XMLElement& element, const char* attribute);
    std::optional<std::string> text(const XMLElement& element, const char* attribute);

    template <typename Enum>
    std::optional<Enum> choice(const XMLElement& element, const char* attribute,
                               std::initializer_list<std::pair<std::string_view, Enum>> values);

    /// The first child named `name`, or nullptr.
    static const XMLElement* child(const XMLElement& parent, const char* name)
    {
        return parent.FirstChildElement(name);
    }
    /// Calls `visit` for each child named `name`, in document order.
    template <typename Visit> static void forEach(const XMLElement& parent, const char* name, Visit&& visit)
    {
        for (const XMLElement* e = parent.FirstChildElement(name); e; e = e->NextSiblingElement(name)) visit(*e);
    }
    /// Calls `visit` for each child element whatever its name.
    template <typename Visit> static void forEachElement(const XMLElement& parent, Visit&& visit)
    {
        for (const XMLElement* e = parent.FirstChildElement(); e; e = e->NextSiblingElement()) visit(*e);
    }

private:
    void reportBadChoice(const XMLElement& element, const char* attribute, std::string_view value,
                         const std::vector<std::string_view>& allowed);
};

/// 'text', for names and values in messages.
inline std::string quote(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

/// <name>, for element names in messages.
inline std::string angle(std::string_view name)
{
    return "<" + std::string(name) + ">";
}

/// The line of an attribute (tinyxml2 remembers it), or of its element when absent.
int attributeLine(const XMLElement& element, const char* attribute);

template <typename Enum>
std::optional<Enum> ReadContext::choice(const XMLElement& element, const char* attribute,
                                        std::initializer_list<std::pair<std::string_view, Enum>> values)
{
    const char* raw = element.Attribute(attribute);
    if (!raw) return std::nullopt;
    std::vector<std::string_view> allowed;
    for (const auto& [name, value] : values) {
        if (name == raw) return value;
        allowed.push_back(name);
    }
    reportBadChoice(element, attribute, raw, allowed);
    return std::nullopt;
}

} // namespace mamori::lessons::detail
