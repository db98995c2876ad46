#include "recorded_saves.hpp"

#include "mamori/records/milestones.hpp"
#include "mamori/records/progress_file.hpp"

#include <cstdio>

namespace mamori::test {
namespace {

using namespace mamori::scoring;

/// Finished attempts and runs and completions only ever grow, so their number changes
/// exactly when a save reaches a milestone; counting is far cheaper than describing.
std::size_t countMilestones(const LearnerProgress& progress)
{
    std::size_t count = 0;
    for (const auto& [id, pack] : progress.packs) {
        for (const AttemptRecord& a : pack.attempts) count += a.isFinished() ? 1 : 0;
        for (const ScenarioRunRecord& r : pack.runs) count += r.isFinished() ? 1 : 0;
        count += pack.completions.size();
    }
    return count;
}

class RecordingSaver final : public ProgressSaver {
public:
    RecordingSaver(SaveRecorder& recorder, const Clock& clock) : recorder_(recorder), clock_(clock) {}
    Result<Done> save(const LearnerProgress& progress) override
    {
        recorder_.recordSave(progress, clock_.now());
        return Done{};
    }

private:
    SaveRecorder& recorder_;
    const Clock& clock_;
};

} // namespace

SaveRecorder::SaveRecorder(records::SaveHistory history, const LearnerProgress& progress, std::uint64_t seed)
    : history_(std::move(history)), milestones_(records::milestonesOf(progress)), milestoneCount_(countMilestones(progress)),
      digests_(seed)
{
    // nextSave only ever appends checkpoints, never reads them: kept aside, they are not
    // copied at every save.
    checkpoints_ = std::move(history_.checkpoints);
    history_.checkpoints.clear();
}

std::unique_ptr<ProgressSaver> SaveRecorder::saver(const Clock& clock)
{
    return std::make_unique<RecordingSaver>(*this, clock);
}

void SaveRecorder::recordSave(const LearnerProgress& progress, Timestamp at)
{
    if (last_) {
        char digest[65];
        std::snprintf(
            digest, sizeof digest, "%016llx%016llx%016llx%016llx", static_cast<unsigned long long>(digests_.next()),
            static_cast<unsigned long long>(digests_.next()), static_cast<unsigned long long>(digests_.next()),
            static_cast<unsigned long long>(digests_.next()));
        history_ = records::nextSave(history_, digest, last_->at, last_->reached);
        for (records::Checkpoint& c : history_.checkpoints) checkpoints_.push_back(std::move(c));
        history_.checkpoints.clear();
    }
    Save save{at, {}};
    if (const std::size_t count = countMilestones(progress); count != milestoneCount_) {
        std::map<std::string, std::string> now = records::milestonesOf(progress);
        for (const auto& [key, description] : now) {
            if (!milestones_.count(key)) save.reached.push_back(description);
        }
        milestones_ = std::move(now);
        milestoneCount_ = count;
    }
    last_ = std::move(save);
    ++saves_;
}

std::optional<std::string> SaveRecorder::lastSaveContent(const LearnerProgress& progress) const
{
    if (!last_) return std::nullopt;
    return records::serializeSave(progress, [&](std::string_view digest) {
        records::SaveHistory last = records::nextSave(history_, digest, last_->at, last_->reached);
        last.checkpoints.insert(last.checkpoints.begin(), checkpoints_.begin(), checkpoints_.end());
        return last;
    });
}

} // namespace mamori::test
