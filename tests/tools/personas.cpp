#include "personas.hpp"

namespace mamori::test {

using namespace std::chrono;

Persona personaFor(LearnerState state, const Person& person, const Training& training,
                   scoring::DeterministicRandom& random)
{
    Persona persona;
    persona.displayName = person.name;
    persona.skill = 0.80 + 0.17 * static_cast<double>(random.below(1000)) / 1000.0;
    if (state == LearnerState::Fast) {
        // Clicking through: ten answers in 10 to 20 seconds, pages in a few.
        persona.skill = 0.97;
        persona.quickestAnswer = 1s;
        persona.slowestAnswer = 2s;
        persona.quickestPage = 2s;
        persona.slowestPage = 8s;
    }

    if (training.tour && chance(0.35, random)) persona.order.push_back(training.tour);
    std::vector<const lessons::Pack*> packs = training.assigned;
    if (chance(0.3, random)) random.shuffle(packs); // most follow the catalogue's order
    persona.order.insert(persona.order.end(), packs.begin(), packs.end());

    if (state == LearnerState::Stale) {
        persona.firstDay = addWorkingDays(kLastCampaignStart - days{1}, 1 + static_cast<int>(random.below(15)));
        persona.lastDay = kLastCampaignEnd;
    } else if (person.recentHire) {
        persona.firstDay =
            addWorkingDays(std::max(person.hired, kCampaignStart), 1 + static_cast<int>(random.below(5)));
        persona.lastDay = kToday - days{1};
    } else {
        persona.firstDay = addWorkingDays(kCampaignStart - days{3}, 1 + static_cast<int>(random.below(20)));
        persona.lastDay = kToday - days{1};
    }

    if (state == LearnerState::InProgress) {
        // Fewer steps than any learner needs for all four packs (about 140 at the least).
        persona.stopAfterSteps = 5 + static_cast<int>(random.below(100));
    } else if (state == LearnerState::Failing) {
        persona.stuckOn = packs[static_cast<std::size_t>(random.below(packs.size()))];
        persona.failuresBeforeGivingUp = 1 + static_cast<int>(random.below(3));
    }
    return persona;
}

Persona forAnotherDay(Persona persona)
{
    persona.stopAfterSteps = -1;
    if (persona.stuckOn) ++persona.failuresBeforeGivingUp;
    return persona;
}

} // namespace mamori::test
