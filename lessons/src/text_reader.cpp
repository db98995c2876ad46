#include "text_reader.hpp"

#include "did_you_mean.hpp"
#include "element_rules.hpp"
#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/organisation_profile.hpp"
#include "utf8.hpp"
#include "words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <forward_list>

namespace mamori::lessons::detail {
namespace {

/// The elements whose texts may hold emphasis, for the message that says where it belongs.
std::string richElements(const ElementRules& rules)
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

/// Texts put together while reading (a run split by a comment, a profile's text of several
/// spans), kept while the raw spans that view them are normalised. Rarely used; a list
/// never moves what it holds.
using TextStorage = std::forward_list<std::string>;

/// The text of `element`'s text children, joined: a view into the document when there is
/// one child, as there nearly always is.
std::string_view childText(const XMLElement& element, TextStorage& storage)
{
    const tinyxml2::XMLNode* first = element.FirstChild();
    if (first && !first->NextSibling()) {
        if (const tinyxml2::XMLText* text = first->ToText()) return text->Value();
    }
    std::string joined;
    for (const tinyxml2::XMLNode* n = element.FirstChild(); n; n = n->NextSibling()) {
        if (const tinyxml2::XMLText* t = n->ToText()) joined += t->Value();
    }
    return storage.emplace_front(std::move(joined));
}

/// Reports every element nested inside `inner` (a slot or an emphasis, which hold text only).
/// True when there was one.
bool reportNestedElements(const XMLElement& inner, const std::string& where, ReadContext& context)
{
    bool nested = false;
    for (const XMLElement* e = inner.FirstChildElement(); e; e = e->NextSiblingElement()) {
        context.error(*e, "nested-emphasis", "<" + std::string(e->Name()) + "> cannot be " + where);
        nested = true;
    }
    return nested;
}

/// The span of an inline `<slot key="…">default</slot>`: the profile's text for the key in
/// `language`, or the default written in the pack. Nullopt after reporting a broken slot.
std::optional<RawSpan> readSlot(const XMLElement& slot, Language language, ReadContext& context, TextStorage& storage)
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
    const std::string_view key = rawKey;
    if (!isSlotKey(key)) {
        context.diagnostics.error(attributeLine(slot, "key"), "unknown-slot", unknownSlotKeyMessage(key));
        return std::nullopt;
    }
    const std::string_view fallback = childText(slot, storage);
    if (reportNestedElements(slot, "used inside <slot>", context)) return std::nullopt;
    if (isBlank(fallback)) {
        context.error(slot, "empty-text",
                      "<slot key=" + quote(key) + "> needs its default text, shown when no organisation profile sets it");
        return std::nullopt;
    }
    const LocalizedText* filled = context.profile ? context.profile->slot(key) : nullptr;
    if (!filled || !filled->has(language)) return RawSpan{fallback, Emphasis::None, key, {}};
    const RichText& text = filled->in(language);
    if (text.spans.size() == 1) return RawSpan{text.spans.front().text, Emphasis::None, key, {}};
    return RawSpan{storage.emplace_front(text.plain()), Emphasis::None, key, {}};
}

/// The span of a mail body's `<link ref="…">` or `<phrase id="…">`, noted in `anchors` for the
/// message's reader; nullopt after reporting a broken one.
std::optional<RawSpan> readAnchor(const XMLElement& element, Language language, ReadContext& context,
                                  TextStorage& storage)
{
    const std::string_view name = element.Name();
    const bool link = name == kInlineLinkElement;
    const char* attribute = link ? "ref" : "id";
    for (const tinyxml2::XMLAttribute* a = element.FirstAttribute(); a; a = a->Next()) {
        if (std::string_view(a->Name()) != attribute) {
            context.diagnostics.error(a->GetLineNum(), "unknown-attribute",
                                      "unknown attribute " + quote(a->Name()) + " on <" + std::string(name) + ">; it takes only " +
                                          quote(attribute));
        }
    }
    const std::string id = context.id(element, attribute);
    if (id.empty()) {
        if (element.Attribute(attribute)) return std::nullopt;  // reported as a bad id
        context.error(element, "missing-attribute",
                      "<" + std::string(name) + "> in a mail's body is missing the required attribute " + quote(attribute) +
                          (link ? " (the id of one of the message's <link>s)" : " (an id for the phrase)"));
        return std::nullopt;
    }
    const std::string_view text = childText(element, storage);
    if (reportNestedElements(element, "used inside <" + std::string(name) + ">", context)) return std::nullopt;
    if (isBlank(text)) {
        context.error(element, "empty-text", "<" + std::string(name) + " " + attribute + "=" + quote(id) + "> needs its text");
        return std::nullopt;
    }
    context.mailAnchors->seen.push_back({link, id, language, element.GetLineNum()});
    return RawSpan{text, Emphasis::None, {}, storage.emplace_front(id)};
}

/// Reports an element inside a text that is neither emphasis nor a slot.
void reportUnknownInlineElement(const XMLElement& child, bool rich, std::string_view owner, ReadContext& context)
{
    const std::string_view name = child.Name();
    std::string message = "unknown element <" + std::string(name) + "> in the text of <" + std::string(owner) + ">";
    if (rich) {
        // HTML habits: <b> and <i> are what trainers most often type.
        std::optional<std::string_view> suggestion = name == "b"   ? std::optional<std::string_view>("strong")
                                                     : name == "i" ? std::optional<std::string_view>("em")
                                                                   : closestName(name, {"em", "strong", "slot"});
        if (suggestion)
            message += "; did you mean <" + std::string(*suggestion) + ">?";
        else
            message += "; texts may hold only <em>, <strong> and <slot>";
    }
    context.error(child, "unknown-element", std::move(message));
}

/// The span of an `<em>` or `<strong>`; reported (and kept as plain text) where emphasis is not allowed.
RawSpan readEmphasis(const XMLElement& child, bool rich, std::string_view owner, ReadContext& context,
                     TextStorage& storage)
{
    const std::string_view name = child.Name();
    if (!rich) {
        context.error(child, "emphasis-not-allowed",
                      "<" + std::string(name) + "> is not allowed in <" + std::string(owner) +
                          ">; emphasis is allowed only in " + richElements(*context.rules));
    }
    if (rich && child.FirstAttribute()) {
        context.diagnostics.error(child.FirstAttribute()->GetLineNum(), "unknown-attribute",
                                  "<" + std::string(name) + "> takes no attributes");
    }
    reportNestedElements(child, "nested inside <" + std::string(name) + ">", context);
    return {childText(child, storage), !rich ? Emphasis::None : name == "em" ? Emphasis::Em : Emphasis::Strong, {}, {}};
}

/// Collects the raw spans of one language element into `spans`.
void readSpans(const XMLElement& languageElement, Language language, bool rich, std::string_view owner,
               ReadContext& context, std::vector<RawSpan>& spans, TextStorage& storage)
{
    for (const tinyxml2::XMLNode* node = languageElement.FirstChild(); node; node = node->NextSibling()) {
        if (const tinyxml2::XMLText* text = node->ToText()) {
            spans.push_back({text->Value(), Emphasis::None, {}, {}});
            continue;
        }
        const XMLElement* child = node->ToElement();
        if (!child) continue;
        const std::string_view name = child->Name();
        if (name == kInlineSlotElement) {
            if (auto span = readSlot(*child, language, context, storage)) spans.push_back(*span);
        } else if (context.mailAnchors && (name == kInlineLinkElement || name == kInlinePhraseElement)) {
            if (auto span = readAnchor(*child, language, context, storage)) spans.push_back(*span);
        } else if (isEmphasisElement(name)) {
            spans.push_back(readEmphasis(*child, rich, owner, context, storage));
        } else {
            reportUnknownInlineElement(*child, rich, owner, context);
        }
    }
}

bool hasDirectText(const XMLElement& element)
{
    for (const tinyxml2::XMLNode* node = element.FirstChild(); node; node = node->NextSibling()) {
        const tinyxml2::XMLText* text = node->ToText();
        if (text && !isBlank(text->Value())) return true;
    }
    return false;
}

/// Where the run at `pos` (a non-whitespace byte) ends: words joined by single spaces, which
/// normalising leaves as they are, so that a sentence is copied in one piece. The run ends at
/// any other whitespace: a line break, a tab, two spaces, a space at the end.
std::size_t runEnd(std::string_view in, std::size_t pos)
{
    // Eight bytes at a time while they hold no whitespace but single spaces inside the run.
    // Each mask has the high bit of the bytes it finds, exactly (no carries between bytes).
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    while (pos + 8 < in.size()) { // the byte after the block decides about a space at its end
        std::uint64_t block;
        std::memcpy(&block, in.data() + pos, 8);
        const std::uint64_t below21 = ~(((block & kLow7) + (0x80 - 0x21) * kOnes) | block) & kHigh;
        const std::uint64_t x = block ^ (0x20 * kOnes);
        const std::uint64_t spaces = ~(((x & kLow7) + kLow7) | x) & kHigh;
        const bool lastIsSpace = lastByteFlagged(spaces);
        if ((below21 & ~spaces) != 0 || (spaces & (spaces >> 8)) != 0 || (lastIsSpace && isXmlSpace(in[pos + 8])))
            break;
        pos += 8;
    }
    while (pos < in.size()) {
        if (!isXmlSpace(in[pos])) {
            ++pos;
        } else if (in[pos] == ' ' && pos + 1 < in.size() && !isXmlSpace(in[pos + 1])) {
            pos += 2;
        } else {
            break;
        }
    }
    return pos;
}

} // namespace

RichText normaliseSpans(std::span<const RawSpan> raw)
{
    RichText out;
    out.spans.reserve(raw.size());
    bool pendingSpace = false;
    bool pendingBreak = false;
    std::string_view lastWord; // the last word emitted, for the character before a line break
    for (const RawSpan& span : raw) {
        std::string text;
        // Whitespace carried over from an earlier span stays in that span ("the <em>x</em>").
        bool pendingFromEarlierSpan = pendingSpace;
        const std::string_view in = span.text;
        std::size_t pos = 0;
        while (pos < in.size()) {
            if (isXmlSpace(in[pos])) {
                if (!pendingSpace) pendingFromEarlierSpan = false;
                pendingSpace = true;
                for (; pos < in.size() && isXmlSpace(in[pos]); ++pos) pendingBreak = pendingBreak || in[pos] == '\n';
                continue;
            }
            // Words with single spaces between them are copied whole. Only the characters either
            // side of other whitespace decide what becomes of it.
            const std::size_t end = runEnd(in, pos);
            if (pendingSpace && !lastWord.empty()) {
                std::size_t first = pos;
                const bool joinJapanese = pendingBreak &&
                                          isWideCharacter(lastCodePointBefore(lastWord, lastWord.size())) &&
                                          isWideCharacter(decodeUtf8(in, first));
                // A space between spans goes to the pack's words, never into an organisation's slot text.
                const bool earlierTakesIt = pendingFromEarlierSpan && (out.spans.back().slot.empty() || !span.slot.empty()) &&
                                            (out.spans.back().anchor.empty() || !span.anchor.empty());
                if (!joinJapanese) (earlierTakesIt ? out.spans.back().text : text) += ' ';
            }
            pendingSpace = pendingBreak = false;
            if (text.empty()) text.reserve(in.size() - pos + 1);
            lastWord = in.substr(pos, end - pos);
            text += lastWord;
            pos = end;
        }
        if (text.empty()) continue;
        if (!out.spans.empty() && out.spans.back().emphasis == span.emphasis && out.spans.back().slot.empty() && span.slot.empty() &&
            out.spans.back().anchor.empty() && span.anchor.empty()) {
            out.spans.back().text += text;
        } else {
            out.spans.push_back({std::move(text), span.emphasis, std::string(span.slot), std::string(span.anchor)});
        }
    }
    return out;
}

RichText normaliseText(std::string_view text)
{
    const RawSpan span{text, Emphasis::None, {}, {}};
    return normaliseSpans(std::span<const RawSpan>(&span, 1));
}

bool samePlainText(const RichText& a, const RichText& b)
{
    if (a.plainSize() != b.plainSize()) return false;
    // Walk both span lists at once, comparing the overlapping pieces.
    std::size_t ai = 0, bi = 0, aOffset = 0, bOffset = 0;
    while (ai < a.spans.size() && bi < b.spans.size()) {
        const std::string_view x = std::string_view(a.spans[ai].text).substr(aOffset);
        const std::string_view y = std::string_view(b.spans[bi].text).substr(bOffset);
        const std::size_t n = std::min(x.size(), y.size());
        if (x.substr(0, n) != y.substr(0, n)) return false;
        aOffset += n;
        bOffset += n;
        if (aOffset == a.spans[ai].text.size()) ++ai, aOffset = 0;
        if (bOffset == b.spans[bi].text.size()) ++bi, bOffset = 0;
    }
    return true; // equal sizes: whatever is left on either side is empty spans
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
    const CheckedElement checked = context.checkStructure(element);
    const std::string_view owner = element.Name();
    const bool rich = checked && checked.rule->text == TextContent::Rich;
    LocalizedText result;
    std::array<bool, kAllLanguages.size()> seen{};
    std::vector<RawSpan>& spans = context.spanScratch;
    TextStorage storage;
    for (const XMLElement* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const std::optional<Language> language = languageFromCode(child->Name());
        if (!language) continue;  // other children belong to the element's own reader
        bool& languageSeen = seen[static_cast<std::size_t>(*language)];
        if (languageSeen) {
            context.error(*child, "duplicate-translation",
                          "<" + std::string(owner) + "> has more than one <" + child->Name() + ">");
            continue;
        }
        languageSeen = true;
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
        spans.clear();
        readSpans(*child, *language, rich, owner, context, spans, storage);
        RichText text = normaliseSpans(spans);
        if (text.empty()) {
            context.error(*child, "empty-text", "empty <" + std::string(child->Name()) + "> text in <" + std::string(owner) + ">");
            continue;
        }
        if (text.plainSize() > limits::kMaxTextBytes) {
            context.error(*child, "too-long",
                          "<" + std::string(child->Name()) + "> text in <" + std::string(owner) + "> is longer than " +
                              std::to_string(limits::kMaxTextBytes) + " bytes; split it into several blocks");
            continue;
        }
        result.set(*language, std::move(text));
    }
    // Text outside the translations was reported as untranslated: not also as missing ones.
    if (checked ? checked.strayText : hasDirectText(element)) return result;
    for (Language language : context.languages) {
        if (seen[static_cast<std::size_t>(language)]) continue;
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
