#pragma once
// One person's whole record for HR's person detail screen: where they stand on each
// assignment, every attempt with every answer (what they answered, the right answer, points,
// time taken), scenario paths, inbox exercise runs message by message, completions with their pack versions, their review deck, and
// whether their file can be believed (its integrity status and trust flags). Built once, on the
// records worker, from the index and the packs; the screen only draws it.

#include "person_inbox.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/lessons/text.hpp"
#include "mamori/records/indexed_records.hpp"
#include "mamori/records/org_index.hpp"
#include "mamori/records/time_zone.hpp"
#include "mamori/records/trust_flags.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

/// One answer step as HR reads it.
struct PersonAnswerLine {
    int step = 0;
    std::string questionId;
    lessons::LocalizedText prompt;          ///< the question's prompt; empty when the pack no longer has it
    lessons::LocalizedText response;        ///< what they answered, as the learner saw it (choice texts…), one
                                            ///< line per part, lines joined by '\n'; the raw ids when the pack
                                            ///< no longer has the question
    lessons::LocalizedText rightAnswer;     ///< the right answer as the pack has it now; empty when unknown
    /// For a true/false question the learner saw the app's own words, not the pack's: the
    /// UiStrings key of the reply ("quiz.true", "quiz.false") and of the right answer, for the
    /// screen to show in its language; `response` and `rightAnswer` are then empty.
    std::string responseKey, rightAnswerKey;
    double fraction = 0.0;                  ///< 1 fully right, 0 wrong
    double points = 0.0;
    double maxPoints = 0.0;
    std::int64_t seconds = 0;               ///< time taken
    std::string at;                         ///< local date and time, in the organisation's zone
};

struct PersonAttempt {
    std::string packId;
    std::string quizId;
    lessons::LocalizedText quizTitle;       ///< the quiz's id when the pack no longer has it
    std::string packVersion;
    int number = 1;
    std::string started;                    ///< local date and time
    std::string finished;                   ///< empty while unfinished
    std::string ending;                     ///< "submitted", "timed-out" or empty
    std::optional<double> percent;
    std::optional<bool> passed;
    std::vector<PersonAnswerLine> answers;
};

struct PersonRunStep {
    std::string nodeId;
    std::string optionId;
    lessons::LocalizedText optionText;      ///< the option as the pack has it now; empty when unknown
};

struct PersonRun {
    std::string packId;
    std::string scenarioId;
    lessons::LocalizedText scenarioTitle;   ///< the scenario's id when the pack no longer has it
    std::string packVersion;
    int number = 1;
    std::string started, finished;
    std::string endingId;
    std::string outcome;                    ///< good, acceptable, bad, abandoned; empty while running
    std::optional<std::int64_t> score;
    std::optional<bool> passed;
    std::vector<PersonRunStep> path;
};

struct PersonCompletion {
    std::string packId;
    std::string kind;                       ///< "lesson", "quiz", "scenario", "pack", "inbox"
    std::string itemId;
    lessons::LocalizedText itemTitle;       ///< the item's id when the pack no longer has it
    std::string packVersion;
    std::string at;                         ///< local date and time
};

/// A question in the person's review deck (wrong or unsure answers, to practise again). The
/// index holds the quiz attempts but not the deck's own review answers, so the deck is rebuilt
/// from the attempts by review_deck's rule (every question a finished attempt asked and did not
/// get fully right), by when it was last missed: it may still list a question the learner has
/// since graduated by reviewing it. Questions the pack no longer has are left out, as the
/// learner's app leaves them out.
struct PersonReviewCard {
    std::string packId;
    std::string questionId;
    lessons::LocalizedText prompt;
    std::string missedAt;                   ///< local date and time of the attempt that last missed it
};

struct PersonDetail {
    std::string personId;
    std::string name;                       ///< the roster's, else the file's display name, else empty
    std::string department;
    std::string manager;
    bool left = false;
    std::string fileStatus;                 ///< "valid", "none", or why it is not counted ("tampered"…)
    bool verified = false;                  ///< fileStatus == "valid": only then are records shown as counting
    std::optional<std::string> writtenBy;   ///< the app that wrote the verified file; nullopt: it does not say, or not verified
    std::vector<records::StatusRow> assignments;   ///< the person's rows of the people table
    std::vector<records::TrustFlag> flags;        ///< by time
    std::vector<std::string> flagTimes;           ///< flags[i].at as a local date and time
    std::vector<PersonAttempt> attempts;    ///< by pack, quiz, number
    std::vector<PersonRun> runs;            ///< by pack, scenario, number
    std::vector<PersonInboxRun> inboxRuns;  ///< by pack, inbox exercise, number
    std::vector<PersonCompletion> completions;   ///< by time
    std::vector<PersonReviewCard> reviewDeck;
};

/// The detail of the person whose rows of the people table are `rows` (all of the same
/// person, possibly none when they are not on the roster), from `learner` (the index's
/// records, nullopt when their file does not verify or there is none), their `flags`, and
/// the packs for the texts. Times are shown in `zone`.
PersonDetail buildPersonDetail(const std::string& personId, const std::vector<records::StatusRow>& rows,
                               const std::optional<records::IndexedLearner>& learner, std::string fileStatus,
                               std::vector<records::TrustFlag> flags, const lessons::PackLibrary& library,
                               const records::TimeZone& zone);

} // namespace mamori::app
