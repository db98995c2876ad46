// `<matching>`: pairs of a left and a right item, and right items that belong to none.

#include "kinds/kind_reader.hpp"

#include "mamori/lessons/limits.hpp"

namespace mamori::lessons::detail {
namespace {

AnswerKey readMatching(const XMLElement& element, ReadContext& context, const std::string&)
{
    MatchingAnswer answer;
    IdRegistry ids("pair or distractor");
    ReadContext::forEach(element, "pair", [&](const XMLElement& e) {
        context.checkStructure(e);
        MatchPair pair;
        pair.id = context.id(e);
        ids.add(pair.id, e.GetLineNum(), context.diagnostics);
        pair.left = readOptionalText(e, "left", context);
        pair.right = readOptionalText(e, "right", context);
        answer.pairs.push_back(std::move(pair));
    });
    ReadContext::forEach(element, "distractor", [&](const XMLElement& e) {
        Distractor distractor;
        distractor.id = context.id(e);
        ids.add(distractor.id, e.GetLineNum(), context.diagnostics);
        distractor.text = readText(e, context);
        answer.distractors.push_back(std::move(distractor));
    });
    forEachSameText(
        answer.pairs, context.languages, [](const MatchPair& p) -> const LocalizedText& { return p.left; },
        [&](const MatchPair& a, const MatchPair& b) {
            context.diagnostics.error(childLine(element, "pair", b.id), "contradictory-answers",
                                      "pairs " + quote(a.id) + " and " + quote(b.id) +
                                          " have the same left text, so their partners cannot be told apart");
        });
    forEachSameText(
        answer.pairs, context.languages, [](const MatchPair& p) -> const LocalizedText& { return p.right; },
        [&](const MatchPair& a, const MatchPair& b) {
            context.diagnostics.error(childLine(element, "pair", b.id), "contradictory-answers",
                                      "pairs " + quote(a.id) + " and " + quote(b.id) +
                                          " have the same right text, so either partner would be right");
        });
    for (const Distractor& distractor : answer.distractors) {
        for (const MatchPair& pair : answer.pairs) {
            for (Language language : context.languages) {
                if (distractor.text.has(language) && pair.right.has(language) &&
                    samePlainText(distractor.text.in(language), pair.right.in(language))) {
                    context.diagnostics.error(childLine(element, "distractor", distractor.id), "contradictory-answers",
                                              "distractor " + quote(distractor.id) +
                                                  " has the same text as the right item of pair " + quote(pair.id));
                    break;
                }
            }
        }
    }
    return answer;
}

void visitPairs(const Question& question, const std::function<void(const LocalizedText&)>& visit)
{
    if (const MatchingAnswer* key = question.matching()) {
        for (const MatchPair& p : key->pairs) visit(p.left), visit(p.right);
        for (const Distractor& d : key->distractors) visit(d.text);
    }
}

} // namespace

const KindReader& matchingReader()
{
    static const KindReader reader{
        .element = "matching",
        .attributes = {},
        .answerSlots = {{{"pair"}, 2, limits::kMaxPairs}, {{"distractor"}, 0, limits::kMaxPairs}},
        .partRules =
            {
                {"pair", {{"id", true}}, {{{"left"}, 1, 1}, {{"right"}, 1, 1}}},
                {"left", {}, {}, TextContent::Localized},
                {"right", {}, {}, TextContent::Localized},
                {"distractor", {{"id", true}}, {}, TextContent::Localized},
            },
        .readKey = &readMatching,
        .visitTexts = &visitPairs,
    };
    return reader;
}

} // namespace mamori::lessons::detail
