// One person's record for HR, from the index's records and the packs. Texts come from the packs
// as they are now; a pack, quiz, question or scenario the library no longer has (the records are
// of an older version) shows by its id rather than failing.

#include "person_detail.hpp"

#include "answer_text.hpp"
#include "ui_strings.hpp"

#include "mamori/scoring/learner_progress.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace mamori::app {
namespace {

using lessons::Language;
using lessons::LocalizedText;
using lessons::RichText;
using lessons::Span;

/// A fraction this close to 1 counts as fully right (as scoring's missedQuestions has it).
constexpr double kFullyRight = 1.0 - 1e-9;

/// The same plain text in every language: for ids and the learner's own typing.
LocalizedText sameInEvery(const std::string& text)
{
    LocalizedText localized;
    if (text.empty()) return localized;
    for (Language language : lessons::kAllLanguages) localized.set(language, RichText{{Span{text}}});
    return localized;
}

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string joined;
    for (const std::string& line : lines) {
        if (!joined.empty()) joined += '\n';
        joined += line;
    }
    return joined;
}

/// `describe(language)`'s lines in every language, one text per language.
template <typename Describe>
LocalizedText inEveryLanguage(Describe describe)
{
    LocalizedText localized;
    for (Language language : lessons::kAllLanguages) {
        const std::string text = joinLines(describe(language));
        if (!text.empty()) localized.set(language, RichText{{Span{text}}});
    }
    return localized;
}

scoring::Response responseOf(const records::IndexedAnswer& answer)
{
    scoring::Response response;
    response.choices = answer.choices;
    for (const std::string& pair : answer.matches) {
        const std::size_t equals = pair.find('=');
        if (equals == std::string::npos) response.matches.emplace_back(pair, std::string());
        else response.matches.emplace_back(pair.substr(0, equals), pair.substr(equals + 1));
    }
    response.text = answer.typed;
    return response;
}

/// What was answered, by ids, when the pack no longer has the question.
std::string rawResponse(const records::IndexedAnswer& answer)
{
    std::vector<std::string> parts = answer.choices;
    for (const std::string& pair : answer.matches) parts.push_back(pair);
    if (!answer.typed.empty()) parts.push_back("「" + answer.typed + "」");
    return joinLines(parts);
}

std::string trueFalseKey(bool value)
{
    return value ? "quiz.true" : "quiz.false";
}

PersonAnswerLine answerLine(const records::IndexedAnswer& answer, const lessons::Pack* pack, const records::TimeZone& zone)
{
    // describeResponse and describeCorrectAnswer need the app's words only for true/false,
    // which the line carries as keys instead: with no strings loaded they describe every
    // other kind in the pack's own texts, as the learner's results screen does.
    const UiStrings noStrings;   // per call: get() notes missing keys, and builders may run in parallel
    PersonAnswerLine line;
    line.step = answer.step;
    line.questionId = answer.questionId;
    line.fraction = answer.fraction;
    line.points = answer.score;
    line.maxPoints = answer.maxScore;
    line.seconds = answer.seconds;
    line.at = zone.localDateTime(answer.at);
    const lessons::Question* question = pack ? pack->question(answer.questionId) : nullptr;
    if (!question) {
        line.response = sameInEvery(rawResponse(answer));
        return line;
    }
    line.prompt = question->prompt;
    if (const lessons::TrueFalseAnswer* key = question->trueFalse()) {
        if (!answer.choices.empty()) line.responseKey = trueFalseKey(answer.choices.front() == "true");
        line.rightAnswerKey = trueFalseKey(key->answer);
        return line;
    }
    const scoring::Response response = responseOf(answer);
    line.response = inEveryLanguage([&](Language language) { return describeResponse(*question, response, language, noStrings); });
    line.rightAnswer = inEveryLanguage([&](Language language) { return describeCorrectAnswer(*question, language, noStrings); });
    return line;
}

PersonAttempt personAttempt(const std::string& packId, const records::IndexedAttempt& attempt, const lessons::Pack* pack,
                            const records::TimeZone& zone)
{
    PersonAttempt shown;
    shown.packId = packId;
    shown.quizId = attempt.quizId;
    const lessons::Quiz* quiz = pack ? pack->quiz(attempt.quizId) : nullptr;
    shown.quizTitle = quiz ? quiz->title : sameInEvery(attempt.quizId);
    shown.packVersion = attempt.packVersion;
    shown.number = attempt.number;
    shown.started = zone.localDateTime(attempt.started);
    if (attempt.finished) shown.finished = zone.localDateTime(*attempt.finished);
    shown.ending = attempt.ending.value_or("");
    shown.percent = attempt.percent;
    shown.passed = attempt.passed;
    std::vector<const records::IndexedAnswer*> steps;
    for (const records::IndexedAnswer& answer : attempt.answers) steps.push_back(&answer);
    std::stable_sort(steps.begin(), steps.end(), [](auto* a, auto* b) { return a->step < b->step; });
    for (const records::IndexedAnswer* answer : steps) shown.answers.push_back(answerLine(*answer, pack, zone));
    return shown;
}

PersonRun personRun(const std::string& packId, const records::IndexedRun& run, const lessons::Pack* pack,
                    const records::TimeZone& zone)
{
    PersonRun shown;
    shown.packId = packId;
    shown.scenarioId = run.scenarioId;
    const lessons::Scenario* scenario = pack ? pack->scenario(run.scenarioId) : nullptr;
    shown.scenarioTitle = scenario ? scenario->title : sameInEvery(run.scenarioId);
    shown.packVersion = run.packVersion;
    shown.number = run.number;
    shown.started = zone.localDateTime(run.started);
    if (run.finished) shown.finished = zone.localDateTime(*run.finished);
    shown.endingId = run.endingId.value_or("");
    shown.outcome = run.outcome.value_or("");
    shown.score = run.score;
    shown.passed = run.passed;
    for (const std::string& step : run.path) {
        PersonRunStep shownStep;
        const std::size_t arrow = step.find('>');
        shownStep.nodeId = step.substr(0, arrow);
        if (arrow != std::string::npos) shownStep.optionId = step.substr(arrow + 1);
        if (const lessons::ScenarioNode* node = scenario ? scenario->node(shownStep.nodeId) : nullptr) {
            for (const lessons::ScenarioOption& option : node->options) {
                if (option.id == shownStep.optionId) shownStep.optionText = option.text;
            }
        }
        shown.path.push_back(std::move(shownStep));
    }
    return shown;
}

LocalizedText completionTitle(const records::IndexedCompletion& completion, const lessons::Pack* pack)
{
    using Kind = scoring::Completion::Kind;
    if (pack) {
        switch (completion.kind) {
        case Kind::Lesson:
            if (const lessons::Lesson* lesson = pack->lesson(completion.itemId)) return lesson->title;
            break;
        case Kind::Quiz:
            if (const lessons::Quiz* quiz = pack->quiz(completion.itemId)) return quiz->title;
            break;
        case Kind::Scenario:
            if (const lessons::Scenario* scenario = pack->scenario(completion.itemId)) return scenario->title;
            break;
        case Kind::Inbox:
            if (const lessons::Inbox* inbox = pack->inbox(completion.itemId)) return inbox->title;
            break;
        case Kind::Pack: return pack->title;
        }
    }
    return sameInEvery(completion.itemId);
}

/// The questions `attempt` asked whose latest answer was not fully right, or that it left
/// unanswered: scoring::missedQuestions over the index's form of an attempt.
std::vector<std::string> missedIn(const records::IndexedAttempt& attempt)
{
    std::vector<std::string> missed;
    for (const std::string& questionId : attempt.questions) {
        const records::IndexedAnswer* latest = nullptr;
        for (const records::IndexedAnswer& answer : attempt.answers) {
            if (answer.questionId == questionId && (!latest || answer.step >= latest->step)) latest = &answer;
        }
        if (!latest || latest->fraction < kFullyRight) missed.push_back(questionId);
    }
    return missed;
}

/// The review deck rebuilt from the attempts (see PersonReviewCard): what enterMissed would
/// have put there, question by question, without the review answers the index does not hold.
/// Ordered as the learner's app lists due reviews: by when it was last missed (its due time is
/// one interval later), then pack, then question.
std::vector<PersonReviewCard> reviewDeck(const records::IndexedLearner& learner, const lessons::PackLibrary& library,
                                         const records::TimeZone& zone)
{
    struct Missed {
        scoring::Timestamp at;
        std::string packId;
        std::string questionId;
        const lessons::Question* question;
    };
    std::map<std::pair<std::string, std::string>, Missed> deck;
    for (const records::IndexedPack& pack : learner.packs) {
        const lessons::Pack* shipped = library.find(pack.packId);
        if (!shipped) continue;   // none of its questions can be asked again
        for (const records::IndexedAttempt& attempt : pack.attempts) {
            if (!attempt.finished) continue;   // only a finished attempt enters the deck
            for (const std::string& questionId : missedIn(attempt)) {
                const lessons::Question* question = shipped->question(questionId);
                if (!question) continue;
                auto [it, added] = deck.try_emplace({pack.packId, questionId}, Missed{*attempt.finished, pack.packId, questionId, question});
                if (!added && it->second.at < *attempt.finished) it->second.at = *attempt.finished;
            }
        }
    }
    std::vector<Missed> ordered;
    for (auto& [key, missed] : deck) ordered.push_back(missed);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Missed& a, const Missed& b) {
        return std::tie(a.at, a.packId, a.questionId) < std::tie(b.at, b.packId, b.questionId);
    });
    std::vector<PersonReviewCard> cards;
    for (const Missed& missed : ordered) {
        cards.push_back(PersonReviewCard{missed.packId, missed.questionId, missed.question->prompt, zone.localDateTime(missed.at)});
    }
    return cards;
}

} // namespace

PersonDetail buildPersonDetail(const std::string& personId, const std::vector<records::StatusRow>& rows,
                               const std::optional<records::IndexedLearner>& learner, std::string fileStatus,
                               std::vector<records::TrustFlag> flags, const lessons::PackLibrary& library,
                               const records::TimeZone& zone)
{
    PersonDetail detail;
    detail.personId = personId;
    if (!rows.empty()) {
        const records::StatusRow& first = rows.front();
        detail.name = first.name;
        detail.department = first.department;
        detail.manager = first.manager;
        detail.left = first.left;
    }
    if (detail.name.empty() && learner && learner->displayName) detail.name = *learner->displayName;
    detail.fileStatus = fileStatus.empty() ? "none" : std::move(fileStatus);
    detail.verified = detail.fileStatus == "valid";
    detail.assignments = rows;
    detail.flags = std::move(flags);
    std::stable_sort(detail.flags.begin(), detail.flags.end(),
                     [](const records::TrustFlag& a, const records::TrustFlag& b) { return a.at < b.at; });
    for (const records::TrustFlag& flag : detail.flags) detail.flagTimes.push_back(zone.localDateTime(flag.at));

    // Records of a file that does not verify are never shown as counting: the index gives
    // none, and any given anyway are left out.
    if (!learner || !detail.verified) return detail;
    detail.writtenBy = learner->writtenBy;

    struct TimedCompletion {
        scoring::Timestamp at;
        PersonCompletion completion;
    };
    std::vector<TimedCompletion> completions;
    for (const records::IndexedPack& pack : learner->packs) {
        const lessons::Pack* shipped = library.find(pack.packId);
        for (const records::IndexedAttempt& attempt : pack.attempts) detail.attempts.push_back(personAttempt(pack.packId, attempt, shipped, zone));
        for (const records::IndexedRun& run : pack.runs) detail.runs.push_back(personRun(pack.packId, run, shipped, zone));
        for (const records::IndexedInboxRun& run : pack.inboxRuns) detail.inboxRuns.push_back(personInboxRun(pack.packId, run, shipped, zone));
        for (const records::IndexedCompletion& completion : pack.completions) {
            PersonCompletion shown;
            shown.packId = pack.packId;
            shown.kind = std::string(scoring::completionKindName(completion.kind));
            shown.itemId = completion.itemId;
            shown.itemTitle = completionTitle(completion, shipped);
            shown.packVersion = completion.packVersion;
            shown.at = zone.localDateTime(completion.at);
            completions.push_back(TimedCompletion{completion.at, std::move(shown)});
        }
    }
    std::stable_sort(detail.attempts.begin(), detail.attempts.end(), [](const PersonAttempt& a, const PersonAttempt& b) {
        return std::tie(a.packId, a.quizId, a.number) < std::tie(b.packId, b.quizId, b.number);
    });
    std::stable_sort(detail.runs.begin(), detail.runs.end(), [](const PersonRun& a, const PersonRun& b) {
        return std::tie(a.packId, a.scenarioId, a.number) < std::tie(b.packId, b.scenarioId, b.number);
    });
    std::stable_sort(detail.inboxRuns.begin(), detail.inboxRuns.end(), [](const PersonInboxRun& a, const PersonInboxRun& b) {
        return std::tie(a.packId, a.inboxId, a.number) < std::tie(b.packId, b.inboxId, b.number);
    });
    std::stable_sort(completions.begin(), completions.end(),
                     [](const TimedCompletion& a, const TimedCompletion& b) { return a.at < b.at; });
    for (TimedCompletion& completion : completions) detail.completions.push_back(std::move(completion.completion));
    detail.reviewDeck = reviewDeck(*learner, library, zone);
    return detail;
}

} // namespace mamori::app
