// `<single>` and `<multiple>`: choices, some of them correct.

#include "kinds/kind_reader.hpp"

#include "mamori/lessons/limits.hpp"

#include <algorithm>

namespace mamori::lessons::detail {
namespace {

ChoiceAnswer readChoices(const XMLElement& element, ReadContext& context, QuestionKind kind,
                         const std::string& questionId)
{
    ChoiceAnswer answer;
    answer.allOrNothing = context.boolean(element, "all-or-nothing").value_or(false);
    IdRegistry ids("choice");
    bool keyUnreadable = false; // a malformed correct="…" was reported; judging the key would mislead
    ReadContext::forEach(element, "choice", [&](const XMLElement& e) {
        Choice choice;
        choice.id = context.id(e);
        ids.add(choice.id, e.GetLineNum(), context.diagnostics);
        const auto correct = context.boolean(e, "correct");
        keyUnreadable = keyUnreadable || (e.Attribute("correct") && !correct);
        choice.correct = correct.value_or(false);
        choice.text = readText(e, context);
        choice.feedback = readOptionalText(e, "feedback", context);
        answer.choices.push_back(std::move(choice));
    });
    if (answer.choices.size() < 2 || keyUnreadable) return answer; // already reported

    const auto correct =
        std::count_if(answer.choices.begin(), answer.choices.end(), [](const Choice& c) { return c.correct; });
    const std::string name = "<" + std::string(questionKindName(kind)) + "> " + quote(questionId);
    if (correct == 0) {
        context.error(element, "no-correct-answer", name + " has no correct choice; mark one with correct=\"true\"");
    } else if (kind == QuestionKind::SingleChoice && correct > 1) {
        context.error(element, "contradictory-answers",
                      name + " has " + std::to_string(correct) +
                          " correct choices; a single-choice question has exactly one (use <multiple> for several)");
    } else if (kind == QuestionKind::MultipleResponse && correct == static_cast<long>(answer.choices.size())) {
        context.warning(element, "all-correct",
                        name + ": every choice is correct, so the question tests nothing; add a wrong choice");
    }
    forEachSameText(
        answer.choices, context.languages, [](const Choice& c) -> const LocalizedText& { return c.text; },
        [&](const Choice& a, const Choice& b) {
            const int line = childLine(element, "choice", b.id);
            if (a.correct != b.correct) {
                context.diagnostics.error(line, "contradictory-answers",
                                          "choices " + quote(a.id) + " and " + quote(b.id) +
                                              " have the same text, but only one is correct");
            } else {
                context.diagnostics.warning(line, "duplicate-text",
                                            "choices " + quote(a.id) + " and " + quote(b.id) + " have the same text");
            }
        });
    return answer;
}

AnswerKey readSingle(const XMLElement& element, ReadContext& context, const std::string& questionId)
{
    return readChoices(element, context, QuestionKind::SingleChoice, questionId);
}

AnswerKey readMultiple(const XMLElement& element, ReadContext& context, const std::string& questionId)
{
    return readChoices(element, context, QuestionKind::MultipleResponse, questionId);
}

void visitChoices(const Question& question, const std::function<void(const LocalizedText&)>& visit)
{
    if (const ChoiceAnswer* key = question.choices()) {
        for (const Choice& c : key->choices) visit(c.text), visit(c.feedback);
    }
}

std::vector<ElementRule> choiceParts()
{
    return {
        {"choice", {{"id", true}, {"correct"}}, {{{"feedback"}, 0, 1}}, TextContent::Localized},
        {"feedback", {}, {}, TextContent::Localized},
    };
}

} // namespace

const KindReader& singleChoiceReader()
{
    static const KindReader reader{
        .element = "single",
        .attributes = {},
        .answerSlots = {{{"choice"}, 2, limits::kMaxChoices}},
        .partRules = choiceParts(),
        .readKey = &readSingle,
        .visitTexts = &visitChoices,
    };
    return reader;
}

const KindReader& multipleResponseReader()
{
    static const KindReader reader{
        .element = "multiple",
        .attributes = {{"all-or-nothing"}},
        .answerSlots = {{{"choice"}, 2, limits::kMaxChoices}},
        .partRules = choiceParts(),
        .readKey = &readMultiple,
        .visitTexts = &visitChoices,
    };
    return reader;
}

} // namespace mamori::lessons::detail
