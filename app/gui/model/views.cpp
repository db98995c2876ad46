#include "views.hpp"

#include "app_model.hpp"
#include "drafts.hpp"

namespace mamori::app {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;

CatalogScreenView catalogView(const LearnerSession& session, const PackLibrary& library, Timestamp now)
{
    CatalogScreenView view;
    view.catalog = buildCatalog(library, session.progress());
    view.reviewsDue = static_cast<int>(session.dueReviews(library, now).size());
    for (const auto& [packId, records] : session.progress().packs) {
        for (const AttemptRecord& attempt : records.attempts) {
            if (attempt.isFinished()) view.lastFinishedAttempt[packId + "/" + attempt.quizId] = attempt.number;
        }
    }
    return view;
}

std::optional<QuizView> quizView(const AppModel& model)
{
    const QuizState& state = model.quiz;
    if (!state.pack || !state.quiz) return std::nullopt;
    const AttemptRecord* attempt = model.session->openAttempt(state.pack->id, state.quiz->id);
    const Question* question = model.activeQuestion();
    const Draft* draft = model.activeDraft();
    if (!attempt || !question || !draft) return std::nullopt;
    QuizView view;
    view.pack = state.pack;
    view.quiz = state.quiz;
    view.question = question;
    view.planned = attempt->questions[static_cast<std::size_t>(state.index)];
    view.draft = *draft;
    view.index = state.index;
    view.count = static_cast<int>(attempt->questions.size());
    for (const PlannedQuestion& planned : attempt->questions) view.answered.push_back(attempt->latestAnswer(planned.questionId) != nullptr);
    view.unanswered = unansweredCount(*attempt);
    view.immediate = state.quiz->feedback == FeedbackMode::Immediate;
    view.answeredThis = attempt->latestAnswer(question->id) != nullptr;
    view.locked = answerLocked(*attempt, *state.quiz, question->id);
    view.canConfirm = draftIsComplete(*question, *draft) && (!state.quiz->certainty || draft->certainty);
    view.last = state.index + 1 >= view.count;
    view.askingToSubmit = state.askingToSubmit;
    if (state.feedback && state.feedbackFor == question->id) view.feedback = state.feedback;
    view.deadline = attemptDeadline(*attempt, *state.quiz);
    return view;
}

std::optional<ResultsView> resultsView(const AppModel& model)
{
    const ResultsState& state = model.results;
    if (!state.pack || !state.quiz) return std::nullopt;
    const PackProgress* progress = model.session->progress().findPack(state.pack->id);
    if (!progress) return std::nullopt;
    const std::vector<const AttemptRecord*> attempts = progress->attemptsFor(state.quiz->id);
    const AttemptRecord* shown = nullptr;
    for (const AttemptRecord* a : attempts) {
        if (a->number == state.attemptNumber) shown = a;
    }
    if (!shown || !shown->isFinished()) return std::nullopt;
    ResultsView view;
    view.pack = state.pack;
    view.quiz = state.quiz;
    view.attempt = *shown;
    view.standing = quizStanding(*state.quiz, attempts);
    view.canRetry = view.standing.canStart || view.standing.inProgress;
    view.standing.inProgress = nullptr;
    view.missedOnly = state.missedOnly;
    view.rows = reviewRows(*state.pack, *shown, state.missedOnly);
    return view;
}

std::optional<ScenarioView> scenarioView(const AppModel& model)
{
    const ScenarioState& state = model.scenario;
    if (!state.pack || !state.scenario) return std::nullopt;
    ScenarioView view;
    view.pack = state.pack;
    view.scenario = state.scenario;
    if (const ScenarioRunRecord* open = model.session->openRun(state.pack->id, state.scenario->id)) {
        view.open = *open;
        view.node = runPosition(*state.scenario, *open).node;
        view.step = static_cast<int>(open->path.size()) + 1;
    }
    if (const ScenarioRunRecord* finished = model.session->lastFinishedRun(state.pack->id, state.scenario->id)) view.finished = *finished;
    view.showEnding = !view.open && !state.consequence && view.finished;
    return view;
}

/// Names what is on screen, so that each page, question and scene starts scrolled to the top.
std::string scrollKey(const AppModel& model, const ScreenViews& views)
{
    std::string key(screenName(model.screen));
    switch (model.screen) {
    case Screen::Lesson: key += std::to_string(model.lesson.page); break;
    case Screen::Quiz: key += std::to_string(model.quiz.index); break;
    case Screen::Reviews: key += std::to_string(model.reviews.index); break;
    case Screen::Results: key += std::to_string(model.results.attemptNumber) + (model.results.missedOnly ? "m" : ""); break;
    case Screen::Scenario: {
        const auto& open = views.scenario ? views.scenario->open : std::nullopt;
        key += std::to_string(model.scenario.runNumber) + "/" + std::to_string(open ? open->path.size() : 999) +
               (model.scenario.consequence ? "c" : "");
        break;
    }
    case Screen::Inbox: key += model.inbox.selected + (model.inbox.showSummary ? "/result" : ""); break;
    default: break;
    }
    return key;
}

} // namespace

ScreenViews buildViews(const AppModel& model, const PackLibrary& library, Timestamp now)
{
    ScreenViews views;
    if (model.session && model.screen != Screen::SignIn) {
        views.header = HeaderView{model.session->progress().learnerId, model.session->progress().displayName};
        switch (model.screen) {
        case Screen::Catalog: views.catalog = catalogView(*model.session, library, now); break;
        case Screen::Quiz: views.quiz = quizView(model); break;
        case Screen::Results: views.results = resultsView(model); break;
        case Screen::Scenario: views.scenario = scenarioView(model); break;
        case Screen::Inbox: views.inbox = buildInboxView(model); break;
        default: break;
        }
    }
    views.scrollKey = scrollKey(model, views);
    return views;
}

} // namespace mamori::app
