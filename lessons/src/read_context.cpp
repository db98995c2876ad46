#include "read_context.hpp"

#include "did_you_mean.hpp"
#include "element_rules.hpp"
#include "mamori/lessons/limits.hpp"
#include "text_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace mamori::lessons::detail {
namespace {

/// "<a>, <b> or <c>"
std::string listOfElements(const std::vector<std::string_view>& names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += (i + 1 == names.size()) ? " or " : ", ";
        out += angle(names[i]);
    }
    return out;
}

bool isWhitespaceOnly(const char* text)
{
    for (const char* p = text; p && *p; ++p) {
        if (!std::strchr(" \t\r\n", *p)) return false;
    }
    return true;
}

/// Attributes any XML editor may add for schema validation; they mean nothing to Mamori.
bool isSchemaAttribute(std::string_view name)
{
    return name.starts_with("xmlns") || name.starts_with("xsi:");
}

/// The elements whose rules allow `name` as a child, for "it belongs in …" hints.
std::vector<std::string_view> parentsOf(const std::vector<ElementRule>& rules, std::string_view name)
{
    std::vector<std::string_view> parents;
    for (const ElementRule& rule : rules) {
        for (const ChildSlot& slot : rule.children) {
            if (std::find(slot.names.begin(), slot.names.end(), name) != slot.names.end()) {
                parents.push_back(rule.name);
            }
        }
    }
    return parents;
}

bool isTranslated(TextContent text)
{
    return text == TextContent::Localized || text == TextContent::Rich;
}

bool isValidIdCharacter(char c, bool first)
{
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return alnum || (!first && (c == '-' || c == '_' || c == '.'));
}

} // namespace

void IdRegistry::add(const std::string& id, int line, DiagnosticList& diagnostics)
{
    if (id.empty()) return;
    auto [it, inserted] = lines_.emplace(id, line);
    if (!inserted) {
        diagnostics.error(line, "duplicate-id",
                          "duplicate " + kind_ + " id " + quote(id) + " (first used on line " +
                              std::to_string(it->second) + ")");
    }
}

int attributeLine(const XMLElement& element, const char* attribute)
{
    const tinyxml2::XMLAttribute* found = element.FindAttribute(attribute);
    return found ? found->GetLineNum() : element.GetLineNum();
}

void ReadContext::reportUndeclaredLanguage(const XMLElement& at, Language language)
{
    if (languagesUncertain) return;
    if (std::find(undeclaredReported.begin(), undeclaredReported.end(), language) != undeclaredReported.end()) return;
    undeclaredReported.push_back(language);
    const std::string code(languageCode(language));
    warning(at, "undeclared-language",
            "the pack has <" + code + "> texts, but its 'languages' does not list '" + code + "'; they are ignored");
}

void ReadContext::error(const XMLElement& at, std::string code, std::string message)
{
    diagnostics.error(at.GetLineNum(), std::move(code), std::move(message));
}

void ReadContext::warning(const XMLElement& at, std::string code, std::string message)
{
    diagnostics.warning(at.GetLineNum(), std::move(code), std::move(message));
}

bool ReadContext::checkStructure(const XMLElement& element)
{
    const std::string_view name = element.Name();
    const ElementRule* rule = findElementRule(*rules, name);
    if (!rule) {
        error(element, "unknown-element", "unknown element " + angle(name));
        return false;
    }

    // Attributes: unknown ones (with a suggestion), oversized values, then missing required ones.
    std::vector<std::string_view> knownAttributes;
    for (const AttributeRule& a : rule->attributes) knownAttributes.push_back(a.name);
    for (const tinyxml2::XMLAttribute* a = element.FirstAttribute(); a; a = a->Next()) {
        const std::string_view attributeName = a->Name();
        if (std::strlen(a->Value()) > limits::kMaxAttributeBytes) {
            diagnostics.error(a->GetLineNum(), "too-long",
                              "attribute " + quote(attributeName) + " on " + angle(name) + " is longer than " +
                                  std::to_string(limits::kMaxAttributeBytes) + " bytes");
        }
        if (isSchemaAttribute(attributeName) ||
            std::find(knownAttributes.begin(), knownAttributes.end(), attributeName) != knownAttributes.end()) {
            continue;
        }
        std::string message = "unknown attribute " + quote(attributeName) + " on " + angle(name);
        if (auto suggestion = closestName(attributeName, knownAttributes)) {
            message += "; did you mean " + quote(*suggestion) + "?";
        } else if (knownAttributes.empty()) {
            message += "; " + angle(name) + " takes no attributes";
        }
        diagnostics.error(a->GetLineNum(), "unknown-attribute", std::move(message));
    }
    for (const AttributeRule& a : rule->attributes) {
        if (a.required && !element.Attribute(std::string(a.name).c_str())) {
            error(element, "missing-attribute",
                  angle(name) + " is missing the required attribute " + quote(a.name));
        }
    }

    // Children: known, allowed here, in order, counted per slot.
    std::vector<int> counts(rule->children.size(), 0);
    int furthestSlot = -1;                  // language children count as slot -1: they come first
    std::string_view furthestName;
    bool reportedStrayText = false;
    for (const tinyxml2::XMLNode* node = element.FirstChild(); node; node = node->NextSibling()) {
        if (diagnostics.full()) return true;  // nothing more would be reported: stop early on hostile files
        if (const tinyxml2::XMLText* text = node->ToText()) {
            if (rule->text == TextContent::Raw || reportedStrayText || isWhitespaceOnly(text->Value())) continue;
            reportedStrayText = true;
            if (isTranslated(rule->text)) {
                diagnostics.error(node->GetLineNum(), "untranslated-text",
                                  "text in " + angle(name) + " must be written inside " + translationTags(languages));
            } else {
                diagnostics.error(node->GetLineNum(), "unexpected-text",
                                  "unexpected text in " + angle(name) + "; " + angle(name) + " holds only elements");
            }
            continue;
        }
        const XMLElement* child = node->ToElement();
        if (!child) continue;  // comments
        const std::string_view childName = child->Name();

        if (rule->text == TextContent::Raw) {
            error(*child, "unexpected-element", angle(name) + " holds plain text only, not " + angle(childName));
            continue;
        }
        if (isTranslated(rule->text) && languageFromCode(childName)) {
            if (furthestSlot > -1) {
                error(*child, "misplaced-element",
                      angle(childName) + " must come before " + angle(furthestName) + " in " + angle(name));
            }
            continue;
        }

        int slotIndex = -1;
        for (std::size_t s = 0; s < rule->children.size() && slotIndex < 0; ++s) {
            const auto& names = rule->children[s].names;
            if (std::find(names.begin(), names.end(), childName) != names.end()) slotIndex = static_cast<int>(s);
        }
        if (slotIndex < 0) {
            std::vector<std::string_view> allowedHere;
            for (const ChildSlot& slot : rule->children) allowedHere.insert(allowedHere.end(), slot.names.begin(), slot.names.end());
            if (isTranslated(rule->text)) {
                for (Language l : languages) allowedHere.push_back(languageCode(l));
            }
            std::string message;
            if (findElementRule(*rules, childName)) {
                message = angle(childName) + " is not allowed inside " + angle(name);
                const auto parents = parentsOf(*rules, childName);
                if (!parents.empty()) message += "; it belongs in " + listOfElements(parents);
            } else {
                message = "unknown element " + angle(childName) + " in " + angle(name);
                if (auto suggestion = closestName(childName, allowedHere)) {
                    message += "; did you mean " + angle(*suggestion) + "?";
                } else if (!allowedHere.empty()) {
                    message += "; expected " + listOfElements(allowedHere);
                }
            }
            error(*child, "unknown-element", std::move(message));
            continue;
        }

        const ChildSlot& slot = rule->children[static_cast<std::size_t>(slotIndex)];
        ++counts[static_cast<std::size_t>(slotIndex)];
        if (slotIndex < furthestSlot) {
            error(*child, "misplaced-element",
                  angle(childName) + " must come before " + angle(furthestName) + " in " + angle(name));
        } else if (slotIndex > furthestSlot) {
            furthestSlot = slotIndex;
            furthestName = childName;
        }
        if (counts[static_cast<std::size_t>(slotIndex)] == slot.max + 1) {
            if (slot.max == 1) {
                error(*child, "too-many", angle(name) + " has more than one " + listOfElements(slot.names));
            } else {
                error(*child, "too-many",
                      angle(name) + " has more than " + std::to_string(slot.max) + " " + listOfElements(slot.names) +
                          " elements");
            }
        }
    }
    for (std::size_t s = 0; s < rule->children.size(); ++s) {
        const ChildSlot& slot = rule->children[s];
        if (counts[s] >= slot.min) continue;
        if (slot.min == 1 && slot.names.size() == 1) {
            error(element, "missing-element", angle(name) + " is missing its " + angle(slot.names[0]));
        } else if (slot.min == 1) {
            error(element, "missing-element", angle(name) + " needs at least one " + listOfElements(slot.names));
        } else {
            error(element, "too-few",
                  angle(name) + " needs at least " + std::to_string(slot.min) + " " + listOfElements(slot.names) +
                      " elements, found " + std::to_string(counts[s]));
        }
    }
    return true;
}

std::string ReadContext::id(const XMLElement& element, const char* attribute)
{
    const char* raw = element.Attribute(attribute);
    if (!raw) return {};
    const std::string_view value = raw;
    const int line = attributeLine(element, attribute);
    bool valid = !value.empty() && value.size() <= limits::kMaxIdLength;
    for (std::size_t i = 0; valid && i < value.size(); ++i) valid = isValidIdCharacter(value[i], i == 0);
    if (!valid) {
        diagnostics.error(line, "bad-id",
                          "invalid id " + quote(value.substr(0, limits::kMaxIdLength)) + " in " + quote(attribute) +
                              ": use 1 to " + std::to_string(limits::kMaxIdLength) +
                              " ASCII letters, digits, '-', '_' or '.', starting with a letter or digit");
        return {};
    }
    return std::string(value);
}

std::optional<int> ReadContext::integer(const XMLElement& element, const char* attribute, int min, int max)
{
    const char* raw = element.Attribute(attribute);
    if (!raw) return std::nullopt;
    std::string_view value = raw;
    if (value.starts_with('+')) value.remove_prefix(1);
    int parsed = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    const int line = attributeLine(element, attribute);
    if (ec == std::errc::result_out_of_range || (ec == std::errc{} && end == value.data() + value.size() &&
                                                 (parsed < min || parsed > max))) {
        diagnostics.error(line, "out-of-range",
                          quote(attribute) + " must be between " + std::to_string(min) + " and " +
                              std::to_string(max) + ", found " + quote(raw));
        return std::nullopt;
    }
    if (ec != std::errc{} || end != value.data() + value.size() || value.empty()) {
        diagnostics.error(line, "bad-number", quote(attribute) + " must be a whole number, found " + quote(raw));
        return std::nullopt;
    }
    return parsed;
}

std::optional<bool> ReadContext::boolean(const XMLElement& element, const char* attribute)
{
    return choice<bool>(element, attribute, {{"true", true}, {"false", false}});
}

std::optional<std::chrono::seconds> ReadContext::duration(const XMLElement& element, const char* attribute)
{
    // "90s", "15m", "1h30m": numbers each followed by h, m or s, in that order.
    const char* raw = element.Attribute(attribute);
    if (!raw) return std::nullopt;
    const std::string_view value = raw;
    long long total = 0;
    std::size_t pos = 0;
    int lastUnit = -1;
    bool valid = !value.empty();
    while (valid && pos < value.size()) {
        long long number = 0;
        const auto [end, ec] = std::from_chars(value.data() + pos, value.data() + value.size(), number);
        if (ec != std::errc{} || end == value.data() + value.size()) {
            valid = false;
            break;
        }
        number = std::min<long long>(number, limits::kMaxTimeLimitSeconds + 1);  // no overflow below
        pos = static_cast<std::size_t>(end - value.data());
        const char unit = value[pos++];
        const int unitIndex = unit == 'h' ? 0 : unit == 'm' ? 1 : unit == 's' ? 2 : -1;
        if (unitIndex <= lastUnit) {
            valid = false;
            break;
        }
        lastUnit = unitIndex;
        total += number * (unitIndex == 0 ? 3600 : unitIndex == 1 ? 60 : 1);
    }
    const int line = attributeLine(element, attribute);
    if (!valid) {
        diagnostics.error(line, "bad-duration",
                          quote(attribute) + " must be a duration such as '90s', '15m' or '1h30m', found " +
                              quote(value));
        return std::nullopt;
    }
    if (total <= 0 || total > limits::kMaxTimeLimitSeconds) {
        diagnostics.error(line, "out-of-range", quote(attribute) + " must be between 1s and 24h, found " + quote(value));
        return std::nullopt;
    }
    return std::chrono::seconds(total);
}

std::vector<std::string> ReadContext::idList(const XMLElement& element, const char* attribute)
{
    std::vector<std::string> ids;
    const char* raw = element.Attribute(attribute);
    if (!raw) return ids;
    forEachWord(raw, [&](std::string_view item) {
        bool valid = item.size() <= limits::kMaxIdLength;
        for (std::size_t i = 0; valid && i < item.size(); ++i) valid = isValidIdCharacter(item[i], i == 0);
        if (valid) {
            ids.emplace_back(item);
        } else {
            diagnostics.error(attributeLine(element, attribute), "bad-id",
                              "invalid name " + quote(item.substr(0, limits::kMaxIdLength)) + " in " +
                                  quote(attribute) + ": names are separated by spaces and use ASCII letters, "
                                                      "digits, '-', '_' or '.'");
        }
    });
    return ids;
}

void forEachWord(std::string_view value, const std::function<void(std::string_view)>& visit)
{
    std::size_t pos = 0;
    while (pos < value.size()) {
        const std::size_t start = value.find_first_not_of(" \t\r\n", pos);
        if (start == std::string_view::npos) break;
        std::size_t end = value.find_first_of(" \t\r\n", start);
        if (end == std::string_view::npos) end = value.size();
        visit(value.substr(start, end - start));
        pos = end;
    }
}

std::optional<std::string> ReadContext::text(const XMLElement& element, const char* attribute)
{
    const char* raw = element.Attribute(attribute);
    if (!raw) return std::nullopt;
    return std::string(raw);
}

void ReadContext::reportBadChoice(const XMLElement& element, const char* attribute, std::string_view value,
                                  const std::vector<std::string_view>& allowed)
{
    std::string message = quote(attribute) + " must be ";
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i > 0) message += (i + 1 == allowed.size()) ? " or " : ", ";
        message += quote(allowed[i]);
    }
    message += ", found " + quote(value.substr(0, 64));
    if (auto suggestion = closestName(value, allowed)) message += "; did you mean " + quote(*suggestion) + "?";
    diagnostics.error(attributeLine(element, attribute), "bad-value", std::move(message));
}

const XMLElement* ReadContext::child(const XMLElement& parent, const char* name)
{
    return parent.FirstChildElement(name);
}

void ReadContext::forEach(const XMLElement& parent, const char* name, const std::function<void(const XMLElement&)>& visit)
{
    for (const XMLElement* e = parent.FirstChildElement(name); e; e = e->NextSiblingElement(name)) visit(*e);
}

void ReadContext::forEachElement(const XMLElement& parent, const std::function<void(const XMLElement&)>& visit)
{
    for (const XMLElement* e = parent.FirstChildElement(); e; e = e->NextSiblingElement()) visit(*e);
}

} // namespace mamori::lessons::detail
