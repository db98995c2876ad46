#pragma once
// The lint checks' shared parts: where findings go, the pack's source map (lines of elements the
// model does not keep, and the `lint-allow` suppressions), and one entry point per family of
// checks, each in its own file.

#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/model.hpp"

#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace mamori::lessons::lint {

/// What the XML text adds to the model: the root's line, lines of child elements by id, and the
/// `lint-allow` attributes with the lines each one covers.
class PackSource {
public:
    /// Reads `xml`; an unreadable text gives an empty map (no suppressions, no extra lines).
    explicit PackSource(std::string_view xml);

    /// The line of `<pack>`, or 0.
    int rootLine() const { return rootLine_; }
    /// The line of the child `<element id="id">` of the element starting at `parentLine`, or `fallback`.
    int childLine(int parentLine, std::string_view element, std::string_view id, int fallback) const;
    /// The line of the `index`th child `<element>` (any id) of the element starting at `parentLine`,
    /// or `fallback`: for elements the model keeps no line of (a message's `<from>`, its body's `<p>`s).
    int nthChildLine(int parentLine, std::string_view element, std::size_t index, int fallback) const;

    /// True when a `lint-allow` covering `line` names `check`; marks that suppression used.
    bool suppressed(int line, std::string_view check);
    /// Warnings about the suppressions themselves: unknown checks, and those that suppressed nothing.
    void reportSuppressions(std::vector<Diagnostic>& out, const std::string& file) const;

private:
    struct Allow {
        int line = 0; ///< of the element holding the attribute
        int last = 0; ///< the last line the element covers (up to its next sibling)
        std::string check;
        bool used = false;
    };
    int rootLine_ = 0;
    std::vector<Allow> allows_;
    std::map<std::tuple<int, std::string, std::string>, int> childLines_;
    std::map<std::pair<int, std::string>, std::vector<int>> childrenByName_;
};

/// Collects one pack's findings.
class Findings {
public:
    Findings(std::string file, PackSource& source) : file_(std::move(file)), source_(source) {}

    /// A warning of `check` at `line`, unless a `lint-allow` there suppresses it.
    void warn(int line, std::string_view check, std::string message);

    PackSource& source() { return source_; }
    std::vector<Diagnostic>& all() { return items_; }

private:
    std::string file_;
    PackSource& source_;
    std::vector<Diagnostic> items_;
};

/// Every quiz of the pack (lessons' and the pack's own); every scenario likewise.
std::vector<const Quiz*> quizzesOf(const Pack& pack);
std::vector<const Scenario*> scenariosOf(const Pack& pack);
std::vector<const Inbox*> inboxesOf(const Pack& pack);

/// Characters (code points) of `text`, not counting white space.
std::size_t visibleLength(std::string_view text);

// One family of checks per file.
void checkQuestions(const Pack& pack, Findings& findings);    // question_checks.cpp
void checkQuizzes(const Pack& pack, Findings& findings);      // quiz_checks.cpp
void checkTranslations(const Pack& pack, Findings& findings); // translation_checks.cpp
void checkAssets(const Pack& pack, Findings& findings);       // asset_checks.cpp
void checkScenarios(const Pack& pack, Findings& findings);    // scenario_checks.cpp
void checkInboxes(const Pack& pack, Findings& findings);      // inbox_checks.cpp

} // namespace mamori::lessons::lint
