#pragma once
/// \file
/// A learner's records: what they did, as data. Attempts and scenario runs are append-only
/// logs of raw responses and choices; scores are stored as graded at the time (with the pack
/// version used), so that a later change to a pack never rewrites history.

#include "mamori/scoring/attempt_plan.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/response.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mamori::scoring {

/// One answer given during an attempt. A question answered twice (deferred feedback lets a
/// learner change their mind) has two steps; the later one counts.
struct AnswerStep {
    std::string questionId;
    Response response;
    std::optional<Certainty> certainty;
    Timestamp at;
    std::int64_t secondsTaken = 0;   ///< since the previous step, or the start
    double fraction = 0.0;  ///< 0..1, as graded when answered
    double score = 0.0;     ///< points earned, as graded when answered (certainty marks included)
    double maxScore = 0.0;  ///< points available

    bool operator==(const AnswerStep&) const = default;
};

/// A grade carried into a "missed questions only" retry from the attempt before it.
struct CarriedGrade {
    std::string questionId;
    double score = 0.0;
    double maxScore = 0.0;

    bool operator==(const CarriedGrade&) const = default;
};

enum class AttemptEnd { Submitted, TimedOut };

struct AttemptRecord {
    std::string quizId;
    int number = 1;                      ///< 1-based, per quiz
    std::string packVersion;
    std::uint64_t seed = 0;
    std::vector<PlannedQuestion> questions;
    std::vector<CarriedGrade> carried;
    Timestamp started;
    std::optional<Timestamp> finished;
    AttemptEnd end = AttemptEnd::Submitted;
    std::vector<AnswerStep> steps;
    int position = 0;                    ///< the question shown last, for resuming
    // Stored when the attempt finishes:
    double score = 0.0;
    double maxScore = 0.0;
    double percent = 0.0;
    bool passed = false;

    bool isFinished() const { return finished.has_value(); }
    /// The latest answer to `questionId`, or nullptr.
    const AnswerStep* latestAnswer(const std::string& questionId) const;

    bool operator==(const AttemptRecord&) const = default;
};

struct ScenarioStep {
    std::string nodeId;
    std::string optionId;
    Timestamp at;

    bool operator==(const ScenarioStep&) const = default;
};

struct ScenarioRunRecord {
    std::string scenarioId;
    int number = 1;
    std::string packVersion;
    Timestamp started;
    std::optional<Timestamp> finished;
    std::vector<ScenarioStep> path;
    // Stored when the run ends:
    std::string endingId;
    std::string outcome;   ///< good, acceptable or bad; or abandoned (see kAbandoned)
    int score = 0;
    bool passed = false;

    /// The outcome of a run left because the pack changed under it: it ended at no ending, and
    /// stays in the record as it was.
    static constexpr const char* kAbandoned = "abandoned";

    bool isFinished() const { return finished.has_value(); }
    bool isAbandoned() const { return finished.has_value() && outcome == kAbandoned; }

    bool operator==(const ScenarioRunRecord&) const = default;
};

/// What a learner can do with a message of an inbox exercise. Report, delete and mark-safe
/// decide the message (close it); the others may come before.
enum class InboxAction { Open, OpenLink, OpenAttachment, Reply, MarkClue, UnmarkClue, Report, Delete, MarkSafe };

/// The action's stable name (`open-link`, `report`…), in progress files, scripts and records.
std::string_view inboxActionName(InboxAction action);
/// The action named `name`, or nullopt.
std::optional<InboxAction> inboxActionFromName(std::string_view name);
/// Report, delete and mark-safe: the learner's decision about the message.
bool decidesMessage(InboxAction action);
/// Whether the action names a part of the message (a link, an attachment, a part to mark).
bool inboxActionHasTarget(InboxAction action);

/// One action in an inbox run.
struct InboxStep {
    std::string messageId;
    InboxAction action = InboxAction::Open;
    std::string target;   ///< a link or attachment id, or a part (`link:l-pay`) for the clue marks
    Timestamp at;

    bool operator==(const InboxStep&) const = default;
};

/// A run through an inbox exercise: every action in order, and once every message is decided,
/// the score as it was graded then.
struct InboxRunRecord {
    std::string inboxId;
    int number = 1;
    std::string packVersion;
    Timestamp started;
    std::optional<Timestamp> finished;
    std::vector<InboxStep> steps;
    // Stored when the run finishes:
    double score = 0.0;
    double maxScore = 0.0;
    double percent = 0.0;
    bool passed = false;

    bool isFinished() const { return finished.has_value(); }

    bool operator==(const InboxRunRecord&) const = default;
};

struct PageView {
    std::string lessonId;
    std::string pageId;
    Timestamp at;

    bool operator==(const PageView&) const = default;
};

/// A milestone recorded when first reached: a lesson, quiz, scenario, inbox or pack completed.
struct Completion {
    enum class Kind { Lesson, Quiz, Scenario, Pack, Inbox };
    Kind kind = Kind::Lesson;
    std::string id;
    Timestamp at;
    std::string packVersion;

    bool operator==(const Completion&) const = default;
};

std::string_view completionKindName(Completion::Kind kind);

/// A question in the learner's review deck (spaced repetition): it comes back on a schedule
/// until it is answered right at every stage (see review_deck.hpp).
struct ReviewItem {
    std::string questionId;
    int stage = 1;      ///< 1..kReviewStages
    Timestamp due;      ///< when it may be reviewed next
    Timestamp added;    ///< when it entered the deck
    int reviews = 0;    ///< review answers given
    int lapses = 0;     ///< review answers that were not fully right and sent it back to stage 1

    bool operator==(const ReviewItem&) const = default;
};

/// Where the learner was, to continue there.
struct ResumePoint {
    std::string activityId;   ///< a lesson, quiz, scenario or inbox id
    std::string pageId;       ///< for lessons

    bool operator==(const ResumePoint&) const = default;
};

struct PackProgress {
    std::string packId;
    std::string lastVersion;   ///< the pack version last used
    std::vector<PageView> pageViews;
    std::vector<AttemptRecord> attempts;
    std::vector<ScenarioRunRecord> runs;
    std::vector<InboxRunRecord> inboxRuns;
    std::vector<Completion> completions;
    std::optional<ResumePoint> resume;
    std::vector<ReviewItem> reviews;   ///< the review deck, in the order items entered it

    bool hasViewed(const std::string& lessonId, const std::string& pageId) const;
    std::vector<const AttemptRecord*> attemptsFor(const std::string& quizId) const;
    std::vector<const ScenarioRunRecord*> runsFor(const std::string& scenarioId) const;
    std::vector<const InboxRunRecord*> inboxRunsFor(const std::string& inboxId) const;
    const Completion* completion(Completion::Kind kind, const std::string& id) const;
    /// The review deck's item for `questionId`, or nullptr.
    const ReviewItem* review(const std::string& questionId) const;

    bool operator==(const PackProgress&) const = default;
};

struct LearnerProgress {
    std::string learnerId;
    std::string displayName;
    Timestamp created;
    std::map<std::string, PackProgress> packs;

    /// The progress for `packId`, created empty on first use.
    PackProgress& pack(const std::string& packId);
    const PackProgress* findPack(const std::string& packId) const;

    bool operator==(const LearnerProgress&) const = default;
};

} // namespace mamori::scoring
