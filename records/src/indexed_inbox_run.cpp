#include "mamori/records/indexed_records.hpp"

namespace mamori::records {

scoring::InboxRunRecord IndexedInboxRun::record() const
{
    scoring::InboxRunRecord run;
    run.inboxId = inboxId;
    run.number = number;
    run.packVersion = packVersion;
    run.started = started;
    run.finished = finished;
    for (const IndexedInboxAction& a : actions) run.steps.push_back({a.messageId, a.action, a.target, a.at});
    run.score = score.value_or(0.0);
    run.maxScore = maxScore.value_or(0.0);
    run.percent = percent.value_or(0.0);
    run.passed = passed.value_or(false);
    return run;
}

} // namespace mamori::records
