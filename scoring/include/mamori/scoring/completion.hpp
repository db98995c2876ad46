#pragma once
/// \file
/// What a learner has completed, derived from their records: a lesson is complete when its
/// pages were viewed and its quizzes, scenarios and inbox exercises passed; a pack when all its
/// lessons and pack-level activities are.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <vector>

namespace mamori::scoring {

/// The status the catalog shows.
enum class ActivityStatus { NotStarted, InProgress, Passed, Failed };

std::string_view activityStatusName(ActivityStatus status);

ActivityStatus quizStatus(const lessons::Quiz& quiz, const PackProgress& progress);
ActivityStatus scenarioStatus(const lessons::Scenario& scenario, const PackProgress& progress);
ActivityStatus inboxStatus(const lessons::Inbox& inbox, const PackProgress& progress);

struct LessonSummary {
    int pagesViewed = 0;
    int pagesTotal = 0;
    ActivityStatus status = ActivityStatus::NotStarted;
    bool complete = false;
};

LessonSummary lessonSummary(const lessons::Lesson& lesson, const PackProgress& progress);

struct PackSummary {
    int activitiesComplete = 0;   ///< lessons, pack-level quizzes and scenarios complete
    int activitiesTotal = 0;
    ActivityStatus status = ActivityStatus::NotStarted;
    bool complete = false;
};

PackSummary packSummary(const lessons::Pack& pack, const PackProgress& progress);

/// Adds a Completion record for every lesson, quiz, scenario and pack that is complete now
/// but was not recorded yet; returns the new records (for "lesson complete!" messages).
std::vector<Completion> recordCompletions(const lessons::Pack& pack, PackProgress& progress, Timestamp now);

} // namespace mamori::scoring
