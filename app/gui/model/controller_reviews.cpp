// Reviews: the questions due again today, answered one at a time with immediate feedback.

#include "controller.hpp"
#include "drafts.hpp"

#include "mamori/scoring/attempt_plan.hpp"

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

namespace {

/// A seed of its own for each review of each question, so choices are not always in the
/// same place.
std::uint64_t reviewSeed(const std::string& questionId, int reviews)
{
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : questionId) hash = (hash ^ c) * 1099511628211ull;
    return hash + static_cast<std::uint64_t>(reviews);
}

} // namespace

void AppController::startReviews(Effects& effects)
{
    if (!model_.session) return;
    effects.stopNarration();
    model_.reviews = {};
    model_.reviews.library = env_.library;
    model_.reviews.queue = model_.session->dueReviews(*env_.library, env_.clock.now());
    model_.screen = Screen::Reviews;
    showReview(0);
}

void AppController::showReview(int index)
{
    ReviewsState& state = model_.reviews;
    state.index = index;
    state.feedback.reset();
    if (index < 0 || index >= static_cast<int>(state.queue.size())) return;  // the end: "all done"
    const DueReview& due = state.queue[static_cast<std::size_t>(index)];
    state.planned = planQuestion(*due.quiz, *due.question, reviewSeed(due.question->id, due.item.reviews));
    state.draft = newDraft(*due.question, state.planned);
}

void AppController::confirmReview(Effects& effects)
{
    ReviewsState& state = model_.reviews;
    const Question* question = model_.activeQuestion();
    if (!question || state.feedback) return;
    if (!draftIsComplete(*question, state.draft)) {
        notify(Notice::Level::Warning, "quiz.incomplete");
        return;
    }
    const DueReview& due = state.queue[static_cast<std::size_t>(state.index)];
    auto answered = model_.session->answerReview(*due.pack, question->id, responseFrom(*question, state.draft));
    if (!answered) {
        refused(answered.refusal());
        return;
    }
    state.feedback = answered.value();
    effects.cues.push_back(answered.value().grade.correctness == Correctness::Right ? Cue::Correct : Cue::Incorrect);
}

} // namespace mamori::app
