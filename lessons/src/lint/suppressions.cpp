// The pack's XML read a second time, for what the model does not keep: `lint-allow`
// suppressions with the lines they cover, and the lines of choices and other children.

#include "lint_checks.hpp"

#include "../did_you_mean.hpp"
#include "mamori/lessons/lint.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <climits>
#include <sstream>

namespace mamori::lessons::lint {
namespace {

struct Scanner {
    std::vector<std::tuple<int, int, std::string>>& allows; // (line, last line, check)
    std::map<std::tuple<int, std::string, std::string>, int>& childLines;
    std::map<std::pair<int, std::string>, std::vector<int>>& childrenByName;

    /// Visits `element`, which covers the lines up to `last` (where its next sibling begins).
    /// Iterative over siblings and recursive over depth, which the parser bounds.
    void visit(const tinyxml2::XMLElement& element, int last)
    {
        const int line = element.GetLineNum();
        if (const char* allow = element.Attribute("lint-allow")) {
            std::istringstream names(allow);
            for (std::string check; names >> check;) allows.emplace_back(line, last, check);
        }
        for (const tinyxml2::XMLElement* child = element.FirstChildElement(); child;) {
            const tinyxml2::XMLElement* next = child->NextSiblingElement();
            childrenByName[{line, std::string(child->Name())}].push_back(child->GetLineNum());
            if (const char* id = child->Attribute("id"))
                childLines.emplace(std::make_tuple(line, std::string(child->Name()), std::string(id)),
                                   child->GetLineNum());
            visit(*child, next ? std::max(child->GetLineNum(), next->GetLineNum() - 1) : last);
            child = next;
        }
    }
};

} // namespace

PackSource::PackSource(std::string_view xml)
{
    tinyxml2::XMLDocument document;
    if (document.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS || !document.RootElement()) return;
    rootLine_ = document.RootElement()->GetLineNum();
    std::vector<std::tuple<int, int, std::string>> allows;
    Scanner{allows, childLines_, childrenByName_}.visit(*document.RootElement(), INT_MAX);
    for (auto& [line, last, check] : allows) allows_.push_back({line, last, std::move(check), false});
}

int PackSource::childLine(int parentLine, std::string_view element, std::string_view id, int fallback) const
{
    const auto found = childLines_.find(std::make_tuple(parentLine, std::string(element), std::string(id)));
    return found == childLines_.end() ? fallback : found->second;
}

int PackSource::nthChildLine(int parentLine, std::string_view element, std::size_t index, int fallback) const
{
    const auto found = childrenByName_.find({parentLine, std::string(element)});
    return found == childrenByName_.end() || index >= found->second.size() ? fallback : found->second[index];
}

bool PackSource::suppressed(int line, std::string_view check)
{
    bool any = false;
    for (Allow& allow : allows_) {
        if (allow.check == check && allow.line <= line && line <= allow.last) any = allow.used = true;
    }
    return any;
}

void PackSource::reportSuppressions(std::vector<Diagnostic>& out, const std::string& file) const
{
    std::vector<std::string_view> known;
    for (const LintCheck& check : lintChecks()) known.push_back(check.name);
    for (const Allow& allow : allows_) {
        if (std::find(known.begin(), known.end(), allow.check) == known.end()) {
            std::string message = "lint-allow names '" + allow.check + "', which is no lint check";
            if (auto suggestion = detail::closestName(allow.check, known))
                message += "; did you mean '" + std::string(*suggestion) + "'?";
            out.push_back({file, allow.line, Severity::Warning, "unknown-lint-check", std::move(message)});
        } else if (!allow.used) {
            out.push_back({file, allow.line, Severity::Warning, "unused-lint-allow",
                           "lint-allow=\"" + allow.check + "\" suppresses nothing here any more; remove it"});
        }
    }
}

} // namespace mamori::lessons::lint
