#pragma once
// Between what the learner arranges on screen (a draft) and what the engine grades (a
// response).

#include "app_model.hpp"

#include "mamori/scoring/attempt_plan.hpp"

namespace mamori::app {

/// A fresh draft for a question as planned in an attempt (the ordering starts in the
/// shuffled order shown).
Draft newDraft(const lessons::Question& question, const scoring::PlannedQuestion& planned);

/// A draft holding a saved answer, to show it again.
Draft draftFrom(const lessons::Question& question, const scoring::PlannedQuestion& planned, const scoring::AnswerStep& answer);

/// The response a draft stands for (empty when nothing is chosen yet).
scoring::Response responseFrom(const lessons::Question& question, const Draft& draft);

/// True when the draft says enough to be confirmed: a choice picked, every left item matched, text typed.
bool draftIsComplete(const lessons::Question& question, const Draft& draft);

} // namespace mamori::app
