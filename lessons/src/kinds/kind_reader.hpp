#pragma once
// One question kind in the loader, as one bundle per kind: its element, the structure of that
// element and of the answer's own elements, how its answer key is read, and which texts the key
// holds. kind_reader.cpp lists the bundles; the quiz reader, the element rules, questionKindName
// and the text visitor ask it by kind.

#include "element_rules.hpp"
#include "read_context.hpp"
#include "text_reader.hpp"

#include "mamori/lessons/model.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::lessons::detail {

struct KindReader {
    std::string_view element;              ///< `single`; also questionKindName()
    std::vector<AttributeRule> attributes; ///< beyond those of every question (id, points, asks)
    std::vector<ChildSlot> answerSlots;    ///< between `<prompt>` and `<explanation>`
    /// The rules of the answer's own elements (`<choice>`…). One that several kinds share may
    /// come in each of them; the first is kept.
    std::vector<ElementRule> partRules;
    /// Reads the answer key, reporting what makes the question unanswerable.
    AnswerKey (*readKey)(const XMLElement& element, ReadContext& context, const std::string& questionId);
    /// Calls `visit` on every text of the answer key (choices, feedback…).
    void (*visitTexts)(const Question& question, const std::function<void(const LocalizedText&)>& visit);
};

/// The bundle of `kind`; every kind has one (a switch with no default, so the compiler names a
/// kind left out). A value past the last kind gets an empty bundle (no element, no functions).
const KindReader& kindReader(QuestionKind kind);

/// The kind whose element is `name`, or nullopt.
std::optional<QuestionKind> kindOfElement(std::string_view name);

// ---- helpers the kinds share

/// Where two items of one question share a text in some language, so a learner cannot tell
/// them apart; calls `report(first, second)` once per clashing pair.
template <typename Item, typename TextOf, typename Report>
void forEachSameText(const std::vector<Item>& items, const std::vector<Language>& languages, TextOf textOf,
                     Report report)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            for (Language language : languages) {
                const LocalizedText& a = textOf(items[i]);
                const LocalizedText& b = textOf(items[j]);
                if (a.has(language) && b.has(language) && samePlainText(a.in(language), b.in(language))) {
                    report(items[i], items[j]);
                    break;
                }
            }
        }
    }
}

/// The line of the child with `id` among `parent`'s children named `name` (for precise reports).
int childLine(const XMLElement& parent, const char* name, const std::string& id);

} // namespace mamori::lessons::detail
