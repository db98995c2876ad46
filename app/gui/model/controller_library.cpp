// Replacing the library while the app runs (a trainer saved a pack; the packs were reloaded):
// each screen's state names its content by pack and item ids, so it is found again in the new
// packs; what is gone sends the learner to the catalog with a notice. The learner's records
// live in the session, not in the packs, so nothing saved depends on this.

#include "controller.hpp"
#include "drafts.hpp"

#include <algorithm>

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

Effects AppController::replaceLibrary(std::shared_ptr<const PackLibrary> library)
{
    Effects effects;
    if (!library || library == env_.library) return effects;
    env_.library = std::move(library);
    findLessonAgain();
    findQuizAgain();
    findResultsAgain();
    findScenarioAgain();
    findInboxAgain();
    findReviewsAgain();
    reportLibraryProblems();
    refreshViews();
    effects.libraryChanged = true;
    return effects;
}

void AppController::contentGone(Screen screen)
{
    const bool shown = model_.screen == screen || (model_.screen == Screen::Settings && model_.beforeSettings == screen);
    if (!shown) return;
    if (model_.screen == Screen::Settings) model_.beforeSettings = Screen::Catalog;
    else model_.screen = Screen::Catalog;
    notify(Notice::Level::Info, "notice.content-gone");
}

void AppController::findLessonAgain()
{
    LessonState& state = model_.lesson;
    if (!state.pack || !state.lesson) return;
    const auto& oldPages = state.lesson->pages;
    const std::string pageId = state.page >= 0 && state.page < static_cast<int>(oldPages.size()) ? oldPages[static_cast<std::size_t>(state.page)].id : "";
    const auto p = pack(state.pack->id);
    const Lesson* lesson = p ? p->lesson(state.lesson->id) : nullptr;
    if (!lesson || lesson->pages.empty()) {
        state = {};
        contentGone(Screen::Lesson);
        return;
    }
    // The same page when it is still there, else the same place within the lesson's length.
    int page = std::min(state.page, static_cast<int>(lesson->pages.size()) - 1);
    for (std::size_t i = 0; i < lesson->pages.size(); ++i) {
        if (lesson->pages[i].id == pageId) page = static_cast<int>(i);
    }
    state = {p, lesson, page};
}

void AppController::findQuizAgain()
{
    QuizState& state = model_.quiz;
    if (!state.pack || !state.quiz) return;
    const auto p = pack(state.pack->id);
    const Quiz* quiz = p ? p->quiz(state.quiz->id) : nullptr;
    const AttemptRecord* attempt = quiz && model_.session ? model_.session->openAttempt(p->id, quiz->id) : nullptr;
    if (!attempt) {
        state = {};
        contentGone(Screen::Quiz);
        return;
    }
    state.pack = p;
    state.quiz = quiz;
    state.index = std::clamp(state.index, 0, std::max(0, static_cast<int>(attempt->questions.size()) - 1));
    // Drafts the learner was composing stay; questions new to the attempt's plan get theirs.
    for (const PlannedQuestion& planned : attempt->questions) {
        const Question* question = p->question(planned.questionId);
        if (!question || state.drafts.count(planned.questionId)) continue;
        const AnswerStep* answer = attempt->latestAnswer(planned.questionId);
        state.drafts[planned.questionId] = answer ? draftFrom(*question, planned, *answer) : newDraft(*question, planned);
    }
}

void AppController::findResultsAgain()
{
    ResultsState& state = model_.results;
    if (!state.pack || !state.quiz) return;
    const auto p = pack(state.pack->id);
    const Quiz* quiz = p ? p->quiz(state.quiz->id) : nullptr;
    if (!quiz) {
        state = {};
        contentGone(Screen::Results);
        return;
    }
    state.pack = p;
    state.quiz = quiz;
}

void AppController::findScenarioAgain()
{
    ScenarioState& state = model_.scenario;
    if (!state.pack || !state.scenario) return;
    const auto p = pack(state.pack->id);
    const Scenario* scenario = p ? p->scenario(state.scenario->id) : nullptr;
    if (!scenario) {
        state = {};
        contentGone(Screen::Scenario);
        return;
    }
    state.pack = p;
    state.scenario = scenario;
}

void AppController::findInboxAgain()
{
    InboxState& state = model_.inbox;
    if (!state.pack || !state.inbox) return;
    const auto p = pack(state.pack->id);
    const Inbox* inbox = p ? p->inbox(state.inbox->id) : nullptr;
    if (!inbox) {
        state = {};
        contentGone(Screen::Inbox);
        return;
    }
    state.pack = p;
    state.inbox = inbox;
    if (!inbox->message(state.selected)) state.selected.clear();
    if (state.consequence && !inbox->message(state.consequence->messageId)) state.consequence.reset();
}

void AppController::findReviewsAgain()
{
    ReviewsState& state = model_.reviews;
    if (!state.library) return;
    // Each review found again by its pack, quiz and question ids; those gone drop out of the queue.
    std::vector<DueReview> queue;
    int index = state.index;
    bool currentKept = false;
    for (std::size_t i = 0; i < state.queue.size(); ++i) {
        const DueReview& old = state.queue[i];
        const Pack* p = env_.library->find(old.pack->id);
        const Quiz* quiz = p ? p->quiz(old.quiz->id) : nullptr;
        const Question* question = quiz ? p->question(old.question->id) : nullptr;
        if (!question) {
            if (static_cast<int>(i) < state.index) --index;
            continue;
        }
        if (static_cast<int>(i) == state.index) currentKept = true;
        queue.push_back({p, quiz, question, old.item});
    }
    state.queue = std::move(queue);
    state.library = env_.library;
    state.index = index;
    if (!currentKept) showReview(index);   // the one shown is gone: the next one, or "all done"
}

} // namespace mamori::app
