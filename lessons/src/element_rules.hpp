#pragma once
// The structure of the lesson-pack format as data: which attributes and children each
// element may have, in which order and how many. The loader checks every element
// against this table, so structural errors are found in one general way.
// lessons/schema/lessonpack.xsd says the same for XML editors; a test keeps them in step.

#include <cstddef>
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

/// The most child slots and attributes one rule may have, so that checking an element
/// counts its children and notes its attributes without allocating.
inline constexpr std::size_t kMaxChildSlots = 10;
inline constexpr std::size_t kMaxAttributeRules = 32;

/// The rules of one format, found by element name in constant time.
class ElementRules {
public:
    /// Refuses (std::logic_error) a table whose rules exceed kMaxChildSlots or kMaxAttributeRules,
    /// or that names an element twice: the table is code, and a test builds every one.
    explicit ElementRules(std::vector<ElementRule> rules);
    ElementRules(const ElementRules&) = delete;
    ElementRules& operator=(const ElementRules&) = delete;

    /// The rule for `name`, or nullptr for names the format does not have. Asked once for
    /// every element of a file, so it hashes without dividing and probes a small table.
    const ElementRule* find(std::string_view name) const;

    /// The place of `rule` (one of these) in the table, for data kept beside each rule.
    std::size_t indexOf(const ElementRule& rule) const { return static_cast<std::size_t>(&rule - rules_.data()); }

    auto begin() const { return rules_.begin(); }
    auto end() const { return rules_.end(); }
    std::size_t size() const { return rules_.size(); }

private:
    std::vector<ElementRule> rules_;
    std::vector<const ElementRule*> slots_; ///< open addressing; a power of two, at most a quarter full
};

/// The rule for an element name among `rules`, or nullptr for names that format does not have.
/// Language elements (`ja`, `en`), `em`/`strong` and inline `<slot>`s have no rule: they are part of texts.
const ElementRule* findElementRule(const ElementRules& rules, std::string_view name);

/// The rule for an element of the pack format (shorthand for the pack's table).
const ElementRule* findElementRule(std::string_view name);

/// Every rule of the pack format, for the schema-consistency test and for suggestions.
const ElementRules& allElementRules();

/// Every rule of the organisation profile's format (organisation_profile.hpp).
const ElementRules& organisationElementRules();

/// The index of the slot of `rule` that admits `childName`, or -1 when none does.
int childSlotOf(const ElementRule& rule, std::string_view childName);

/// True for the inline emphasis elements allowed inside rich texts.
bool isEmphasisElement(std::string_view name);

/// The inline element that names an organisation slot inside a text (`<slot key="…">default</slot>`).
inline constexpr std::string_view kInlineSlotElement = "slot";

/// The inline elements of a mail's body: a link shown with any text (`<link ref="…">`), and a
/// phrase a learner may point at (`<phrase id="…">`).
inline constexpr std::string_view kInlineLinkElement = "link";
inline constexpr std::string_view kInlinePhraseElement = "phrase";

} // namespace mamori::lessons::detail
