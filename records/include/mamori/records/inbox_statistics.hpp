#pragma once
/// \file
/// Item analysis of an inbox exercise, per message, for trainers: of the runs that decided a
/// message, how many reported it, deleted it or marked it safe, opened its links or
/// attachments, raised a false alarm, and found each of its clues. Pure: the caller picks the
/// runs (by default each learner's first run, for one pack version). No learner is named.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/inbox_run.hpp"
#include "mamori/scoring/learner_progress.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mamori::records {

struct MessageStatistics {
    std::string messageId;
    std::optional<lessons::Verdict> verdict; ///< from the pack; nullopt when it was not available
    int runs = 0;                            ///< runs that decided the message
    double reported = 0.0;                   ///< share of those runs that reported it, 0..1
    double deleted = 0.0;
    double markedSafe = 0.0;
    double opened = 0.0;                 ///< share that opened a link or an attachment of it, or replied
    std::optional<double> compromised;   ///< a malicious message: share that opened or replied to it
    std::optional<double> falseAlarms;   ///< a legitimate message: share that reported it
    std::optional<double> facility;      ///< mean of scoring::gradeMessage's score / max, 0..1 (needs the pack)
    std::optional<double> wrong;         ///< share that got it wrong: a malicious message not reported or
                                         ///< opened, a legitimate one reported (needs the pack)
    std::map<std::string, double> clues; ///< part (`link:l-pay`) → share that marked it: each of the
                                         ///< message's clues with the pack, else every part anyone marked
    bool mostlyWrong = false;            ///< wrong > kMostlyWrong: flagged, as a question too hard is
};

inline constexpr double kMostlyWrong = 0.5;

/// Each message's state after `run`'s actions, by message id, without the exercise (for a pack
/// that is not at hand): scoring::inboxPosition's replay, with nothing checked against a pack.
std::map<std::string, scoring::MessageState> replayInboxRun(const scoring::InboxRunRecord& run);

/// Statistics of every message some run decided: with `inbox`, graded by scoring's inbox rules
/// and in the inbox's order (actions on messages it no longer has are left out); without it,
/// from the actions alone, by message id.
std::vector<MessageStatistics> analyseInboxMessages(const std::vector<scoring::InboxRunRecord>& runs,
                                                    const lessons::Inbox* inbox);

} // namespace mamori::records
