#pragma once
// A person's inbox exercise runs as HR reads them: per message, what they decided, the clues
// they marked, what they opened, and how long it took; graded by scoring's inbox rules over
// the pack when the library has it, else shown from the actions alone.

#include "mamori/lessons/model.hpp"
#include "mamori/lessons/text.hpp"
#include "mamori/records/indexed_records.hpp"
#include "mamori/records/time_zone.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct PersonInboxMessage {
    std::string messageId;
    lessons::LocalizedText subject;          ///< the message's id when the pack no longer has it
    std::string verdict;                     ///< "malicious", "legitimate"; empty when the pack no longer has it
    std::string decision;                    ///< "report", "delete", "mark-safe"; empty while undecided
    std::vector<std::string> marked;         ///< parts marked as clues (`sender`, `link:l-pay`), at the end of the run
    std::vector<std::string> cluesMissed;    ///< the message's clues not marked (with the pack)
    std::vector<std::string> openings;       ///< `link:ID`, `attachment:ID`, `reply`, in the order first done
    bool compromised = false;                ///< a malicious message opened or replied to (with the pack)
    bool falseAlarm = false;                 ///< a legitimate message reported (with the pack)
    std::optional<double> points, maxPoints; ///< scoring::gradeMessage's (with the pack)
    std::int64_t seconds = 0;                ///< from its first action to its decision (or its last action)
    std::string decidedAt;                   ///< local date and time; empty while undecided
};

struct PersonInboxRun {
    std::string packId;
    std::string inboxId;
    lessons::LocalizedText inboxTitle; ///< the exercise's id when the pack no longer has it
    std::string packVersion;
    int number = 1;
    std::string started, finished;                  ///< local date and time; finished empty while running
    std::optional<double> score, maxScore, percent; ///< as stored when the run finished
    std::optional<bool> passed;
    std::vector<PersonInboxMessage> messages; ///< those the run touched: in the exercise's order, else as first touched
};

PersonInboxRun personInboxRun(const std::string& packId, const records::IndexedInboxRun& run, const lessons::Pack* pack,
                              const records::TimeZone& zone);

} // namespace mamori::app
