// The learner session's inbox exercises: starting a run and acting on its messages, each
// action saved before it is acknowledged, like every other record.

#include "mamori/scoring/learner_session.hpp"

namespace mamori::scoring {

using namespace mamori::lessons;

namespace {

InboxRunRecord* findOpenInboxRun(PackProgress& records, const std::string& inboxId)
{
    for (InboxRunRecord& run : records.inboxRuns) {
        if (run.inboxId == inboxId && !run.isFinished()) return &run;
    }
    return nullptr;
}

Refusal unknownInbox(const Pack& pack, const std::string& inboxId)
{
    return refuse(RefusalCode::UnknownInbox, "pack '" + pack.id + "' has no inbox exercise '" + inboxId + "'");
}

} // namespace

Result<const InboxRunRecord*> LearnerSession::startInbox(const Pack& pack, const std::string& inboxId)
{
    const Inbox* inbox = pack.inbox(inboxId);
    if (!inbox) return unknownInbox(pack, inboxId);
    const InboxRunRecord* result = nullptr;
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        records.resume = ResumePoint{inboxId, ""};
        if (InboxRunRecord* open = findOpenInboxRun(records, inboxId)) {
            result = open;
            return Done{};
        }
        const int number = static_cast<int>(records.inboxRunsFor(inboxId).size()) + 1;
        records.inboxRuns.push_back(startInboxRun(*inbox, number, clock_.now(), pack.version));
        result = &records.inboxRuns.back();
        return Done{};
    });
    if (!done) return done.refusal();
    return result;
}

Result<InboxOutcome> LearnerSession::actOnMessage(const Pack& pack, const std::string& inboxId, const std::string& messageId,
                                                  InboxAction action, const std::string& target)
{
    const Inbox* inbox = pack.inbox(inboxId);
    if (!inbox) return unknownInbox(pack, inboxId);
    const InboxRunRecord* open = openInboxRun(pack.id, inboxId);
    if (!open) return refuse(RefusalCode::NoOpenRun, "inbox exercise '" + inboxId + "' is not being worked through");
    if (action == InboxAction::Open) {
        // Opening a message again is only looking: nothing to record, nothing to save.
        InboxRunRecord copy = *open;
        auto looked = scoring::actOnMessage(copy, *inbox, messageId, action, target, clock_.now());
        if (!looked || !looked.value().recorded) return looked;
    }
    InboxOutcome outcome;
    auto done = apply(pack, [&](PackProgress& records) -> Result<Done> {
        InboxRunRecord* run = findOpenInboxRun(records, inboxId);
        if (!run) return refuse(RefusalCode::NoOpenRun, "inbox exercise '" + inboxId + "' is not being worked through");
        auto acted = scoring::actOnMessage(*run, *inbox, messageId, action, target, clock_.now());
        if (!acted) return acted.refusal();
        outcome = acted.value();
        return Done{};
    });
    if (!done) return done.refusal();
    return outcome;
}

const InboxRunRecord* LearnerSession::openInboxRun(const std::string& packId, const std::string& inboxId) const
{
    const PackProgress* records = progress_.findPack(packId);
    if (!records) return nullptr;
    for (const InboxRunRecord* run : records->inboxRunsFor(inboxId)) {
        if (!run->isFinished()) return run;
    }
    return nullptr;
}

const InboxRunRecord* LearnerSession::lastFinishedInboxRun(const std::string& packId, const std::string& inboxId) const
{
    const PackProgress* records = progress_.findPack(packId);
    if (!records) return nullptr;
    const InboxRunRecord* last = nullptr;
    for (const InboxRunRecord* run : records->inboxRunsFor(inboxId)) {
        if (run->isFinished()) last = run;
    }
    return last;
}

} // namespace mamori::scoring
