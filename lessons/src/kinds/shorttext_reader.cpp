// `<shorttext>`: typed answers, compared after normalizeAnswer.

#include "kinds/kind_reader.hpp"

#include "mamori/lessons/answer_normalizer.hpp"
#include "mamori/lessons/limits.hpp"

namespace mamori::lessons::detail {
namespace {

AnswerKey readShortText(const XMLElement& element, ReadContext& context, const std::string&)
{
    ShortTextAnswer answer;
    std::vector<std::pair<std::string, int>> normalised; // normal form, line
    ReadContext::forEach(element, "accept", [&](const XMLElement& e) {
        context.checkStructure(e);
        const char* raw = e.GetText();
        const std::string typed = raw ? raw : "";
        const std::string normal = normalizeAnswer(typed);
        if (normal.empty()) {
            context.error(e, "empty-text", "empty <accept>: write an answer the learner may type");
            return;
        }
        if (typed.size() > limits::kMaxAttributeBytes) {
            context.error(e, "too-long",
                          "<accept> is longer than " + std::to_string(limits::kMaxAttributeBytes) + " bytes");
            return;
        }
        for (const auto& [earlier, line] : normalised) {
            if (earlier == normal) {
                context.warning(e, "duplicate-text",
                                "<accept> '" + normal + "' matches the same answers as the one on line " +
                                    std::to_string(line) + " (case, spaces and full-width forms are ignored)");
                return;
            }
        }
        normalised.emplace_back(normal, e.GetLineNum());
        answer.accepted.push_back(normaliseText(typed).plain()); // as written, tidied
    });
    answer.feedback = readOptionalText(element, "feedback", context);
    return answer;
}

void visitShortText(const Question& question, const std::function<void(const LocalizedText&)>& visit)
{
    if (const ShortTextAnswer* key = question.shortText()) visit(key->feedback);
}

} // namespace

const KindReader& shortTextReader()
{
    static const KindReader reader{
        .element = "shorttext",
        .attributes = {},
        .answerSlots = {{{"accept"}, 1, limits::kMaxAcceptedAnswers}, {{"feedback"}, 0, 1}},
        .partRules = {{"accept", {}, {}, TextContent::Raw}, {"feedback", {}, {}, TextContent::Localized}},
        .readKey = &readShortText,
        .visitTexts = &visitShortText,
    };
    return reader;
}

} // namespace mamori::lessons::detail
