// Certificates from HR's index: the facts of a verified completion, and the completion a code
// belongs to. Only files that verify reach forEachLearner, so a tampered record never
// yields a certificate nor matches a code.

#include "mamori/records/certificate.hpp"

#include <algorithm>

namespace mamori::records {
namespace {

/// The pack's latest completion in `pack`, as a certificate states it; nullopt when none.
std::optional<CertificateFacts> factsOf(const IndexedLearner& learner, const IndexedPack& pack)
{
    const IndexedCompletion* latest = nullptr;
    for (const IndexedCompletion& c : pack.completions) {
        if (c.kind == scoring::Completion::Kind::Pack && (!latest || c.at >= latest->at)) latest = &c;
    }
    if (!latest) return std::nullopt;
    CertificateFacts facts;
    facts.learnerId = learner.learnerId;
    facts.name = learner.displayName && !learner.displayName->empty() ? *learner.displayName : learner.learnerId;
    facts.packId = pack.packId;
    facts.packVersion = latest->packVersion;
    facts.completedAt = latest->at;
    for (const IndexedAttempt& a : pack.attempts) {
        if (a.percent && (!facts.scorePercent || *a.percent > *facts.scorePercent)) facts.scorePercent = a.percent;
    }
    return facts;
}

/// The roster's name where the person is on it: the name HR knows them by.
void useRosterName(OrgIndex& index, CertificateFacts& facts)
{
    auto name = index.personName(facts.learnerId);
    if (name && name.value()) facts.name = *name.value();
}

} // namespace

scoring::Result<std::optional<CertificateFacts>> certificateFactsFor(OrgIndex& index, std::string_view learnerId, std::string_view packId)
{
    auto learner = index.learner(std::string(learnerId), std::string(packId));
    if (!learner) return learner.refusal();
    std::optional<CertificateFacts> found;
    if (learner.value()) {
        for (const IndexedPack& pack : learner.value()->packs) {
            if (pack.packId == packId) found = factsOf(*learner.value(), pack);
        }
    }
    if (found) useRosterName(index, *found);
    return found;
}

scoring::Result<std::optional<CertificateFacts>> findCertificate(OrgIndex& index, const OrganisationKey& key, std::string_view code)
{
    const std::optional<std::string> wanted = normalizeCertificateCode(code);
    if (!wanted) return std::optional<CertificateFacts>{};
    // The completions alone, to find the one with this code; then that learner's records.
    std::optional<IndexedCompletionOf> match;
    auto searched = index.forEachCompletion([&](const IndexedCompletionOf& c) -> scoring::Result<scoring::Done> {
        if (c.completion.kind == scoring::Completion::Kind::Pack &&
            certificateCode(key, c.learnerId, c.packId, c.completion.packVersion, c.completion.at) == *wanted) {
            match = c;
        }
        return scoring::Done{};
    });
    if (!searched) return searched.refusal();
    if (!match) return std::optional<CertificateFacts>{};
    auto facts = certificateFactsFor(index, match->learnerId, match->packId);
    if (!facts || !facts.value()) return facts;
    facts.value()->packVersion = match->completion.packVersion;   // the completion the code names, if not the latest
    facts.value()->completedAt = match->completion.at;
    return facts;
}

} // namespace mamori::records
