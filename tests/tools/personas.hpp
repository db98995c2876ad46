#pragma once
// How a learner in each state goes about their training: how well they answer, how fast,
// in which order, when they start, and whether they stop part way or get stuck.

#include "learner_states.hpp"
#include "org_people.hpp"
#include "trainee.hpp"

#include "mamori/scoring/random.hpp"

namespace mamori::test {

Persona personaFor(LearnerState state, const Person& person, const Training& training,
                   scoring::DeterministicRandom& random);

/// The same learner coming back for one more day: no planned stop, and one more try at a
/// quiz they were stuck on.
Persona forAnotherDay(Persona persona);

} // namespace mamori::test
