#include "mamori/records/milestones.hpp"

#include <cmath>

namespace mamori::records {

std::map<std::string, std::string> milestonesOf(const scoring::LearnerProgress& progress)
{
    using namespace mamori::scoring;
    std::map<std::string, std::string> found;
    for (const auto& [packId, pack] : progress.packs) {
        for (const AttemptRecord& a : pack.attempts) {
            if (!a.isFinished()) continue;
            found[packId + "/attempt/" + a.quizId + "/" + std::to_string(a.number)] =
                packId + ": quiz " + a.quizId + ", attempt " + std::to_string(a.number) + " " +
                (a.end == AttemptEnd::TimedOut ? "timed out" : "submitted") + " (" + std::to_string(std::lround(a.percent)) +
                "%, " + (a.passed ? "passed" : "failed") + ")";
        }
        for (const ScenarioRunRecord& r : pack.runs) {
            if (!r.isFinished()) continue;
            found[packId + "/run/" + r.scenarioId + "/" + std::to_string(r.number)] =
                packId + ": scenario " + r.scenarioId + ", run " + std::to_string(r.number) + " ended at " + r.endingId + " (" +
                r.outcome + ", " + (r.passed ? "passed" : "failed") + ")";
        }
        // A failed run is a milestone too: it is where a copy put back would lose a learner's try.
        for (const InboxRunRecord& r : pack.inboxRuns) {
            if (!r.isFinished()) continue;
            found[packId + "/inbox/" + r.inboxId + "/" + std::to_string(r.number)] =
                packId + ": inbox " + r.inboxId + ", run " + std::to_string(r.number) + " finished (" +
                std::to_string(std::lround(r.percent)) + "%, " + (r.passed ? "passed" : "failed") + ")";
        }
        for (const Completion& c : pack.completions) {
            const std::string kind(completionKindName(c.kind));
            found[packId + "/completed/" + kind + "/" + c.id] = packId + ": completed " + kind + " " + c.id;
        }
    }
    return found;
}

} // namespace mamori::records
