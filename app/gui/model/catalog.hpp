#pragma once
// What the catalog shows, derived from the packs and the learner's records.

#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/completion.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct CatalogItem {
    enum class Kind { Lesson, Quiz, Scenario, Inbox };
    Kind kind = Kind::Lesson;
    std::string id;
    const lessons::LocalizedText* title = nullptr;
    bool insideLesson = false;                 ///< a lesson's own check, shown under it
    scoring::ActivityStatus status = scoring::ActivityStatus::NotStarted;
    float progress = 0;                        ///< 0..1: pages viewed, or best score
    int done = 0, total = 0;                   ///< pages viewed of pages, for lessons
    std::optional<double> bestPercent;         ///< quizzes and inbox exercises
    std::optional<int> bestScore;              ///< scenarios
    std::optional<int> attemptsLeft;           ///< quizzes with a limit
    bool canStart = true;
    bool unfinished = false;                   ///< an attempt or run to continue
    std::optional<int> minutes;
    int questions = 0;                         ///< per attempt; an inbox's messages
    int passMark = 0;
};

struct PackCard {
    std::shared_ptr<const lessons::Pack> pack;   ///< shared: the titles below point into it
    scoring::PackSummary summary;
    std::vector<CatalogItem> items;
};

/// Where "continue where you left off" leads.
struct ResumeTarget {
    std::shared_ptr<const lessons::Pack> pack;   ///< shared: `title` points into it
    CatalogItem::Kind kind = CatalogItem::Kind::Lesson;
    std::string id;
    const lessons::LocalizedText* title = nullptr;
};

struct CatalogView {
    std::vector<PackCard> packs;
    std::optional<ResumeTarget> resume;
};

CatalogView buildCatalog(const lessons::PackLibrary& library, const scoring::LearnerProgress& progress);

} // namespace mamori::app
