#pragma once
// The people of a generated organisation, as HR's roster knows them: made from the seed and
// their index alone, so that the roster and the progress files agree without being kept
// in memory together.

#include "learner_states.hpp"
#include "org_calendar.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace mamori::test {

/// One assigned training, as the roster writes it: `PACK:DUE[:VALIDITY]`.
struct Assignment {
    std::string packId;
    std::string due;      ///< `2026-06-30`, or `hire+30d`
    std::string validity; ///< `1y`, or empty: a completion counts for good
};

struct Person {
    std::string id;         ///< E000001
    std::string name;       ///< family and given name, e.g. 佐藤 花子
    std::string department; ///< department and section, e.g. 営業部 第一営業課
    std::string manager;    ///< the id of their manager; empty for the head of the company
    Day hired;
    bool recentHire = false; ///< joined this spring or later: their trainings are due so long after hiring
    std::vector<Assignment> assignments;
};

/// `E000001` for index 0 (more digits past 999,999 learners).
std::string learnerIdAt(int index);

/// The person at `index`. Teams of eight, each under its first member; the first member of a
/// department's first team heads it and answers to E000001, the head of the company. A stale
/// learner (who trained last year) was hired before last year's campaign.
Person personAt(std::uint64_t seed, int index, LearnerState state);

} // namespace mamori::test
