#pragma once
// Evaluating a script's `expect` lines against a learner's records. Shared by
// `mamori-tool play` and the app's script mode, so both judge a script the same way.

#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/learner_session.hpp"

#include <string>
#include <vector>

namespace mamori::app {

/// What a script has been doing, which `expect` lines refer to.
struct ScriptFocus {
    enum class Subject { None, Quiz, Scenario, Inbox };
    const lessons::Pack* quizPack = nullptr;
    std::string quizId;
    const lessons::Pack* scenarioPack = nullptr;
    std::string scenarioId;
    Subject subject = Subject::None;   ///< which one "passed", "failed" and "score" talk about
    const lessons::Pack* inboxPack = nullptr;
    std::string inboxId;
};

struct Expectation {
    bool holds = false;
    std::string expected;   ///< e.g. "score 80%"
    std::string actual;     ///< what was found
    std::string problem;    ///< set when the line itself cannot be evaluated
};

/// Evaluates `expect ARGS…`.
Expectation evaluateExpectation(const std::vector<std::string>& args, const lessons::PackLibrary& library,
                                const scoring::LearnerSession& session, const ScriptFocus& focus);

} // namespace mamori::app
