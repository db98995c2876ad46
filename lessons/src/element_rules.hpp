#pragma once
// The structure of the lesson-pack format as data: which attributes and children each
// element may have, in which order and how many. The loader checks every element
// against this table, so structural errors are found in one general way.
// lessons/schema/lessonpack.xsd says the same for XML editors; a test keeps them in step.

#include <string_view>
#include <vector>

namespace mamori::lessons::detail {

/// What character content an element may hold.
enum class TextContent {
    None,        ///< only child elements
    Localized,   ///< one `<ja>`/`<en>` child per language, plain text inside
    Rich,        ///< like Localized, with `<em>`/`<strong>` inside
    Raw,         ///< plain character content, not translated (`<accept>`)
};

struct AttributeRule {
    std::string_view name;
    bool required = false;
};

/// One ordered slot of children: any of `names`, between `min` and `max` of them in total.
struct ChildSlot {
    std::vector<std::string_view> names;
    int min = 0;
    int max = 1;
};

struct ElementRule {
    std::string_view name;
    std::vector<AttributeRule> attributes;
    std::vector<ChildSlot> children;   ///< in the order they must appear
    TextContent text = TextContent::None;
};

/// The rule for an element name among `rules`, or nullptr for names that format does not have.
/// Language elements (`ja`, `en`), `em`/`strong` and inline `<slot>`s have no rule: they are part of texts.
const ElementRule* findElementRule(const std::vector<ElementRule>& rules, std::string_view name);

/// The rule for an element of the pack format (shorthand for the pack's table).
const ElementRule* findElementRule(std::string_view name);

/// Every rule of the pack format, for the schema-consistency test and for suggestions.
const std::vector<ElementRule>& allElementRules();

/// Every rule of the organisation profile's format (organisation_profile.hpp).
const std::vector<ElementRule>& organisationElementRules();

/// True for the inline emphasis elements allowed inside rich texts.
bool isEmphasisElement(std::string_view name);

/// The inline element that names an organisation slot inside a text (`<slot key="…">default</slot>`).
inline constexpr std::string_view kInlineSlotElement = "slot";

} // namespace mamori::lessons::detail
