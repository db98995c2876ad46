// Scenarios: playing a run, one choice at a time.

#include "controller.hpp"

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

void AppController::startScenario(const std::string& packId, const std::string& scenarioId, Effects& effects)
{
    const auto p = pack(packId);
    if (!p || !p->scenario(scenarioId) || !model_.session) return;
    effects.stopNarration();
    const ScenarioRunRecord* open = model_.session->openRun(packId, scenarioId);
    const int openNumber = open ? open->number : 0;
    auto started = model_.session->startScenario(*p, scenarioId);
    if (!started) {
        refused(started.refusal());
        return;
    }
    // An unfinished run that did not resume was one the course no longer fits: the session kept it
    // as abandoned and started a new one. Say so, rather than let the scenario silently begin again.
    if (openNumber != 0 && started.value()->number != openNumber) notify(Notice::Level::Info, "scenario.restarted");
    model_.scenario = {p, p->scenario(scenarioId), started.value()->number, std::nullopt};
    model_.screen = Screen::Scenario;
}

void AppController::chooseOption(const std::string& optionId, Effects& effects)
{
    ScenarioState& state = model_.scenario;
    if (!state.pack || !model_.session || state.consequence) return;
    const ScenarioRunRecord* run = model_.session->openRun(state.pack->id, state.scenario->id);
    if (!run) return;
    const std::string nodeId = runPosition(*state.scenario, *run).currentId;
    auto chosen = model_.session->choose(*state.pack, state.scenario->id, optionId);
    if (!chosen) {
        refused(chosen.refusal());
        return;
    }
    state.consequence = Consequence{nodeId, optionId, chosen.value().ended};
    if (chosen.value().ended) {
        const ScenarioRunRecord* finished = model_.session->lastFinishedRun(state.pack->id, state.scenario->id);
        effects.cues.push_back(finished && finished->passed ? Cue::Complete : Cue::Incorrect);
        announceCompletions(effects);
    }
}

} // namespace mamori::app
