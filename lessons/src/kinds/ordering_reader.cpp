// `<ordering>`: steps written in their correct order.

#include "kinds/kind_reader.hpp"

#include "mamori/lessons/limits.hpp"

namespace mamori::lessons::detail {
namespace {

AnswerKey readOrdering(const XMLElement& element, ReadContext& context, const std::string&)
{
    OrderingAnswer answer;
    answer.allOrNothing = context.boolean(element, "all-or-nothing").value_or(false);
    IdRegistry ids("step");
    ReadContext::forEach(element, "step", [&](const XMLElement& e) {
        Step step;
        step.id = context.id(e);
        ids.add(step.id, e.GetLineNum(), context.diagnostics);
        step.text = readText(e, context);
        answer.steps.push_back(std::move(step));
    });
    forEachSameText(
        answer.steps, context.languages, [](const Step& s) -> const LocalizedText& { return s.text; },
        [&](const Step& a, const Step& b) {
            context.diagnostics.error(childLine(element, "step", b.id), "contradictory-answers",
                                      "steps " + quote(a.id) + " and " + quote(b.id) +
                                          " have the same text, so their order cannot be told apart");
        });
    return answer;
}

void visitSteps(const Question& question, const std::function<void(const LocalizedText&)>& visit)
{
    if (const OrderingAnswer* key = question.ordering()) {
        for (const Step& s : key->steps) visit(s.text);
    }
}

} // namespace

const KindReader& orderingReader()
{
    static const KindReader reader{
        .element = "ordering",
        .attributes = {{"all-or-nothing"}},
        .answerSlots = {{{"step"}, 2, limits::kMaxSteps}},
        .partRules = {{"step", {{"id", true}}, {}, TextContent::Localized}},
        .readKey = &readOrdering,
        .visitTexts = &visitSteps,
    };
    return reader;
}

} // namespace mamori::lessons::detail
