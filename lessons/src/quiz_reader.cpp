#include "quiz_reader.hpp"

#include "mamori/lessons/answer_normalizer.hpp"
#include "mamori/lessons/limits.hpp"
#include "text_reader.hpp"

#include <algorithm>

namespace mamori::lessons::detail {
namespace {

/// Where two items of one question share a text in some language, so a learner cannot
/// tell them apart; calls `report(first, second)` once per clashing pair.
template <typename Item, typename TextOf, typename Report>
void forEachSameText(const std::vector<Item>& items, const std::vector<Language>& languages, TextOf textOf, Report report)
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
int childLine(const XMLElement& parent, const char* name, const std::string& id)
{
    for (const XMLElement* e = parent.FirstChildElement(name); e; e = e->NextSiblingElement(name)) {
        const char* value = e->Attribute("id");
        if (value && id == value) return e->GetLineNum();
    }
    return parent.GetLineNum();
}

ChoiceAnswer readChoices(const XMLElement& element, ReadContext& context, QuestionKind kind, const std::string& questionId)
{
    ChoiceAnswer answer;
    answer.allOrNothing = context.boolean(element, "all-or-nothing").value_or(false);
    IdRegistry ids("choice");
    bool keyUnreadable = false;  // a malformed correct="…" was reported; judging the key would mislead
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
    if (answer.choices.size() < 2 || keyUnreadable) return answer;  // already reported

    const auto correct = std::count_if(answer.choices.begin(), answer.choices.end(), [](const Choice& c) { return c.correct; });
    const std::string name = "<" + std::string(questionKindName(kind)) + "> " + quote(questionId);
    if (correct == 0) {
        context.error(element, "no-correct-answer", name + " has no correct choice; mark one with correct=\"true\"");
    } else if (kind == QuestionKind::SingleChoice && correct > 1) {
        context.error(element, "contradictory-answers",
                      name + " has " + std::to_string(correct) +
                          " correct choices; a single-choice question has exactly one (use <multiple> for several)");
    } else if (kind == QuestionKind::MultipleResponse && correct == static_cast<long>(answer.choices.size())) {
        context.warning(element, "all-correct", name + ": every choice is correct, so the question tests nothing; add a wrong choice");
    }
    forEachSameText(answer.choices, context.languages, [](const Choice& c) -> const LocalizedText& { return c.text; },
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

TrueFalseAnswer readTrueFalse(const XMLElement& element, ReadContext& context)
{
    TrueFalseAnswer answer;
    answer.answer = context.boolean(element, "answer").value_or(true);
    answer.feedbackTrue = readOptionalText(element, "feedback-true", context);
    answer.feedbackFalse = readOptionalText(element, "feedback-false", context);
    return answer;
}

OrderingAnswer readOrdering(const XMLElement& element, ReadContext& context)
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
    forEachSameText(answer.steps, context.languages, [](const Step& s) -> const LocalizedText& { return s.text; },
                    [&](const Step& a, const Step& b) {
                        context.diagnostics.error(childLine(element, "step", b.id), "contradictory-answers",
                                                  "steps " + quote(a.id) + " and " + quote(b.id) +
                                                      " have the same text, so their order cannot be told apart");
                    });
    return answer;
}

MatchingAnswer readMatching(const XMLElement& element, ReadContext& context)
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
    forEachSameText(answer.pairs, context.languages, [](const MatchPair& p) -> const LocalizedText& { return p.left; },
                    [&](const MatchPair& a, const MatchPair& b) {
                        context.diagnostics.error(childLine(element, "pair", b.id), "contradictory-answers",
                                                  "pairs " + quote(a.id) + " and " + quote(b.id) +
                                                      " have the same left text, so their partners cannot be told apart");
                    });
    forEachSameText(answer.pairs, context.languages, [](const MatchPair& p) -> const LocalizedText& { return p.right; },
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
                                              "distractor " + quote(distractor.id) + " has the same text as the right item of pair " +
                                                  quote(pair.id));
                    break;
                }
            }
        }
    }
    return answer;
}

ShortTextAnswer readShortText(const XMLElement& element, ReadContext& context)
{
    ShortTextAnswer answer;
    std::vector<std::pair<std::string, int>> normalised;  // normal form, line
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
            context.error(e, "too-long", "<accept> is longer than " + std::to_string(limits::kMaxAttributeBytes) + " bytes");
            return;
        }
        for (const auto& [earlier, line] : normalised) {
            if (earlier == normal) {
                context.warning(e, "duplicate-text",
                                "<accept> '" + normal + "' matches the same answers as the one on line " + std::to_string(line) +
                                    " (case, spaces and full-width forms are ignored)");
                return;
            }
        }
        normalised.emplace_back(normal, e.GetLineNum());
        answer.accepted.push_back(normaliseText(typed).plain()); // as written, tidied
    });
    answer.feedback = readOptionalText(element, "feedback", context);
    return answer;
}

std::optional<SourceReference> readSource(const XMLElement& question, ReadContext& context)
{
    const XMLElement* element = ReadContext::child(question, "source");
    if (!element) return std::nullopt;
    SourceReference source;
    source.text = readText(*element, context);
    source.url = context.text(*element, "url").value_or("");
    if (!source.url.empty() && !source.url.starts_with("https://") && !source.url.starts_with("http://")) {
        context.diagnostics.warning(attributeLine(*element, "url"), "bad-url",
                                    "'url' should start with https:// or http://, found '" + source.url.substr(0, 64) + "'");
    }
    return source;
}

std::optional<QuestionKind> kindOf(std::string_view name)
{
    for (QuestionKind kind : {QuestionKind::SingleChoice, QuestionKind::MultipleResponse, QuestionKind::TrueFalse,
                              QuestionKind::Ordering, QuestionKind::Matching, QuestionKind::ShortText}) {
        if (questionKindName(kind) == name) return kind;
    }
    return std::nullopt;
}

Question readQuestion(const XMLElement& element, QuestionKind kind, ReadContext& context, IdRegistry& questionIds)
{
    context.checkStructure(element);
    Question question;
    question.kind = kind;
    question.line = element.GetLineNum();
    question.id = context.id(element);
    questionIds.add(question.id, question.line, context.diagnostics);
    question.points = context.integer(element, "points", 1, limits::kMaxPoints).value_or(1);
    question.asks = context.choice<Asks>(element, "asks",
                                         {{"situation", Asks::Situation}, {"knowledge", Asks::Knowledge}, {"recall", Asks::Recall}})
                        .value_or(Asks::Unstated);
    question.prompt = readOptionalText(element, "prompt", context);
    switch (kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::MultipleResponse: question.key = readChoices(element, context, kind, question.id); break;
    case QuestionKind::TrueFalse: question.key = readTrueFalse(element, context); break;
    case QuestionKind::Ordering: question.key = readOrdering(element, context); break;
    case QuestionKind::Matching: question.key = readMatching(element, context); break;
    case QuestionKind::ShortText: question.key = readShortText(element, context); break;
    }
    question.explanation = readOptionalText(element, "explanation", context);
    question.source = readSource(element, context);
    return question;
}

} // namespace

Quiz readQuiz(const XMLElement& element, ReadContext& context, IdRegistry& questionIds)
{
    context.checkStructure(element);
    Quiz quiz;
    quiz.line = element.GetLineNum();
    quiz.id = context.id(element);
    quiz.passMark = context.integer(element, "pass-mark", 0, 100).value_or(quiz.passMark);
    quiz.attemptsAllowed = context.integer(element, "attempts", 1, limits::kMaxAttempts).value_or(0);
    quiz.timeLimit = context.duration(element, "time-limit");
    quiz.draw = context.integer(element, "draw", 1, limits::kMaxQuestionsPerQuiz).value_or(0);
    quiz.shuffleQuestions = context.boolean(element, "shuffle-questions").value_or(true);
    quiz.shuffleChoices = context.boolean(element, "shuffle-choices").value_or(true);
    quiz.feedback = context.choice<FeedbackMode>(element, "feedback",
                                                 {{"immediate", FeedbackMode::Immediate}, {"deferred", FeedbackMode::Deferred}})
                        .value_or(FeedbackMode::Deferred);
    quiz.counts = context.choice<AttemptPolicy>(element, "counts",
                                                {{"highest", AttemptPolicy::Highest},
                                                 {"first", AttemptPolicy::First},
                                                 {"last", AttemptPolicy::Last},
                                                 {"average", AttemptPolicy::Average}})
                      .value_or(AttemptPolicy::Highest);
    quiz.certainty = context.boolean(element, "certainty").value_or(false);
    quiz.retry = context.choice<RetryScope>(element, "retry", {{"all", RetryScope::All}, {"missed", RetryScope::Missed}})
                     .value_or(RetryScope::All);
    quiz.title = readOptionalText(element, "title", context);
    quiz.description = readOptionalText(element, "description", context);
    ReadContext::forEachElement(element, [&](const XMLElement& e) {
        if (auto kind = kindOf(e.Name())) quiz.pool.push_back(readQuestion(e, *kind, context, questionIds));
    });
    if (quiz.draw > 0 && !quiz.pool.empty() && quiz.draw > static_cast<int>(quiz.pool.size())) {
        context.diagnostics.error(attributeLine(element, "draw"), "draw-exceeds-pool",
                                  "draw=\"" + std::to_string(quiz.draw) + "\" is larger than the pool of " +
                                      std::to_string(quiz.pool.size()) + (quiz.pool.size() == 1 ? " question" : " questions"));
    }
    return quiz;
}

} // namespace mamori::lessons::detail
