#pragma once
/// \file
/// Working through an inbox exercise: the run is the list of actions; what each message's state
/// is, and what it scores, is derived from the actions and the exercise.
///
/// Scoring, per message:
///  - malicious: reporting it earns kReportPoints; each of its links or attachments opened, and
///    replying to it, costs kCompromisePoints (once per link or attachment). Deleting or marking
///    it safe earns nothing.
///  - legitimate: deleting it or marking it safe earns kHandledPoints; reporting it is a false
///    alarm and costs kFalseAlarmPoints. Its links and attachments are safe to open.
///  - a bonus: each clue of a malicious message marked earns kCluePoints, less one for each part
///    of it marked that is not a clue (never below 0).
/// The run's score is the sum, never below 0, out of what the decisions can earn (the bonus
/// comes on top, so a learner who decides every message rightly passes without marking clues);
/// its percent is capped at 100, and it passes at the exercise's pass mark.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/result.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mamori::scoring {

inline constexpr double kReportPoints = 2.0;
inline constexpr double kCluePoints = 1.0;
inline constexpr double kCompromisePoints = 2.0;
inline constexpr double kHandledPoints = 1.0;
inline constexpr double kFalseAlarmPoints = 1.0;

/// What the learner did with one message so far.
struct MessageState {
    bool opened = false;
    std::set<std::string> linksOpened;
    std::set<std::string> attachmentsOpened;
    bool replied = false;
    std::set<lessons::MailPart> marked;
    std::optional<InboxAction> decision;   ///< report, delete or mark-safe, once decided

    bool decided() const { return decision.has_value(); }
};

/// How one message was handled, for the debrief and the score.
struct MessageGrade {
    double score = 0.0;      ///< the decision's points and the clue bonus
    double maxScore = 0.0;   ///< what the right decision earns, without the bonus
    double clueBonus = 0.0;
    bool reported = false;
    bool falseAlarm = false;     ///< a legitimate message reported
    bool compromised = false;    ///< a malicious message's link or attachment opened, or replied to
    std::vector<lessons::MailPart> cluesFound;
    std::vector<lessons::MailPart> cluesMissed;
    std::vector<lessons::MailPart> wrongMarks;   ///< parts marked that are not clues
};

/// What the right decision about a message earns (the clue bonus comes on top).
double messageMaxScore(const lessons::MailMessage& message);

MessageGrade gradeMessage(const lessons::MailMessage& message, const MessageState& state);

/// Where a run stands: each message's state by id (messages the run never touched are absent).
struct InboxPosition {
    std::map<std::string, MessageState> messages;
    int decided = 0;

    /// The state of `messageId`: empty when the learner has not touched it.
    MessageState state(const std::string& messageId) const;
};

/// Replays the run's actions. Actions on messages the pack no longer has are skipped.
InboxPosition inboxPosition(const lessons::Inbox& inbox, const InboxRunRecord& run);

/// The run's score now, over every message (undecided ones earn what their marks and openings
/// say so far): for a finished run, what was stored.
struct InboxScore {
    double score = 0.0;
    double maxScore = 0.0;
    double percent = 0.0;
};
InboxScore scoreInbox(const lessons::Inbox& inbox, const InboxPosition& position);

InboxRunRecord startInboxRun(const lessons::Inbox& inbox, int number, Timestamp now, const std::string& packVersion);

/// What an action did, for the learner to see.
struct InboxOutcome {
    bool recorded = true;      ///< false for opening a message already opened (nothing to keep)
    bool compromised = false;  ///< this action opened or replied to a malicious message: show its consequence
    bool decided = false;      ///< this action decided the message: show its debrief
    bool finished = false;     ///< every message is decided now: the run is scored
    MessageGrade grade;        ///< the message's grade after this action
};

/// Applies `action` to message `messageId`. `target` is the link or attachment id for
/// open-link and open-attachment, and the part (`link:l-pay`, `sender`) for mark and unmark.
/// Refused for an unknown message or part, an action on a decided message (other than
/// opening it again), and on a finished run. Deciding the last message finishes the run.
Result<InboxOutcome> actOnMessage(InboxRunRecord& run, const lessons::Inbox& inbox, const std::string& messageId,
                                  InboxAction action, const std::string& target, Timestamp now);

/// An inbox exercise counts as passed when any finished run passed.
bool inboxPassed(const std::vector<const InboxRunRecord*>& runs);

} // namespace mamori::scoring
