#pragma once
/// \file
/// One learner's records as HR's index holds them (OrgIndex::forEachLearner): what each
/// export and the person-detail screen read. Plain values; times are UTC.

#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mamori::records {

/// One answer step of an attempt (a question answered twice has two steps; the later counts).
struct IndexedAnswer {
    int step = 0; ///< 0, 1, 2… in the attempt
    std::string questionId;
    std::vector<std::string> choices; ///< choice ids, "true"/"false", or ordering steps in order
    std::vector<std::string> matches; ///< LEFT=RIGHT pairs
    std::string typed;                ///< a short-text answer
    std::optional<int> certainty;     ///< as scoring::Certainty's value, when the quiz asks it
    scoring::Timestamp at;
    std::int64_t seconds = 0; ///< taken since the previous step, or the start
    double fraction = 0.0;    ///< 0..1 as graded: 1 is fully right
    double score = 0.0;       ///< points earned (certainty marks included)
    double maxScore = 0.0;
};

struct IndexedAttempt {
    std::string quizId;
    std::string packVersion;
    int number = 1;                     ///< 1-based, per quiz
    std::vector<std::string> questions; ///< the question ids asked, in order
    scoring::Timestamp started;
    std::optional<scoring::Timestamp> finished;
    std::optional<std::string> ending;              ///< "submitted" or "timed-out", once finished
    std::optional<double> score, maxScore, percent; ///< once finished; percent 0..100
    std::optional<bool> passed;                     ///< once finished
    std::vector<IndexedAnswer> answers;             ///< in step order
};

struct IndexedRun {
    std::string scenarioId;
    std::string packVersion;
    int number = 1;
    scoring::Timestamp started;
    std::optional<scoring::Timestamp> finished;
    std::optional<std::string> endingId;
    std::optional<std::string> outcome; ///< good, acceptable, bad or abandoned, once finished
    std::optional<std::int64_t> score;
    std::optional<bool> passed;
    std::vector<std::string> path; ///< NODE>OPTION steps, in order

    bool isAbandoned() const { return outcome == scoring::ScenarioRunRecord::kAbandoned; }
};

/// One action of an inbox run (scoring::InboxStep as the index keeps it).
struct IndexedInboxAction {
    std::string messageId;
    scoring::InboxAction action = scoring::InboxAction::Open;
    std::string target; ///< a link or attachment id, or a part (`link:l-pay`) for clue marks; else empty
    scoring::Timestamp at;

    bool operator==(const IndexedInboxAction&) const = default;
};

/// A run through an inbox exercise: its actions, and its score once every message was decided.
struct IndexedInboxRun {
    std::string inboxId;
    std::string packVersion;
    int number = 1;
    scoring::Timestamp started;
    std::optional<scoring::Timestamp> finished;
    std::optional<double> score, maxScore, percent; ///< once finished; percent 0..100
    std::optional<bool> passed;                     ///< once finished
    std::vector<IndexedInboxAction> actions;        ///< in order

    /// The run as the learner's records hold it, to replay with scoring's inbox rules.
    scoring::InboxRunRecord record() const;
};

struct IndexedCompletion {
    scoring::Completion::Kind kind = scoring::Completion::Kind::Lesson;
    std::string itemId; ///< the lesson, quiz, scenario or inbox; the pack's id for a pack
    scoring::Timestamp at;
    std::string packVersion;
};

/// A completion with whose it is and of which pack (OrgIndex::forEachCompletion).
struct IndexedCompletionOf {
    std::string learnerId;
    std::string packId;
    IndexedCompletion completion;
};

struct IndexedPack {
    std::string packId;
    std::string lastVersion; ///< empty when the index has no summary row for the pack
    std::int64_t pagesViewed = 0;
    std::optional<scoring::Timestamp> firstActivity, lastActivity;
    std::vector<IndexedAttempt> attempts;       ///< by quiz, then number
    std::vector<IndexedRun> runs;               ///< by scenario, then number
    std::vector<IndexedInboxRun> inboxRuns;     ///< by inbox exercise, then number
    std::vector<IndexedCompletion> completions; ///< by time
};

struct IndexedLearner {
    std::string learnerId;
    std::optional<std::string> displayName;
    std::vector<IndexedPack> packs; ///< by pack id
    std::optional<std::string> writtenBy; ///< the app that wrote the file's last save; nullopt: the file does not say

    const IndexedPack* findPack(const std::string& packId) const
    {
        for (const IndexedPack& pack : packs) {
            if (pack.packId == packId) return &pack;
        }
        return nullptr;
    }
};

} // namespace mamori::records
