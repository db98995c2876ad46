#include "learner_journey.hpp"

#include "org_people.hpp"
#include "personas.hpp"
#include "recorded_saves.hpp"

#include "mamori/scoring/learner_session.hpp"

#include <algorithm>

namespace mamori::test {
namespace {

using namespace mamori::scoring;

// The purposes of a learner's random streams (see streamSeed); 1 is their roster entry.
constexpr std::uint64_t kJourney = 2;
constexpr std::uint64_t kDigests = 3;
constexpr std::uint64_t kAnotherDay = 1'000'000;        // + the round
constexpr std::uint64_t kAnotherDayDigests = 2'000'000; // + the round

/// The latest time `progress` records (a review's due date aside, which is ahead by design).
Timestamp latestRecorded(const LearnerProgress& progress)
{
    Timestamp latest = progress.created;
    auto see = [&latest](Timestamp t) { latest = std::max(latest, t); };
    for (const auto& [id, pack] : progress.packs) {
        for (const PageView& v : pack.pageViews) see(v.at);
        for (const AttemptRecord& a : pack.attempts) {
            see(a.started);
            if (a.finished) see(*a.finished);
            for (const AnswerStep& step : a.steps) see(step.at);
        }
        for (const ScenarioRunRecord& r : pack.runs) {
            see(r.started);
            if (r.finished) see(*r.finished);
            for (const ScenarioStep& step : r.path) see(step.at);
        }
        for (const Completion& c : pack.completions) see(c.at);
    }
    return latest;
}

} // namespace

TrainedLearner trainLearner(const Training& training, std::uint64_t seed, int index, LearnerState state)
{
    DeterministicRandom random(streamSeed(seed, index, kJourney));
    const Persona persona = personaFor(state, personAt(seed, index, state), training, random);
    FakeClock clock(officeHours(persona.firstDay, random));
    LearnerProgress fresh;
    fresh.learnerId = learnerIdAt(index);
    fresh.created = clock.now();
    SaveRecorder recorder({}, fresh, streamSeed(seed, index, kDigests));
    LearnerSession session(recorder.saver(clock), std::move(fresh), clock);
    Trainee trainee(training, persona, session, clock, random);
    trainee.trainUntilDone();
    return {recorder.lastSaveContent(session.progress()), clock.now(), trainee.done()};
}

TrainedLearner trainAnotherDay(const Training& training, std::uint64_t seed, int index, LearnerState state,
                               LoadedRecords loaded, Day day, int round)
{
    // The same persona as on their first days, with the day's own randomness.
    DeterministicRandom personaRandom(streamSeed(seed, index, kJourney));
    const Persona persona = forAnotherDay(personaFor(state, personAt(seed, index, state), training, personaRandom));
    DeterministicRandom random(streamSeed(seed, index, kAnotherDay + static_cast<std::uint64_t>(round)));
    FakeClock clock(officeHours(day, random));
    LearnerProgress progress;
    if (loaded.progress) {
        // A round run again (or out of order) must not make time go back in the records.
        const Timestamp latest =
            std::max(latestRecorded(*loaded.progress),
                     loaded.history.checkpoints.empty() ? Timestamp{} : loaded.history.checkpoints.back().at);
        if (clock.now() <= latest) clock.set(latest + std::chrono::minutes{30});
        progress = std::move(*loaded.progress);
    } else {
        progress.learnerId = learnerIdAt(index);
        progress.created = clock.now();
    }
    SaveRecorder recorder(std::move(loaded.history), progress,
                          streamSeed(seed, index, kAnotherDayDigests + static_cast<std::uint64_t>(round)));
    LearnerSession session(recorder.saver(clock), std::move(progress), clock);
    Trainee trainee(training, persona, session, clock, random);
    trainee.trainOneSitting();
    return {recorder.lastSaveContent(session.progress()), clock.now(), trainee.done()};
}

} // namespace mamori::test
