#include "text_reader.hpp"

#include "did_you_mean.hpp"
#include "element_rules.hpp"
#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/organisation_profile.hpp"
#include "utf8.hpp"

#include <algorithm>

namespace mamori::lessons::detail {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// The elements whose texts may hold emphasis, for the message that says where it belongs.
std::string richElements(const std::vector<ElementRule>& rules)
{
    std::string out;
    for (const ElementRule& rule : rules) {
        if (rule.text != TextContent::Rich) continue;
        if (!out.empty()) out += ", ";
        out += "<" + std::string(rule.name) + ">";
    }
    return out;
}

std::string knownSlotKeys()
{
    std::string out;
    for (const SlotKey& key : slotKeys()) out += (out.empty() ? "" : ", ") + std::string(key.key);
    return out;
}

} // namespace

std::string unknownSlotKeyMessage(std::string_view key)
{
    std::vector<std::string_view> keys;
    for (const SlotKey& k : slotKeys()) keys.push_back(k.key);
    std::string message = "unknown slot key " + quote(key.substr(0, 64));
    if (auto suggestion = closestName(key, keys)) return message + "; did you mean " + quote(*suggestion) + "?";
    return message + "; the keys are " + knownSlotKeys();
}

namespace {

/// The span of an inline `<slot key="…">default</slot>`: the profile's text for the key in
/// `language`, or the default written in the pack. Nullopt after reporting a broken slot.
std::optional<Span> readSlot(const XMLElement& slot, Language language, ReadContext& context)
{
    if (!context.slotsAllowed) {
        context.error(slot, "unknown-element", "an organisation's own text cannot hold another <slot>");
        return std::nullopt;
    }
    for (const tinyxml2::XMLAttribute* a = slot.FirstAttribute(); a; a = a->Next()) {
        if (std::string_view(a->Name()) != "key") {
            context.diagnostics.error(a->GetLineNum(), "unknown-attribute",
                                      "unknown attribute " + quote(a->Name()) + " on <slot>; <slot> takes only 'key'");
        }
    }
    const char* rawKey = slot.Attribute("key");
    if (!rawKey) {
        context.error(slot, "missing-attribute", "<slot> is missing the required attribute 'key' (one of " + knownSlotKeys() + ")");
        return std::nullopt;
    }
    const std::string key = rawKey;
    if (!isSlotKey(key)) {
        context.diagnostics.error(attributeLine(slot, "key"), "unknown-slot", unknownSlotKeyMessage(key));
        return std::nullopt;
    }
    std::string fallback;
    bool nestedElement = false;
    for (const tinyxml2::XMLNode* n = slot.FirstChild(); n; n = n->NextSibling()) {
        if (const tinyxml2::XMLText* t = n->ToText()) fallback += t->Value();
        else if (const XMLElement* nested = n->ToElement()) {
            context.error(*nested, "nested-emphasis", "<" + std::string(nested->Name()) + "> cannot be used inside <slot>");
            nestedElement = true;
        }
    }
    if (nestedElement) return std::nullopt;
    if (fallback.find_first_not_of(" \t\r\n") == std::string::npos) {
        context.error(slot, "empty-text",
                      "<slot key=" + quote(key) + "> needs its default text, shown when no organisation profile sets it");
        return std::nullopt;
    }
    const LocalizedText* filled = context.profile ? context.profile->slot(key) : nullptr;
    std::string text = filled && filled->has(language) ? filled->plain(language) : fallback;
    return Span{std::move(text), Emphasis::None, key};
}

/// Collects the raw spans of one language element.
std::vector<Span> readSpans(const XMLElement& languageElement, Language language, bool rich, std::string_view owner,
                            ReadContext& context)
{
    std::vector<Span> spans;
    for (const tinyxml2::XMLNode* node = languageElement.FirstChild(); node; node = node->NextSibling()) {
        if (const tinyxml2::XMLText* text = node->ToText()) {
            spans.push_back({text->Value(), Emphasis::None});
            continue;
        }
        const XMLElement* child = node->ToElement();
        if (!child) continue;
        const std::string_view name = child->Name();
        if (name == kInlineSlotElement) {
            if (auto span = readSlot(*child, language, context)) spans.push_back(std::move(*span));
            continue;
        }
        if (!isEmphasisElement(name)) {
            std::string message = "unknown element <" + std::string(name) + "> in the text of <" + std::string(owner) + ">";
            if (rich) {
                // HTML habits: <b> and <i> are what trainers most often type.
                std::optional<std::string_view> suggestion = name == "b"   ? std::optional<std::string_view>("strong")
                                                             : name == "i" ? std::optional<std::string_view>("em")
                                                                           : closestName(name, {"em", "strong", "slot"});
                if (suggestion) message += "; did you mean <" + std::string(*suggestion) + ">?";
                else message += "; texts may hold only <em>, <strong> and <slot>";
            }
            context.error(*child, "unknown-element", std::move(message));
            continue;
        }
        if (!rich) {
            context.error(*child, "emphasis-not-allowed",
                          "<" + std::string(name) + "> is not allowed in <" + std::string(owner) +
                              ">; emphasis is allowed only in " + richElements(*context.rules));
        }
        if (rich && child->FirstAttribute()) {
            context.diagnostics.error(child->FirstAttribute()->GetLineNum(), "unknown-attribute",
                                      "<" + std::string(name) + "> takes no attributes");
        }
        std::string inner;
        for (const tinyxml2::XMLNode* n = child->FirstChild(); n; n = n->NextSibling()) {
            if (const tinyxml2::XMLText* t = n->ToText()) {
                inner += t->Value();
            } else if (const XMLElement* nested = n->ToElement()) {
                context.error(*nested, "nested-emphasis",
                              "<" + std::string(nested->Name()) + "> cannot be nested inside <" + std::string(name) + ">");
            }
        }
        spans.push_back({std::move(inner), !rich ? Emphasis::None : name == "em" ? Emphasis::Em : Emphasis::Strong});
    }
    return spans;
}

bool hasDirectText(const XMLElement& element)
{
    for (const tinyxml2::XMLNode* node = element.FirstChild(); node; node = node->NextSibling()) {
        const tinyxml2::XMLText* text = node->ToText();
        if (text && std::string_view(text->Value()).find_first_not_of(" \t\r\n") != std::string_view::npos) return true;
    }
    return false;
}

} // namespace

RichText normaliseSpans(const std::vector<Span>& raw)
{
    RichText out;
    bool pendingSpace = false;
    bool pendingBreak = false;
    char32_t lastEmitted = 0;
    for (const Span& span : raw) {
        std::string text;
        // Whitespace carried over from an earlier span stays in that span ("the <em>x</em>").
        bool pendingFromEarlierSpan = pendingSpace;
        const std::string_view in = span.text;
        std::size_t pos = 0;
        while (pos < in.size()) {
            if (isSpace(in[pos])) {
                if (!pendingSpace) pendingFromEarlierSpan = false;
                pendingSpace = true;
                pendingBreak = pendingBreak || in[pos] == '\n';
                ++pos;
                continue;
            }
            const std::size_t start = pos;
            const char32_t c = decodeUtf8(in, pos);
            if (pendingSpace && lastEmitted != 0) {
                const bool joinJapanese = pendingBreak && isWideCharacter(lastEmitted) && isWideCharacter(c);
                // A space between spans goes to the pack's words, never into an organisation's slot text.
                const bool earlierTakesIt = pendingFromEarlierSpan && (out.spans.back().slot.empty() || !span.slot.empty());
                if (!joinJapanese) (earlierTakesIt ? out.spans.back().text : text) += ' ';
            }
            pendingSpace = pendingBreak = false;
            text.append(in.substr(start, pos - start));
            lastEmitted = c;
        }
        if (text.empty()) continue;
        if (!out.spans.empty() && out.spans.back().emphasis == span.emphasis && out.spans.back().slot.empty() && span.slot.empty()) {
            out.spans.back().text += text;
        } else {
            out.spans.push_back({std::move(text), span.emphasis, span.slot});
        }
    }
    return out;
}

std::string translationTags(const std::vector<Language>& languages)
{
    std::vector<Language> shown = languages;
    if (shown.empty()) shown.assign(kAllLanguages.begin(), kAllLanguages.end());
    std::string out;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        if (i > 0) out += (i + 1 == shown.size()) ? " or " : ", ";
        const std::string code(languageCode(shown[i]));
        out += "<" + code + ">…</" + code + ">";
    }
    return out;
}

LocalizedText readText(const XMLElement& element, ReadContext& context)
{
    context.checkStructure(element);
    const std::string_view owner = element.Name();
    const ElementRule* rule = findElementRule(*context.rules, owner);
    const bool rich = rule && rule->text == TextContent::Rich;
    LocalizedText result;
    std::vector<Language> seen;
    for (const XMLElement* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const std::optional<Language> language = languageFromCode(child->Name());
        if (!language) continue;  // other children belong to the element's own reader
        if (std::find(seen.begin(), seen.end(), *language) != seen.end()) {
            context.error(*child, "duplicate-translation",
                          "<" + std::string(owner) + "> has more than one <" + child->Name() + ">");
            continue;
        }
        seen.push_back(*language);
        if (child->FirstAttribute()) {
            context.diagnostics.error(child->FirstAttribute()->GetLineNum(), "unknown-attribute",
                                      "unknown attribute '" + std::string(child->FirstAttribute()->Name()) + "' on <" +
                                          child->Name() + ">; <" + child->Name() + "> takes no attributes");
        }
        const bool declared =
            std::find(context.languages.begin(), context.languages.end(), *language) != context.languages.end();
        if (!declared) {
            context.reportUndeclaredLanguage(*child, *language);
            continue;
        }
        RichText text = normaliseSpans(readSpans(*child, *language, rich, owner, context));
        if (text.empty()) {
            context.error(*child, "empty-text", "empty <" + std::string(child->Name()) + "> text in <" + std::string(owner) + ">");
            continue;
        }
        if (text.plain().size() > limits::kMaxTextBytes) {
            context.error(*child, "too-long",
                          "<" + std::string(child->Name()) + "> text in <" + std::string(owner) + "> is longer than " +
                              std::to_string(limits::kMaxTextBytes) + " bytes; split it into several blocks");
            continue;
        }
        result.set(*language, std::move(text));
    }
    if (hasDirectText(element)) return result;  // reported by checkStructure as untranslated text
    for (Language language : context.languages) {
        if (std::find(seen.begin(), seen.end(), language) != seen.end()) continue;
        context.error(element, "missing-translation",
                      "missing " + std::string(languageEnglishName(language)) + " (" + std::string(languageCode(language)) +
                          ") text in <" + std::string(owner) + ">");
    }
    return result;
}

LocalizedText readOptionalText(const XMLElement& parent, const char* name, ReadContext& context)
{
    const XMLElement* element = ReadContext::child(parent, name);
    return element ? readText(*element, context) : LocalizedText{};
}

} // namespace mamori::lessons::detail
