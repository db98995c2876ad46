#pragma once
// How the app tells a learner that an action was refused: which words (a UI key) and how loudly.

#include "app_model.hpp"

#include "mamori/scoring/refusal.hpp"

#include <string>

namespace mamori::app {

struct RefusalNotice {
    Notice::Level level = Notice::Level::Error;
    std::string key; ///< "error.<code name>" for codes a learner can meet, else "error.other"
};

/// The notice for a refusal code; every code has one (tests/gui checks the words exist).
RefusalNotice refusalNotice(scoring::RefusalCode code);

} // namespace mamori::app
