#include "org_generator.hpp"

#include "advance_pick.hpp"
#include "learner_journey.hpp"
#include "org_people.hpp"
#include "progress_output.hpp"
#include "roster_csv.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/progress_check.hpp"
#include "mamori/records/progress_store.hpp"
#include "mamori/records/signing.hpp"
#include "mamori/records/storage.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <functional>
#include <stdexcept>
#include <thread>
#include <vector>

namespace mamori::test {
namespace {

namespace fs = std::filesystem;

/// What every thread reads and none writes.
struct Organisation {
    explicit Organisation(const OrgOptions& options)
        : options(options), library(lessons::loadPackLibrary(options.packsDir)), training(trainingFrom(library)),
          states(options.shares, options.learners, options.seed), otherKey(otherOrganisationsKey(options.seed)),
          progressDir(options.dataDir / "progress")
    {
        if (options.learners < 0) throw std::invalid_argument("the number of learners cannot be negative");
        fs::create_directories(progressDir);
    }

    const OrgOptions& options;
    lessons::PackLibrary library;
    Training training;
    StateAssignment states;
    records::OrganisationKey otherKey;
    fs::path progressDir;

    fs::path fileOf(int index) const { return progressDir / records::ProgressNames::of(learnerIdAt(index)).file; }
    fs::path backupOf(int index) const { return progressDir / records::ProgressNames::of(learnerIdAt(index)).backup; }
};

/// Runs `work` for every learner, on `threads` threads with a range of learners each, each
/// adding to its own summary; rethrows the first error.
OrgSummary forEveryLearner(int learners, int threads, const std::function<void(int, OrgSummary&)>& work)
{
    threads = std::clamp(threads, 1, std::max(1, learners));
    std::vector<OrgSummary> partial(static_cast<std::size_t>(threads));
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(threads));
    std::atomic<bool> failed{false};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        const int begin = static_cast<int>(static_cast<long long>(learners) * t / threads);
        const int end = static_cast<int>(static_cast<long long>(learners) * (t + 1) / threads);
        pool.emplace_back([&, t, begin, end] {
            try {
                for (int i = begin; i < end && !failed; ++i) work(i, partial[static_cast<std::size_t>(t)]);
            } catch (...) {
                errors[static_cast<std::size_t>(t)] = std::current_exception();
                failed = true;
            }
        });
    }
    for (std::thread& thread : pool) thread.join();
    for (const std::exception_ptr& error : errors) {
        if (error) std::rethrow_exception(error);
    }
    OrgSummary total;
    for (const OrgSummary& s : partial) {
        for (std::size_t i = 0; i < total.learners.size(); ++i) total.learners[i] += s.learners[i];
        total.filesWritten += s.filesWritten;
        total.bytesWritten += s.bytesWritten;
        total.skipped += s.skipped;
        total.ranOutOfDays += s.ranOutOfDays;
    }
    return total;
}

/// The learner whose file a swapped one is a copy of: the next one who simply completed.
int swapPartner(const StateAssignment& states, int index, int learners)
{
    for (int k = 1; k < learners; ++k) {
        const int other = (index + k) % learners;
        if (states.of(other) == LearnerState::Complete) return other;
    }
    throw std::runtime_error(learnerIdAt(index) + " is to hold a colleague's file, but no learner completed normally");
}

bool meantToFinish(LearnerState state)
{
    return state != LearnerState::InProgress && state != LearnerState::Failing && state != LearnerState::NotStarted;
}

void generateLearner(const Organisation& org, int index, OrgSummary& summary)
{
    const LearnerState state = org.states.of(index);
    ++summary.learners[static_cast<std::size_t>(state)];
    // Whatever an earlier run left under this name goes: the seed alone decides what is there.
    fs::remove(org.backupOf(index));
    if (state == LearnerState::NotStarted) {
        fs::remove(org.fileOf(index));
        return;
    }
    const int source = state == LearnerState::Swapped ? swapPartner(org.states, index, org.options.learners) : index;
    TrainedLearner trained = trainLearner(org.training, org.options.seed, source, org.states.of(source));
    if (!trained.content) throw std::runtime_error(learnerIdAt(index) + ": the training saved nothing");
    if (meantToFinish(state) && !trained.done) ++summary.ranOutOfDays;

    std::string bytes = records::signContent(std::move(*trained.content),
                                             state == LearnerState::OtherKey ? org.otherKey : org.options.key);
    if (state == LearnerState::Tampered) editOneByte(bytes);
    if (state == LearnerState::Restored) {
        writeWhole(org.fileOf(index), bytes);
        scoring::FakeClock clock(trained.lastAction);
        summary.bytesWritten += restoreAfterDeletion(org.progressDir, learnerIdAt(index), org.options.key, clock);
        summary.filesWritten += 2; // the file and its backup
        return;
    }
    summary.bytesWritten += writeWhole(org.fileOf(index), bytes);
    ++summary.filesWritten;
}

void advanceLearner(const Organisation& org, const AdvancePick& pick, int round, int index, OrgSummary& summary)
{
    if (!pick.picked(index)) return;
    const LearnerState state = org.states.of(index);

    const fs::path file = org.fileOf(index);
    LoadedRecords loaded;
    if (fs::exists(file)) {
        records::PosixStorage storage;
        records::ProgressCheck check = records::checkProgressFile(file, org.options.key, storage);
        if (!check.valid()) {
            ++summary.skipped;
            return;
        }
        loaded.progress = std::move(check.progress);
        loaded.history = std::move(check.history);
    }
    TrainedLearner trained = trainAnotherDay(org.training, org.options.seed, index, state, std::move(loaded),
                                             addWorkingDays(kToday - std::chrono::days{1}, round), round);
    if (!trained.content) throw std::runtime_error(learnerIdAt(index) + ": the day's training saved nothing");
    // As the store does: the file it replaces becomes the backup, where there is one.
    if (fs::exists(org.backupOf(index))) fs::copy_file(file, org.backupOf(index), fs::copy_options::overwrite_existing);
    summary.bytesWritten += writeWhole(file, records::signContent(std::move(*trained.content), org.options.key));
    ++summary.filesWritten;
    ++summary.learners[static_cast<std::size_t>(state)];
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

OrgSummary generateOrganisation(const OrgOptions& options)
{
    const auto start = std::chrono::steady_clock::now();
    const Organisation org(options);
    OrgSummary summary = forEveryLearner(options.learners, options.threads,
                                         [&](int index, OrgSummary& s) { generateLearner(org, index, s); });
    if (!options.rosterFile.empty())
        summary.rosterBytes = writeRoster(options.rosterFile, options.seed, options.learners, org.states);
    summary.seconds = secondsSince(start);
    return summary;
}

OrgSummary advanceOrganisation(const OrgOptions& options, double percent, int round)
{
    if (round < 1) throw std::invalid_argument("rounds count from 1");
    if (!(percent >= 0.0 && percent <= 100.0)) throw std::invalid_argument("the percentage must be between 0 and 100");
    const auto start = std::chrono::steady_clock::now();
    const Organisation org(options);
    const AdvancePick pick(org.states, options.learners, options.seed, round,
                           static_cast<int>(std::llround(percent / 100.0 * options.learners)));
    OrgSummary summary = forEveryLearner(options.learners, options.threads,
                                         [&](int index, OrgSummary& s) { advanceLearner(org, pick, round, index, s); });
    summary.seconds = secondsSince(start);
    return summary;
}

} // namespace mamori::test
