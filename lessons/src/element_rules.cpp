#include "element_rules.hpp"

#include "kinds/kind_reader.hpp"
#include "mamori/lessons/limits.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace mamori::lessons::detail {
namespace {

constexpr int kMany = 1 << 20;  // "unbounded"; real caps are enforced as counts below


std::vector<ElementRule> buildRules()
{
    // `lint-allow="check …"` (lint.hpp) may stand on every element lint reports at: the pack,
    // lessons, pages, quizzes, questions and scenarios' parts. The loader only accepts it.
    using namespace limits;
    ChildSlot questionKinds{{}, 1, kMaxQuestionsPerQuiz};
    for (QuestionKind kind : kAllQuestionKinds) questionKinds.names.push_back(kindReader(kind).element);
    // What every question has around its kind's answer slots.
    auto question = [](const KindReader& reader) {
        ElementRule rule{reader.element, {{"id", true}, {"points"}, {"asks"}, {"lint-allow"}}, {{{"prompt"}, 1, 1}}, TextContent::None};
        rule.attributes.insert(rule.attributes.end(), reader.attributes.begin(), reader.attributes.end());
        rule.children.insert(rule.children.end(), reader.answerSlots.begin(), reader.answerSlots.end());
        rule.children.push_back({{"explanation"}, 1, 1});
        rule.children.push_back({{"source"}, 0, 1});
        return rule;
    };
    auto named = [](const std::vector<ElementRule>& rules, std::string_view name) {
        return std::any_of(rules.begin(), rules.end(), [&](const ElementRule& r) { return r.name == name; });
    };

    std::vector<ElementRule> rules{
        {"pack",
         {{"id", true}, {"version", true}, {"format", true}, {"languages", true}, {"minutes"}, {"lint-allow"}},
         {{{"title"}, 1, 1}, {{"description"}, 1, 1}, {{"lesson", "quiz", "scenario", "inbox"}, 1, kMany}}},
        {"lesson",
         {{"id", true}, {"minutes"}, {"lint-allow"}},
         {{{"title"}, 1, 1},
          {{"description"}, 0, 1},
          {{"page"}, 1, kMaxPagesPerLesson},
          {{"quiz", "scenario", "inbox"}, 0, kMany}}},
        {"page",
         {{"id", true}, {"lint-allow"}},
         {{{"title"}, 1, 1},
          {{"narration"}, 0, 1},
          {{"heading", "p", "list", "callout", "image"}, 1, kMaxBlocksPerPage}}},
        {"narration", {{"ja"}, {"en"}}, {}},
        {"heading", {}, {}, TextContent::Localized},
        {"p", {}, {}, TextContent::Rich},
        {"list", {{"type"}}, {{{"item"}, 1, kMaxListItems}}},
        {"item", {}, {}, TextContent::Rich},
        {"callout", {{"type", true}}, {}, TextContent::Rich},
        {"image", {{"src", true}, {"width"}}, {{{"alt"}, 1, 1}, {{"caption"}, 0, 1}}},
        {"alt", {}, {}, TextContent::Localized},
        {"caption", {}, {}, TextContent::Localized},
        {"title", {}, {}, TextContent::Localized},
        {"description", {}, {}, TextContent::Rich},

        {"quiz",
         {{"id", true},
          {"pass-mark", true},
          {"attempts"},
          {"time-limit"},
          {"draw"},
          {"shuffle-questions"},
          {"shuffle-choices"},
          {"feedback"},
          {"counts"},
          {"certainty"},
          {"retry"},
          {"lint-allow"}},
         {{{"title"}, 1, 1}, {{"description"}, 0, 1}, questionKinds}},
    };
    for (QuestionKind kind : kAllQuestionKinds) rules.push_back(question(kindReader(kind)));
    rules.insert(rules.end(), {
        {"prompt", {}, {}, TextContent::Rich},
        {"feedback", {}, {}, TextContent::Localized},   // also a scenario option's
        {"explanation", {}, {}, TextContent::Rich},
        {"source", {{"url"}}, {}, TextContent::Localized},
    });
    // The answers' own elements; one that several kinds share is listed once.
    for (QuestionKind kind : kAllQuestionKinds) {
        for (const ElementRule& part : kindReader(kind).partRules) {
            if (!named(rules, part.name)) rules.push_back(part);
        }
    }
    rules.insert(rules.end(), {
        {"scenario",
         {{"id", true}, {"start", true}, {"pass-score", true}, {"lint-allow"}},
         {{{"title"}, 1, 1}, {{"description"}, 0, 1}, {{"node", "ending"}, 1, kMaxScenarioNodes}}},
        {"node", {{"id", true}, {"lint-allow"}}, {{{"situation"}, 1, 1}, {{"option"}, 1, kMaxOptions}}},
        {"situation", {}, {}, TextContent::Rich},
        {"option",
         {{"id", true}, {"goto", true}, {"score"}, {"set"}, {"lint-allow"}},
         {{{"feedback"}, 0, 1}, {{"when"}, 0, kMaxConditions}},
         TextContent::Localized},
        {"when", {{"set"}, {"unset"}, {"goto", true}}, {}},
        {"ending", {{"id", true}, {"outcome", true}, {"score"}, {"lint-allow"}}, {{{"title"}, 1, 1}, {{"debrief"}, 1, 1}}},
        {"debrief", {}, {}, TextContent::Rich},   // also a message's

        {"inbox",
         {{"id", true}, {"pass-mark", true}, {"lint-allow"}},
         {{{"title"}, 1, 1}, {{"description"}, 0, 1}, {{"message"}, kMinMessages, kMaxMessages}}},
        {"message",
         {{"id", true}, {"verdict", true}, {"date", true}, {"lint-allow"}},
         {{{"from"}, 1, 1},
          {{"reply-to"}, 0, 1},
          {{"subject"}, 1, 1},
          {{"header"}, 0, kMaxMailHeaders},
          {{"body"}, 1, 1},
          {{"link", "attachment"}, 0, kMaxMailLinks + kMaxMailAttachments},
          {{"clue"}, 0, kMaxMailClues},
          {{"consequence"}, 0, 1},
          {{"debrief"}, 1, 1}}},
        {"from", {{"address", true}}, {}, TextContent::Localized},
        {"reply-to", {{"address", true}}, {}},
        {"subject", {}, {}, TextContent::Localized},
        {"header", {{"id"}, {"name", true}, {"value", true}}, {}},
        {"body", {}, {{{"p"}, 1, kMaxMailParagraphs}}},
        {"link", {{"id", true}, {"href", true}}, {}},
        {"attachment", {{"id", true}, {"size"}}, {}, TextContent::Localized},
        {"clue", {{"part", true}, {"ref"}}, {}, TextContent::Localized},
        {"consequence", {}, {}, TextContent::Rich},
    });
    return rules;
}

} // namespace

namespace {

/// FNV-1a: element names are short, and this costs a multiply per byte.
std::size_t hashName(std::string_view name)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return static_cast<std::size_t>(hash ^ (hash >> 32));
}

} // namespace

ElementRules::ElementRules(std::vector<ElementRule> rules) : rules_(std::move(rules))
{
    std::size_t size = 16;
    while (size < 4 * rules_.size()) size *= 2;
    slots_.assign(size, nullptr);
    for (const ElementRule& rule : rules_) {
        if (rule.children.size() > kMaxChildSlots || rule.attributes.size() > kMaxAttributeRules) {
            throw std::logic_error("element rule <" + std::string(rule.name) +
                                   "> has too many child slots or attributes");
        }
        if (find(rule.name)) throw std::logic_error("element rule <" + std::string(rule.name) + "> is listed twice");
        std::size_t slot = hashName(rule.name) & (slots_.size() - 1);
        while (slots_[slot]) slot = (slot + 1) & (slots_.size() - 1);
        slots_[slot] = &rule;
    }
}

const ElementRule* ElementRules::find(std::string_view name) const
{
    for (std::size_t slot = hashName(name) & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
        const ElementRule* rule = slots_[slot];
        if (!rule || rule->name == name) return rule;
    }
}

const ElementRules& allElementRules()
{
    static const ElementRules rules(buildRules());
    return rules;
}

const ElementRules& organisationElementRules()
{
    static const ElementRules rules({
        {"organisation", {{"format", true}, {"languages", true}}, {{{"name"}, 0, 1}, {{"slot"}, 0, 100}}},
        {"name", {}, {}, TextContent::Localized},
        {"slot", {{"key", true}}, {}, TextContent::Localized},
    });
    return rules;
}

const ElementRule* findElementRule(std::string_view name)
{
    return allElementRules().find(name);
}

const ElementRule* findElementRule(const ElementRules& rules, std::string_view name)
{
    return rules.find(name);
}

int childSlotOf(const ElementRule& rule, std::string_view childName)
{
    for (std::size_t s = 0; s < rule.children.size(); ++s) {
        const auto& names = rule.children[s].names;
        if (std::find(names.begin(), names.end(), childName) != names.end()) return static_cast<int>(s);
    }
    return -1;
}

bool isEmphasisElement(std::string_view name)
{
    return name == "em" || name == "strong";
}

} // namespace mamori::lessons::detail
