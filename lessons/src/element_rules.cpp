#include "element_rules.hpp"

#include "mamori/lessons/limits.hpp"

#include <algorithm>

namespace mamori::lessons::detail {
namespace {

constexpr int kMany = 1 << 20;  // "unbounded"; real caps are enforced as counts below


std::vector<ElementRule> buildRules()
{
    using namespace limits;
    const ChildSlot questionKinds{{"single", "multiple", "truefalse", "ordering", "matching", "shorttext"}, 1,
                                  kMaxQuestionsPerQuiz};
    auto question = [](std::string_view name, std::vector<AttributeRule> extraAttributes,
                       std::vector<ChildSlot> answerSlots) {
        ElementRule rule{name, {{"id", true}, {"points"}, {"asks"}}, {{{"prompt"}, 1, 1}}, TextContent::None};
        rule.attributes.insert(rule.attributes.end(), extraAttributes.begin(), extraAttributes.end());
        rule.children.insert(rule.children.end(), answerSlots.begin(), answerSlots.end());
        rule.children.push_back({{"explanation"}, 1, 1});
        rule.children.push_back({{"source"}, 0, 1});
        return rule;
    };

    return {
        {"pack",
         {{"id", true}, {"version", true}, {"format", true}, {"languages", true}, {"minutes"}},
         {{{"title"}, 1, 1}, {{"description"}, 1, 1}, {{"lesson", "quiz", "scenario"}, 1, kMany}}},
        {"lesson",
         {{"id", true}, {"minutes"}},
         {{{"title"}, 1, 1},
          {{"description"}, 0, 1},
          {{"page"}, 1, kMaxPagesPerLesson},
          {{"quiz", "scenario"}, 0, kMany}}},
        {"page",
         {{"id", true}},
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
          {"retry"}},
         {{{"title"}, 1, 1}, {{"description"}, 0, 1}, questionKinds}},
        question("single", {}, {{{"choice"}, 2, kMaxChoices}}),
        question("multiple", {{"all-or-nothing"}}, {{{"choice"}, 2, kMaxChoices}}),
        question("truefalse", {{"answer", true}}, {{{"feedback-true"}, 0, 1}, {{"feedback-false"}, 0, 1}}),
        question("ordering", {{"all-or-nothing"}}, {{{"step"}, 2, kMaxSteps}}),
        question("matching", {}, {{{"pair"}, 2, kMaxPairs}, {{"distractor"}, 0, kMaxPairs}}),
        question("shorttext", {}, {{{"accept"}, 1, kMaxAcceptedAnswers}, {{"feedback"}, 0, 1}}),
        {"prompt", {}, {}, TextContent::Rich},
        {"choice", {{"id", true}, {"correct"}}, {{{"feedback"}, 0, 1}}, TextContent::Localized},
        {"feedback", {}, {}, TextContent::Localized},
        {"feedback-true", {}, {}, TextContent::Localized},
        {"feedback-false", {}, {}, TextContent::Localized},
        {"explanation", {}, {}, TextContent::Rich},
        {"source", {{"url"}}, {}, TextContent::Localized},
        {"step", {{"id", true}}, {}, TextContent::Localized},
        {"pair", {{"id", true}}, {{{"left"}, 1, 1}, {{"right"}, 1, 1}}},
        {"left", {}, {}, TextContent::Localized},
        {"right", {}, {}, TextContent::Localized},
        {"distractor", {{"id", true}}, {}, TextContent::Localized},
        {"accept", {}, {}, TextContent::Raw},

        {"scenario",
         {{"id", true}, {"start", true}, {"pass-score", true}},
         {{{"title"}, 1, 1}, {{"description"}, 0, 1}, {{"node", "ending"}, 1, kMaxScenarioNodes}}},
        {"node", {{"id", true}}, {{{"situation"}, 1, 1}, {{"option"}, 1, kMaxOptions}}},
        {"situation", {}, {}, TextContent::Rich},
        {"option",
         {{"id", true}, {"goto", true}, {"score"}, {"set"}},
         {{{"feedback"}, 0, 1}, {{"when"}, 0, kMaxConditions}},
         TextContent::Localized},
        {"when", {{"set"}, {"unset"}, {"goto", true}}, {}},
        {"ending", {{"id", true}, {"outcome", true}, {"score"}}, {{{"title"}, 1, 1}, {{"debrief"}, 1, 1}}},
        {"debrief", {}, {}, TextContent::Rich},
    };
}

} // namespace

const std::vector<ElementRule>& allElementRules()
{
    static const std::vector<ElementRule> rules = buildRules();
    return rules;
}

const std::vector<ElementRule>& organisationElementRules()
{
    static const std::vector<ElementRule> rules{
        {"organisation", {{"format", true}, {"languages", true}}, {{{"name"}, 0, 1}, {{"slot"}, 0, 100}}},
        {"name", {}, {}, TextContent::Localized},
        {"slot", {{"key", true}}, {}, TextContent::Localized},
    };
    return rules;
}

const ElementRule* findElementRule(std::string_view name)
{
    return findElementRule(allElementRules(), name);
}

const ElementRule* findElementRule(const std::vector<ElementRule>& rules, std::string_view name)
{
    auto it = std::find_if(rules.begin(), rules.end(), [&](const ElementRule& r) { return r.name == name; });
    return it == rules.end() ? nullptr : &*it;
}

bool isEmphasisElement(std::string_view name)
{
    return name == "em" || name == "strong";
}

} // namespace mamori::lessons::detail
