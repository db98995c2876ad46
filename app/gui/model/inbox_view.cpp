#include "inbox_view.hpp"

#include "app_model.hpp"

#include "visual_order.hpp"

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

namespace {

MessageView messageView(const MailMessage& message, const MessageState& state, bool decidedShown, Language language)
{
    MessageView view;
    view.message = &message;
    view.state = state;
    for (const MailAttachment& a : message.attachments) {
        const std::string name = a.name.plain(language);
        view.attachments.push_back({&a, visualOrder(name), revealHiddenCharacters(name), hasHiddenCharacters(name),
                                    state.attachmentsOpened.count(a.id) > 0});
    }
    if (decidedShown) view.grade = gradeMessage(message, state);
    return view;
}

} // namespace

std::optional<InboxView> buildInboxView(const AppModel& model)
{
    const InboxState& state = model.inbox;
    if (!state.pack || !state.inbox || !model.session) return std::nullopt;
    InboxView view;
    view.pack = state.pack;
    view.inbox = state.inbox;
    view.marking = state.marking;
    view.showHeaders = state.showHeaders;
    view.inspecting = state.inspecting;
    view.consequence = state.consequence;
    if (state.consequence) view.consequenceMessage = state.inbox->message(state.consequence->messageId);

    const InboxRunRecord* open = model.session->openInboxRun(state.pack->id, state.inbox->id);
    const InboxRunRecord* finished = model.session->lastFinishedInboxRun(state.pack->id, state.inbox->id);
    view.running = open != nullptr;
    // While a run is open it is shown; afterwards, the run that just finished (read-only).
    const InboxRunRecord* shownRun = open ? open : finished;
    const InboxPosition position = shownRun ? inboxPosition(*state.inbox, *shownRun) : InboxPosition{};
    view.decided = position.decided;
    for (const MailMessage& message : state.inbox->messages) {
        const MessageState s = position.state(message.id);
        view.rows.push_back({&message, s.opened, s.decision, message.id == state.selected});
    }
    if (const MailMessage* selected = state.inbox->message(state.selected)) {
        const MessageState s = position.state(selected->id);
        view.shown = messageView(*selected, s, s.decided(), model.language());
    }
    if (finished) {
        view.finished = *finished;
        const InboxPosition done = inboxPosition(*state.inbox, *finished);
        for (const MailMessage& message : state.inbox->messages) view.finishedGrades.push_back(gradeMessage(message, done.state(message.id)));
    }
    view.showSummary = state.showSummary && finished && !open;
    return view;
}

} // namespace mamori::app
