// Inbox exercises: choosing a message, acting on it, and the consequences and debriefs.

#include "controller.hpp"

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

void AppController::startInbox(const std::string& packId, const std::string& inboxId, Effects& effects)
{
    const auto p = pack(packId);
    if (!p || !p->inbox(inboxId) || !model_.session) return;
    effects.stopNarration();
    auto started = model_.session->startInbox(*p, inboxId);
    if (!started) {
        refused(started.refusal());
        return;
    }
    const InboxRunRecord& run = *started.value();
    InboxState state;
    state.pack = p;
    state.inbox = p->inbox(inboxId);
    state.runNumber = run.number;
    // Resume on the message touched last; a new run starts with nothing selected.
    if (!run.steps.empty()) state.selected = run.steps.back().messageId;
    model_.inbox = std::move(state);
    model_.screen = Screen::Inbox;
}

void AppController::selectMessage(const std::string& messageId)
{
    InboxState& state = model_.inbox;
    if (!state.pack || !model_.session || !state.inbox->message(messageId)) return;
    state.selected = messageId;
    state.inspecting.clear();
    state.consequence.reset();
    state.showSummary = false;
    if (!model_.session->openInboxRun(state.pack->id, state.inbox->id)) return;   // a finished run: only reading
    auto opened = model_.session->actOnMessage(*state.pack, state.inbox->id, messageId, InboxAction::Open);
    if (!opened) refused(opened.refusal());
}

void AppController::actOnMessage(InboxAction action, const std::string& target, Effects& effects)
{
    InboxState& state = model_.inbox;
    if (!state.pack || !model_.session || state.selected.empty() || state.consequence) return;
    auto acted = model_.session->actOnMessage(*state.pack, state.inbox->id, state.selected, action, target);
    if (!acted) {
        refused(acted.refusal());
        return;
    }
    const InboxOutcome& outcome = acted.value();
    if (outcome.compromised) {
        state.consequence = InboxConsequence{state.selected, action, target};
        effects.cues.push_back(Cue::Incorrect);
    } else if (outcome.decided) {
        const bool good = outcome.grade.score > 0 || (outcome.grade.maxScore > 0 && outcome.grade.score >= outcome.grade.maxScore);
        effects.cues.push_back(good ? Cue::Correct : Cue::Incorrect);
    }
    if (action == InboxAction::OpenAttachment) state.inspecting.clear();
    if (outcome.finished) {
        state.showSummary = !state.consequence;
        state.marking = false;
        announceCompletions(effects);
    }
}

void AppController::dismissInboxConsequence()
{
    InboxState& state = model_.inbox;
    state.consequence.reset();
    // The consequence of the last decision came first; the result follows it.
    if (state.pack && model_.session && !model_.session->openInboxRun(state.pack->id, state.inbox->id)) state.showSummary = true;
}

} // namespace mamori::app
