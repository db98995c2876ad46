#include "structure_check.hpp"

#include "did_you_mean.hpp"
#include "mamori/lessons/limits.hpp"
#include "text_reader.hpp"
#include "words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
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

/// Attributes any XML editor may add for schema validation; they mean nothing to Mamori.
bool isSchemaAttribute(std::string_view name)
{
    return name.starts_with("xmlns") || name.starts_with("xsi:");
}

/// The elements whose rules allow `name` as a child, for "it belongs in …" hints.
std::vector<std::string_view> parentsOf(const ElementRules& rules, std::string_view name)
{
    std::vector<std::string_view> parents;
    for (const ElementRule& rule : rules) {
        if (childSlotOf(rule, name) >= 0) parents.push_back(rule.name);
    }
    return parents;
}

bool isTranslated(TextContent text)
{
    return text == TextContent::Localized || text == TextContent::Rich;
}

/// The index of `name` among the rule's attributes, or -1.
int attributeIndex(const ElementRule& rule, std::string_view name)
{
    for (std::size_t i = 0; i < rule.attributes.size(); ++i) {
        if (rule.attributes[i].name == name) return static_cast<int>(i);
    }
    return -1;
}

/// One element's check. Children are visited once, in document order; what has been seen so
/// far (counts per slot, the furthest slot reached) decides what is out of place.
class StructureCheck {
public:
    StructureCheck(const XMLElement& element, const ElementRule& rule, ReadContext& context)
        : element_(element), rule_(rule), context_(context), name_(element.Name())
    {
    }

    CheckedElement run()
    {
        checkAttributes();
        if (checkChildren()) checkMinimumCounts();
        return {&rule_, reportedStrayText_};
    }

private:
    const XMLElement& element_;
    const ElementRule& rule_;
    ReadContext& context_;
    std::string_view name_;
    std::array<int, kMaxChildSlots> counts_{};
    int furthestSlot_ = -1; ///< language children count as slot -1: they come first
    std::string_view furthestName_;
    bool reportedStrayText_ = false;

    // ------------------------------------------------------------------ attributes

    /// Unknown attributes (with a suggestion) and oversized values in document order, then
    /// the required attributes that are missing, in the rule's order.
    void checkAttributes()
    {
        std::uint32_t present = 0;
        for (const tinyxml2::XMLAttribute* a = element_.FirstAttribute(); a; a = a->Next()) {
            const std::string_view attributeName = a->Name();
            checkAttributeLength(*a);
            const int index = attributeIndex(rule_, attributeName);
            if (index >= 0)
                present |= 1u << index;
            else if (!isSchemaAttribute(attributeName))
                reportUnknownAttribute(*a);
        }
        reportMissingAttributes(present);
    }

    void checkAttributeLength(const tinyxml2::XMLAttribute& attribute)
    {
        if (std::strlen(attribute.Value()) <= limits::kMaxAttributeBytes) return;
        context_.diagnostics.error(attribute.GetLineNum(), "too-long",
                                   "attribute " + quote(attribute.Name()) + " on " + angle(name_) + " is longer than " +
                                       std::to_string(limits::kMaxAttributeBytes) + " bytes");
    }

    void reportUnknownAttribute(const tinyxml2::XMLAttribute& attribute)
    {
        std::vector<std::string_view> known;
        for (const AttributeRule& a : rule_.attributes) known.push_back(a.name);
        std::string message = "unknown attribute " + quote(attribute.Name()) + " on " + angle(name_);
        if (auto suggestion = closestName(attribute.Name(), known)) {
            message += "; did you mean " + quote(*suggestion) + "?";
        } else if (known.empty()) {
            message += "; " + angle(name_) + " takes no attributes";
        }
        context_.diagnostics.error(attribute.GetLineNum(), "unknown-attribute", std::move(message));
    }

    void reportMissingAttributes(std::uint32_t present)
    {
        for (std::size_t i = 0; i < rule_.attributes.size(); ++i) {
            const AttributeRule& a = rule_.attributes[i];
            if (a.required && !(present & (1u << i))) {
                context_.error(element_, "missing-attribute",
                               angle(name_) + " is missing the required attribute " + quote(a.name));
            }
        }
    }

    // ------------------------------------------------------------------ children

    /// False when it stopped early because no more problems would be recorded (hostile files).
    bool checkChildren()
    {
        for (const tinyxml2::XMLNode* node = element_.FirstChild(); node; node = node->NextSibling()) {
            if (context_.diagnostics.full()) return false;
            if (const tinyxml2::XMLText* text = node->ToText())
                checkText(*text);
            else if (const XMLElement* child = node->ToElement())
                checkChild(*child);
            // anything else is a comment
        }
        return true;
    }

    /// Text directly inside the element: only a Raw element holds it; say so once.
    void checkText(const tinyxml2::XMLText& text)
    {
        if (rule_.text == TextContent::Raw || reportedStrayText_ || isBlank(text.Value())) return;
        reportedStrayText_ = true;
        if (isTranslated(rule_.text)) {
            context_.diagnostics.error(text.GetLineNum(), "untranslated-text",
                                       "text in " + angle(name_) + " must be written inside " +
                                           translationTags(context_.languages));
        } else {
            context_.diagnostics.error(text.GetLineNum(), "unexpected-text",
                                       "unexpected text in " + angle(name_) + "; " + angle(name_) +
                                           " holds only elements");
        }
    }

    void checkChild(const XMLElement& child)
    {
        const std::string_view childName = child.Name();
        if (rule_.text == TextContent::Raw) {
            context_.error(child, "unexpected-element",
                           angle(name_) + " holds plain text only, not " + angle(childName));
            return;
        }
        if (isTranslated(rule_.text) && languageFromCode(childName)) {
            checkTranslationPlace(child, childName);
            return;
        }
        const int slot = childSlotOf(rule_, childName);
        if (slot < 0) {
            reportNotAllowed(child, childName);
            return;
        }
        checkOrder(child, childName, slot);
        countInSlot(child, static_cast<std::size_t>(slot));
    }

    /// Translations (`<ja>`, `<en>`) come before every other child.
    void checkTranslationPlace(const XMLElement& child, std::string_view childName)
    {
        if (furthestSlot_ == -1) return;
        context_.error(child, "misplaced-element",
                       angle(childName) + " must come before " + angle(furthestName_) + " in " + angle(name_));
    }

    /// A child the rule has no slot for: one the format places elsewhere, or a name it lacks.
    void reportNotAllowed(const XMLElement& child, std::string_view childName)
    {
        std::string message;
        if (findElementRule(*context_.rules, childName)) {
            message = angle(childName) + " is not allowed inside " + angle(name_);
            const auto parents = parentsOf(*context_.rules, childName);
            if (!parents.empty()) message += "; it belongs in " + listOfElements(parents);
        } else {
            std::vector<std::string_view> allowedHere;
            for (const ChildSlot& slot : rule_.children)
                allowedHere.insert(allowedHere.end(), slot.names.begin(), slot.names.end());
            if (isTranslated(rule_.text)) {
                for (Language l : context_.languages) allowedHere.push_back(languageCode(l));
            }
            message = "unknown element " + angle(childName) + " in " + angle(name_);
            if (auto suggestion = closestName(childName, allowedHere)) {
                message += "; did you mean " + angle(*suggestion) + "?";
            } else if (!allowedHere.empty()) {
                message += "; expected " + listOfElements(allowedHere);
            }
        }
        context_.error(child, "unknown-element", std::move(message));
    }

    /// Slots come in the rule's order: a child of an earlier slot after a later one is misplaced.
    void checkOrder(const XMLElement& child, std::string_view childName, int slot)
    {
        if (slot < furthestSlot_) {
            context_.error(child, "misplaced-element",
                           angle(childName) + " must come before " + angle(furthestName_) + " in " + angle(name_));
        } else if (slot > furthestSlot_) {
            furthestSlot_ = slot;
            furthestName_ = childName;
        }
    }

    /// Reports the first child over the slot's maximum.
    void countInSlot(const XMLElement& child, std::size_t slotIndex)
    {
        const ChildSlot& slot = rule_.children[slotIndex];
        if (++counts_[slotIndex] != slot.max + 1) return;
        if (slot.max == 1) {
            context_.error(child, "too-many", angle(name_) + " has more than one " + listOfElements(slot.names));
        } else {
            context_.error(child, "too-many",
                           angle(name_) + " has more than " + std::to_string(slot.max) + " " +
                               listOfElements(slot.names) + " elements");
        }
    }

    /// Slots with fewer children than their minimum, reported on the element itself.
    void checkMinimumCounts()
    {
        for (std::size_t s = 0; s < rule_.children.size(); ++s) {
            const ChildSlot& slot = rule_.children[s];
            if (counts_[s] >= slot.min) continue;
            if (slot.min == 1 && slot.names.size() == 1) {
                context_.error(element_, "missing-element", angle(name_) + " is missing its " + angle(slot.names[0]));
            } else if (slot.min == 1) {
                context_.error(element_, "missing-element",
                               angle(name_) + " needs at least one " + listOfElements(slot.names));
            } else {
                context_.error(element_, "too-few",
                               angle(name_) + " needs at least " + std::to_string(slot.min) + " " +
                                   listOfElements(slot.names) + " elements, found " + std::to_string(counts_[s]));
            }
        }
    }
};

} // namespace

CheckedElement checkElementStructure(const XMLElement& element, ReadContext& context)
{
    const ElementRule* rule = findElementRule(*context.rules, element.Name());
    if (!rule) {
        context.error(element, "unknown-element", "unknown element " + angle(element.Name()));
        return {};
    }
    return StructureCheck(element, *rule, context).run();
}

} // namespace mamori::lessons::detail
