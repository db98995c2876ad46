// A certificate from the learner's own records, for the app: the learner saves theirs as soon as
// the pack is complete, with the same code HR's index gives for the same completion.

#include "mamori/records/certificate.hpp"

namespace mamori::records {

std::optional<CertificateFacts> certificateFactsFromProgress(const scoring::LearnerProgress& progress, std::string_view packId)
{
    const scoring::PackProgress* pack = progress.findPack(std::string(packId));
    if (!pack) return std::nullopt;
    const scoring::Completion* latest = nullptr;
    for (const scoring::Completion& c : pack->completions) {
        if (c.kind == scoring::Completion::Kind::Pack && (!latest || c.at >= latest->at)) latest = &c;
    }
    if (!latest) return std::nullopt;
    CertificateFacts facts;
    facts.learnerId = progress.learnerId;
    facts.name = progress.displayName.empty() ? progress.learnerId : progress.displayName;
    facts.packId = std::string(packId);
    facts.packVersion = latest->packVersion;
    facts.completedAt = latest->at;
    for (const scoring::AttemptRecord& a : pack->attempts) {
        if (a.isFinished() && (!facts.scorePercent || a.percent > *facts.scorePercent)) facts.scorePercent = a.percent;
    }
    return facts;
}

} // namespace mamori::records
