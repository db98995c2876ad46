#include "mamori/records/trust_flags.hpp"

#include "mamori/records/assignment_status.hpp"

namespace mamori::records {
namespace {

using namespace mamori::scoring;
using Kind = TrustFlag::Kind;

std::optional<TrustFlag> implausible(const std::string& packId, const AttemptRecord& attempt)
{
    const auto& steps = attempt.steps;
    for (std::size_t i = 0; i + kImplausibleAnswers <= steps.size(); ++i) {
        const auto span = steps[i + kImplausibleAnswers - 1].at - steps[i].at;
        if (span < std::chrono::seconds(kImplausibleSeconds)) {
            return TrustFlag{Kind::Implausible,
                             packId + ": quiz " + attempt.quizId + ", attempt " + std::to_string(attempt.number) + ": " +
                                 std::to_string(kImplausibleAnswers) + " answers in " + std::to_string(span.count()) + " s",
                             steps[i].at, false};
        }
    }
    return std::nullopt;
}

std::optional<TrustFlag> unknownPack(const PackProgress& pack, const lessons::PackLibrary& packs, Timestamp noticedAt)
{
    const lessons::Pack* known = packs.find(pack.packId);
    if (!known) return TrustFlag{Kind::UnknownPackVersion, "records of pack '" + pack.packId + "', which this Mamori does not have",
                                 noticedAt, false};
    if (compareVersions(pack.lastVersion, known->version) > 0) {
        return TrustFlag{Kind::UnknownPackVersion,
                         "records of " + pack.packId + " version " + pack.lastVersion + ", newer than the " + known->version +
                             " this Mamori has",
                         noticedAt, false};
    }
    return std::nullopt;
}

} // namespace

std::string_view trustFlagName(Kind kind)
{
    switch (kind) {
    case Kind::NotVerified: return "not-verified";
    case Kind::WrongLearner: return "wrong-learner";
    case Kind::RolledBack: return "rolled-back";
    case Kind::Forked: return "forked";
    case Kind::Restored: return "restored";
    case Kind::SetAside: return "set-aside";
    case Kind::Implausible: return "implausible";
    case Kind::UnknownPackVersion: return "unknown-pack-version";
    case Kind::Disappeared: return "disappeared";
    }
    return "?";
}

std::vector<TrustFlag> fileFlags(const ProgressCheck& check, const lessons::PackLibrary* packs, Timestamp noticedAt)
{
    std::vector<TrustFlag> flags;
    if (check.status == ProgressCheck::Status::WrongLearner) {
        flags.push_back({Kind::WrongLearner, check.problem, noticedAt, false});
    } else if (!check.valid()) {
        flags.push_back({Kind::NotVerified, std::string(checkStatusName(check.status)) + ": " + check.problem, noticedAt, false});
    }
    for (const HistoryEvent& event : check.history.events) {
        if (event.kind == HistoryEvent::Kind::Restored) flags.push_back({Kind::Restored, event.detail, event.at, false});
        if (event.kind == HistoryEvent::Kind::SetAside) flags.push_back({Kind::SetAside, event.detail, event.at, false});
    }
    if (!check.progress) return flags;
    for (const auto& [id, pack] : check.progress->packs) {
        for (const AttemptRecord& attempt : pack.attempts) {
            if (auto flag = implausible(id, attempt)) flags.push_back(std::move(*flag));
        }
        if (packs) {
            if (auto flag = unknownPack(pack, *packs, noticedAt)) flags.push_back(std::move(*flag));
        }
    }
    return flags;
}

std::optional<TrustFlag> lineageFlag(const SaveHistory& seen, const SaveHistory& now, Timestamp noticedAt)
{
    const LineageVerdict verdict = compareLineage(seen, now);
    if (verdict.lineage == Lineage::Behind) return TrustFlag{Kind::RolledBack, verdict.explanation, noticedAt, true};
    if (verdict.lineage == Lineage::Forked) return TrustFlag{Kind::Forked, verdict.explanation, noticedAt, true};
    return std::nullopt;
}

} // namespace mamori::records
