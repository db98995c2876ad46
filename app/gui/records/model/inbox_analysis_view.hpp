#pragma once
// Item analysis of a pack's inbox exercises for trainers: each message with its statistics
// (records/inbox_statistics.hpp), its subject and the exercise it is in, in the pack's order.
// No learner is named. Built on the records worker; the items screen only draws it.

#include "mamori/lessons/pack_library.hpp"
#include "mamori/lessons/text.hpp"
#include "mamori/records/inbox_statistics.hpp"

#include <map>
#include <string>
#include <vector>

namespace mamori::app {

struct InboxMessageRow {
    std::string inboxId;
    lessons::LocalizedText inboxTitle; ///< the exercise's id when the pack no longer has it
    lessons::LocalizedText subject;    ///< the message's id when the pack no longer has it
    records::MessageStatistics statistics;
};

/// The rows of `statistics` (inbox id → its messages, as OrgIndex::inboxMessages gives them),
/// worded from `pack` (may be null): exercises in the pack's order, then any it no longer has.
std::vector<InboxMessageRow>
buildInboxMessageRows(const std::map<std::string, std::vector<records::MessageStatistics>>& statistics,
                      const lessons::Pack* pack);

} // namespace mamori::app
