#include "quiz_reader.hpp"

#include "kinds/kind_reader.hpp"
#include "mamori/lessons/limits.hpp"
#include "text_reader.hpp"

namespace mamori::lessons::detail {
namespace {

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
    question.key = kindReader(kind).readKey(element, context, question.id);
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
        if (auto kind = kindOfElement(e.Name())) quiz.pool.push_back(readQuestion(e, *kind, context, questionIds));
    });
    if (quiz.draw > 0 && !quiz.pool.empty() && quiz.draw > static_cast<int>(quiz.pool.size())) {
        context.diagnostics.error(attributeLine(element, "draw"), "draw-exceeds-pool",
                                  "draw=\"" + std::to_string(quiz.draw) + "\" is larger than the pool of " +
                                      std::to_string(quiz.pool.size()) + (quiz.pool.size() == 1 ? " question" : " questions"));
    }
    return quiz;
}

} // namespace mamori::lessons::detail
