// Lessons: opening, paging, narration.

#include "controller.hpp"

namespace mamori::app {

using namespace mamori::lessons;

void AppController::openLesson(const std::string& packId, const std::string& lessonId, Effects& effects)
{
    const auto p = pack(packId);
    const Lesson* lesson = p ? p->lesson(lessonId) : nullptr;
    if (!lesson || !model_.session) return;
    effects.stopNarration();
    // Continue on the page where the learner left this lesson.
    int page = 0;
    if (const scoring::PackProgress* progress = model_.session->progress().findPack(packId)) {
        if (progress->resume && progress->resume->activityId == lessonId) {
            for (std::size_t i = 0; i < lesson->pages.size(); ++i) {
                if (lesson->pages[i].id == progress->resume->pageId) page = static_cast<int>(i);
            }
        }
    }
    model_.lesson = {p, lesson, page};
    model_.screen = Screen::Lesson;
    goToPage(page, effects);
}

void AppController::goToPage(int index, Effects& effects)
{
    LessonState& state = model_.lesson;
    if (!state.lesson || !model_.session) return;
    const int count = static_cast<int>(state.lesson->pages.size());
    if (index >= count) {
        // Past the last page: the lesson is read; back to the catalog.
        effects.stopNarration();
        model_.screen = Screen::Catalog;
        return;
    }
    index = std::max(0, index);
    if (index != state.page) effects.stopNarration();
    state.page = index;
    auto viewed = model_.session->viewPage(*state.pack, state.lesson->id, state.lesson->pages[static_cast<std::size_t>(index)].id);
    if (!viewed) refused(viewed.refusal());
    announceCompletions(effects);
}

void AppController::narration(action::NarrationCommand command, Effects& effects)
{
    const LessonState& state = model_.lesson;
    if (!state.lesson || model_.screen != Screen::Lesson) return;
    const Page& page = state.lesson->pages[static_cast<std::size_t>(state.page)];
    switch (command) {
    case action::NarrationCommand::Play:
        if (const Narration* n = page.narrationFor(model_.language())) effects.playNarration = n->file;
        break;
    case action::NarrationCommand::Pause: effects.narration = Effects::NarrationChange::Pause; break;
    case action::NarrationCommand::Resume: effects.narration = Effects::NarrationChange::Resume; break;
    case action::NarrationCommand::Stop: effects.stopNarration(); break;
    }
}

} // namespace mamori::app
