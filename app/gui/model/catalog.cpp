#include "catalog.hpp"

#include "mamori/scoring/inbox_run.hpp"
#include "mamori/scoring/quiz_attempt.hpp"

#include <algorithm>

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

namespace {

CatalogItem quizItem(const Quiz& quiz, const PackProgress& progress, bool insideLesson)
{
    CatalogItem item;
    item.kind = CatalogItem::Kind::Quiz;
    item.id = quiz.id;
    item.title = &quiz.title;
    item.insideLesson = insideLesson;
    item.status = quizStatus(quiz, progress);
    const QuizStanding standing = quizStanding(quiz, progress.attemptsFor(quiz.id));
    item.bestPercent = standing.bestPercent;
    item.progress = standing.bestPercent ? static_cast<float>(*standing.bestPercent / 100.0) : 0.0f;
    item.attemptsLeft = standing.attemptsLeft;
    item.canStart = standing.canStart || standing.inProgress;
    item.unfinished = standing.inProgress != nullptr;
    item.questions = quiz.questionsPerAttempt();
    item.passMark = quiz.passMark;
    if (quiz.timeLimit) item.minutes = static_cast<int>(quiz.timeLimit->count() / 60);
    return item;
}

CatalogItem scenarioItem(const Scenario& scenario, const PackProgress& progress, bool insideLesson)
{
    CatalogItem item;
    item.kind = CatalogItem::Kind::Scenario;
    item.id = scenario.id;
    item.title = &scenario.title;
    item.insideLesson = insideLesson;
    item.status = scenarioStatus(scenario, progress);
    for (const ScenarioRunRecord* run : progress.runsFor(scenario.id)) {
        if (run->isFinished()) item.bestScore = std::max(item.bestScore.value_or(run->score), run->score);
        else item.unfinished = true;
    }
    item.progress = item.status == ActivityStatus::Passed ? 1.0f : item.unfinished ? 0.5f : 0.0f;
    return item;
}

CatalogItem inboxItem(const Inbox& inbox, const PackProgress& progress, bool insideLesson)
{
    CatalogItem item;
    item.kind = CatalogItem::Kind::Inbox;
    item.id = inbox.id;
    item.title = &inbox.title;
    item.insideLesson = insideLesson;
    item.status = inboxStatus(inbox, progress);
    for (const InboxRunRecord* run : progress.inboxRunsFor(inbox.id)) {
        if (run->isFinished()) item.bestPercent = std::max(item.bestPercent.value_or(run->percent), run->percent);
        else item.unfinished = true;
    }
    item.progress = item.bestPercent ? static_cast<float>(*item.bestPercent / 100.0) : item.unfinished ? 0.5f : 0.0f;
    item.questions = static_cast<int>(inbox.messages.size());
    item.passMark = inbox.passMark;
    return item;
}

} // namespace

CatalogView buildCatalog(const PackLibrary& library, const LearnerProgress& learner)
{
    static const PackProgress kNothing;
    CatalogView view;
    for (const auto& packPointer : library.packs) {
        const Pack& pack = *packPointer;
        const PackProgress* found = learner.findPack(pack.id);
        const PackProgress& progress = found ? *found : kNothing;
        PackCard card{packPointer, packSummary(pack, progress), {}};
        for (const Lesson& lesson : pack.lessons) {
            CatalogItem item;
            item.kind = CatalogItem::Kind::Lesson;
            item.id = lesson.id;
            item.title = &lesson.title;
            const LessonSummary summary = lessonSummary(lesson, progress);
            item.status = summary.status;
            item.done = summary.pagesViewed;
            item.total = summary.pagesTotal;
            item.progress = summary.pagesTotal ? static_cast<float>(summary.pagesViewed) / static_cast<float>(summary.pagesTotal) : 0;
            item.minutes = lesson.minutes;
            card.items.push_back(item);
            for (const Quiz& q : lesson.quizzes) card.items.push_back(quizItem(q, progress, true));
            for (const Scenario& s : lesson.scenarios) card.items.push_back(scenarioItem(s, progress, true));
            for (const Inbox& i : lesson.inboxes) card.items.push_back(inboxItem(i, progress, true));
        }
        for (const Scenario& s : pack.scenarios) card.items.push_back(scenarioItem(s, progress, false));
        for (const Inbox& i : pack.inboxes) card.items.push_back(inboxItem(i, progress, false));
        for (const Quiz& q : pack.quizzes) card.items.push_back(quizItem(q, progress, false));
        view.packs.push_back(std::move(card));
    }
    // Continue with the activity touched last, among those not yet complete.
    Timestamp latest{};
    for (const auto& [packId, progress] : learner.packs) {
        const std::shared_ptr<const Pack> pack = library.findShared(packId);
        if (!pack || !progress.resume) continue;
        Timestamp at{};
        for (const PageView& v : progress.pageViews) at = std::max(at, v.at);
        for (const AttemptRecord& a : progress.attempts) at = std::max({at, a.started, a.steps.empty() ? a.started : a.steps.back().at});
        for (const ScenarioRunRecord& r : progress.runs) at = std::max({at, r.started, r.path.empty() ? r.started : r.path.back().at});
        for (const InboxRunRecord& r : progress.inboxRuns) at = std::max({at, r.started, r.steps.empty() ? r.started : r.steps.back().at});
        const std::string& id = progress.resume->activityId;
        ResumeTarget target{pack, CatalogItem::Kind::Lesson, id, nullptr};
        if (const Lesson* l = pack->lesson(id)) target.title = &l->title;
        else if (const Quiz* q = pack->quiz(id)) target = {pack, CatalogItem::Kind::Quiz, id, &q->title};
        else if (const Scenario* s = pack->scenario(id)) target = {pack, CatalogItem::Kind::Scenario, id, &s->title};
        else if (const Inbox* i = pack->inbox(id)) target = {pack, CatalogItem::Kind::Inbox, id, &i->title};
        if (target.title && (!view.resume || at > latest)) {
            view.resume = target;
            latest = at;
        }
    }
    return view;
}

} // namespace mamori::app
