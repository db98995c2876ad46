// Quizzes: attempts, drafts, answers, submission and results.

#include "controller.hpp"
#include "kinds/kind_answers.hpp"
#include "drafts.hpp"
#include "overloaded.hpp"

#include "mamori/scoring/quiz_attempt.hpp"

#include <algorithm>

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

namespace {


const AttemptRecord* openAttemptOf(const AppModel& model)
{
    if (!model.session || !model.quiz.pack) return nullptr;
    return model.session->openAttempt(model.quiz.pack->id, model.quiz.quiz->id);
}

} // namespace

void AppController::loadDrafts()
{
    QuizState& state = model_.quiz;
    state.drafts.clear();
    const AttemptRecord* attempt = openAttemptOf(model_);
    if (!attempt) return;
    for (const PlannedQuestion& planned : attempt->questions) {
        const Question* question = state.pack->question(planned.questionId);
        if (!question) continue;
        const AnswerStep* answer = attempt->latestAnswer(planned.questionId);
        state.drafts[planned.questionId] = answer ? draftFrom(*question, planned, *answer) : newDraft(*question, planned);
    }
}

void AppController::startQuiz(const std::string& packId, const std::string& quizId, Effects& effects)
{
    const auto p = pack(packId);
    if (!p || !p->quiz(quizId) || !model_.session) return;
    effects.stopNarration();
    auto started = model_.session->startQuiz(*p, quizId, model_.nextQuizSeed);
    model_.nextQuizSeed.reset();
    if (!started) {
        refused(started.refusal());
        return;
    }
    model_.quiz = {};
    model_.quiz.pack = p;
    model_.quiz.quiz = p->quiz(quizId);
    model_.quiz.index = started.value()->position;
    loadDrafts();
    model_.screen = Screen::Quiz;
}

void AppController::showQuestion(int index)
{
    const AttemptRecord* attempt = openAttemptOf(model_);
    if (!attempt || index < 0 || index >= static_cast<int>(attempt->questions.size())) return;
    model_.quiz.index = index;
    model_.quiz.feedback.reset();
    model_.quiz.askingToSubmit = false;
    // Remember the place, so the learner resumes here after closing the app.
    if (auto shown = model_.session->showQuestion(*model_.quiz.pack, model_.quiz.quiz->id, index); !shown) refused(shown.refusal());
}

void AppController::editDraft(const Action& action)
{
    const Question* question = model_.activeQuestion();
    Draft* draft = model_.activeDraft();
    if (!question || !draft) return;
    if (model_.screen == Screen::Reviews) {
        if (model_.reviews.feedback) return;  // answered: shown until the next review
    } else {
        const AttemptRecord* attempt = openAttemptOf(model_);
        if (attempt && answerLocked(*attempt, *model_.quiz.quiz, question->id)) return;
    }
    std::visit(Overloaded{
                   [&](const action::PickChoice& a) {
                       if (kindAnswers(question->kind).picksMany) {
                           auto it = std::find(draft->selected.begin(), draft->selected.end(), a.id);
                           if (it == draft->selected.end()) draft->selected.push_back(a.id);
                           else draft->selected.erase(it);
                       } else {
                           draft->selected = {a.id};
                       }
                   },
                   [&](const action::MoveStep& a) {
                       auto it = std::find(draft->order.begin(), draft->order.end(), a.id);
                       if (it == draft->order.end()) return;
                       const auto from = it - draft->order.begin();
                       const auto to = std::clamp<std::ptrdiff_t>(from + a.delta, 0, static_cast<std::ptrdiff_t>(draft->order.size()) - 1);
                       std::swap(draft->order[static_cast<std::size_t>(from)], draft->order[static_cast<std::size_t>(to)]);
                   },
                   [&](const action::PlaceStep& a) {
                       auto it = std::find(draft->order.begin(), draft->order.end(), a.id);
                       if (it == draft->order.end()) return;
                       const std::string id = *it;
                       draft->order.erase(it);
                       const auto at = std::clamp<std::ptrdiff_t>(a.position, 0, static_cast<std::ptrdiff_t>(draft->order.size()));
                       draft->order.insert(draft->order.begin() + at, id);
                   },
                   [&](const action::MatchItem& a) {
                       if (a.rightId.empty()) draft->matches.erase(a.leftId);
                       else draft->matches[a.leftId] = a.rightId;
                   },
                   [&](const action::EditAnswerText& a) { draft->text = a.text; },
                   [&](const action::PickCertainty& a) { draft->certainty = a.certainty; },
                   [](const auto&) {},
               },
               action);
}

void AppController::confirmAnswer(Effects& effects)
{
    QuizState& state = model_.quiz;
    const Question* question = model_.activeQuestion();
    Draft* draft = model_.activeDraft();
    if (!question || !draft) return;
    if (!draftIsComplete(*question, *draft)) {
        notify(Notice::Level::Warning, "quiz.incomplete");
        return;
    }
    const int number = openAttemptOf(model_)->number;
    auto answered = model_.session->answer(*state.pack, state.quiz->id, question->id, responseFrom(*question, *draft), draft->certainty);
    if (!answered) {
        refused(answered.refusal());
        return;
    }
    const AnswerFeedback& feedback = answered.value();
    if (feedback.timeUp) {
        // Too late: the attempt was finished (and saved) with the answers given before.
        notify(Notice::Level::Warning, "quiz.time-up");
        showResults(state.pack, *state.quiz, number);
        announceCompletions(effects);
        return;
    }
    if (feedback.immediate) {
        state.feedback = feedback;
        state.feedbackFor = question->id;
        effects.cues.push_back(feedback.grade.correctness == Correctness::Right ? Cue::Correct : Cue::Incorrect);
        return;
    }
    // Deferred feedback: on to the next question not answered yet, if any.
    const AttemptRecord* attempt = openAttemptOf(model_);
    if (unansweredCount(*attempt) == 0) {
        state.askingToSubmit = true;  // everything answered: offer to submit
        return;
    }
    const int count = static_cast<int>(attempt->questions.size());
    for (int step = 1; step < count; ++step) {
        const int next = (state.index + step) % count;
        if (!attempt->latestAnswer(attempt->questions[static_cast<std::size_t>(next)].questionId)) {
            showQuestion(next);
            return;
        }
    }
}

void AppController::submitQuiz(Effects& effects)
{
    QuizState& state = model_.quiz;
    if (!state.pack || !model_.session) return;
    auto submitted = model_.session->submitQuiz(*state.pack, state.quiz->id);
    if (!submitted) {
        refused(submitted.refusal());
        return;
    }
    const AttemptRecord& attempt = *submitted.value();
    effects.cues.push_back(attempt.passed ? Cue::Complete : Cue::Incorrect);
    showResults(state.pack, *state.quiz, attempt.number);
    announceCompletions(effects);
}

void AppController::showResults(const std::shared_ptr<const Pack>& p, const Quiz& q, int attemptNumber)
{
    model_.results = {p, &q, attemptNumber, false};
    model_.quiz.askingToSubmit = false;
    model_.quiz.feedback.reset();
    model_.screen = Screen::Results;
}

void AppController::retryQuiz(Effects& effects)
{
    if (!model_.results.pack) return;
    startQuiz(model_.results.pack->id, model_.results.quiz->id, effects);
}

} // namespace mamori::app
