#include "mamori/scoring/completion.hpp"

#include "mamori/scoring/inbox_run.hpp"
#include "mamori/scoring/quiz_attempt.hpp"
#include "mamori/scoring/scenario_run.hpp"

namespace mamori::scoring {

using namespace mamori::lessons;

std::string_view activityStatusName(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::NotStarted: return "not started";
    case ActivityStatus::InProgress: return "in progress";
    case ActivityStatus::Passed: return "passed";
    case ActivityStatus::Failed: return "failed";
    }
    return "?";
}

ActivityStatus quizStatus(const Quiz& quiz, const PackProgress& progress)
{
    const auto attempts = progress.attemptsFor(quiz.id);
    if (attempts.empty()) return ActivityStatus::NotStarted;
    const QuizStanding standing = quizStanding(quiz, attempts);
    if (standing.passed) return ActivityStatus::Passed;
    if (standing.inProgress || !standing.countedPercent) return ActivityStatus::InProgress;
    return ActivityStatus::Failed;
}

ActivityStatus scenarioStatus(const Scenario& scenario, const PackProgress& progress)
{
    const auto runs = progress.runsFor(scenario.id);
    if (runs.empty()) return ActivityStatus::NotStarted;
    if (scenarioPassed(runs)) return ActivityStatus::Passed;
    for (const ScenarioRunRecord* run : runs) {
        if (!run->isFinished()) return ActivityStatus::InProgress;
    }
    return ActivityStatus::Failed;
}

ActivityStatus inboxStatus(const Inbox& inbox, const PackProgress& progress)
{
    const auto runs = progress.inboxRunsFor(inbox.id);
    if (runs.empty()) return ActivityStatus::NotStarted;
    if (inboxPassed(runs)) return ActivityStatus::Passed;
    for (const InboxRunRecord* run : runs) {
        if (!run->isFinished()) return ActivityStatus::InProgress;
    }
    return ActivityStatus::Failed;
}

namespace {

/// Combines the statuses of an activity's parts: passed when all passed, failed when one
/// failed, not started when none started, else in progress.
ActivityStatus combine(const std::vector<ActivityStatus>& parts)
{
    bool allPassed = true, anyStarted = false;
    for (ActivityStatus s : parts) {
        if (s == ActivityStatus::Failed) return ActivityStatus::Failed;
        allPassed = allPassed && s == ActivityStatus::Passed;
        anyStarted = anyStarted || s != ActivityStatus::NotStarted;
    }
    if (allPassed && !parts.empty()) return ActivityStatus::Passed;
    return anyStarted ? ActivityStatus::InProgress : ActivityStatus::NotStarted;
}

} // namespace

LessonSummary lessonSummary(const Lesson& lesson, const PackProgress& progress)
{
    LessonSummary summary;
    summary.pagesTotal = static_cast<int>(lesson.pages.size());
    for (const Page& page : lesson.pages) summary.pagesViewed += progress.hasViewed(lesson.id, page.id) ? 1 : 0;
    std::vector<ActivityStatus> parts;
    parts.push_back(summary.pagesViewed == summary.pagesTotal ? ActivityStatus::Passed
                    : summary.pagesViewed > 0                ? ActivityStatus::InProgress
                                                             : ActivityStatus::NotStarted);
    for (const Quiz& quiz : lesson.quizzes) parts.push_back(quizStatus(quiz, progress));
    for (const Scenario& scenario : lesson.scenarios) parts.push_back(scenarioStatus(scenario, progress));
    for (const Inbox& inbox : lesson.inboxes) parts.push_back(inboxStatus(inbox, progress));
    summary.status = combine(parts);
    summary.complete = summary.status == ActivityStatus::Passed;
    return summary;
}

PackSummary packSummary(const Pack& pack, const PackProgress& progress)
{
    PackSummary summary;
    std::vector<ActivityStatus> parts;
    for (const Lesson& lesson : pack.lessons) parts.push_back(lessonSummary(lesson, progress).status);
    for (const Quiz& quiz : pack.quizzes) parts.push_back(quizStatus(quiz, progress));
    for (const Scenario& scenario : pack.scenarios) parts.push_back(scenarioStatus(scenario, progress));
    for (const Inbox& inbox : pack.inboxes) parts.push_back(inboxStatus(inbox, progress));
    summary.activitiesTotal = static_cast<int>(parts.size());
    for (ActivityStatus s : parts) summary.activitiesComplete += s == ActivityStatus::Passed ? 1 : 0;
    summary.status = combine(parts);
    summary.complete = summary.status == ActivityStatus::Passed;
    return summary;
}

std::vector<Completion> recordCompletions(const Pack& pack, PackProgress& progress, Timestamp now)
{
    std::vector<Completion> added;
    auto record = [&](Completion::Kind kind, const std::string& id, bool complete) {
        if (!complete || progress.completion(kind, id)) return;
        progress.completions.push_back({kind, id, now, pack.version});
        added.push_back(progress.completions.back());
    };
    auto checks = [&](const std::vector<Quiz>& quizzes, const std::vector<Scenario>& scenarios, const std::vector<Inbox>& inboxes) {
        for (const Quiz& q : quizzes) record(Completion::Kind::Quiz, q.id, quizStatus(q, progress) == ActivityStatus::Passed);
        for (const Scenario& s : scenarios) {
            record(Completion::Kind::Scenario, s.id, scenarioStatus(s, progress) == ActivityStatus::Passed);
        }
        for (const Inbox& i : inboxes) record(Completion::Kind::Inbox, i.id, inboxStatus(i, progress) == ActivityStatus::Passed);
    };
    for (const Lesson& lesson : pack.lessons) {
        checks(lesson.quizzes, lesson.scenarios, lesson.inboxes);
        record(Completion::Kind::Lesson, lesson.id, lessonSummary(lesson, progress).complete);
    }
    checks(pack.quizzes, pack.scenarios, pack.inboxes);
    record(Completion::Kind::Pack, pack.id, packSummary(pack, progress).complete);
    return added;
}

} // namespace mamori::scoring
