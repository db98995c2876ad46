#pragma once
// What the inbox screen draws: the message list, the message shown with everything the
// learner did to it, its debrief once decided, and the run's result once every message is.

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/inbox_run.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct AppModel;

/// What the learner's last action on a message did, shown until dismissed: the consequence of
/// opening a malicious link or attachment, or of replying to it.
struct InboxConsequence {
    std::string messageId;
    scoring::InboxAction action = scoring::InboxAction::OpenLink;
    std::string target;
};

/// A row of the message list.
struct InboxRow {
    const lessons::MailMessage* message = nullptr;   ///< in the view's pack
    bool opened = false;
    std::optional<scoring::InboxAction> decision;
    bool selected = false;
};

/// An attachment as the client shows it, and as it is inspected.
struct AttachmentView {
    const lessons::MailAttachment* attachment = nullptr;
    std::string shownName;      ///< in visual order (a right-to-left override has done its trick)
    std::string revealedName;   ///< in logical order, hidden characters as markers
    bool hasHidden = false;
    bool opened = false;
};

/// The message in the reading pane.
struct MessageView {
    const lessons::MailMessage* message = nullptr;
    scoring::MessageState state;
    std::vector<AttachmentView> attachments;
    std::optional<scoring::MessageGrade> grade;   ///< once decided: the debrief
};

struct InboxView {
    std::shared_ptr<const lessons::Pack> pack;
    const lessons::Inbox* inbox = nullptr;
    std::vector<InboxRow> rows;
    std::optional<MessageView> shown;
    int decided = 0;
    bool running = false;                          ///< a run is open: the learner can act
    bool marking = false;
    bool showHeaders = false;
    std::string inspecting;
    std::optional<InboxConsequence> consequence;   ///< with its message's text below
    const lessons::MailMessage* consequenceMessage = nullptr;
    bool showSummary = false;
    std::optional<scoring::InboxRunRecord> finished;   ///< the last finished run, for the result
    std::vector<scoring::MessageGrade> finishedGrades;  ///< of `finished`, by message in the inbox's order
};

std::optional<InboxView> buildInboxView(const AppModel& model);

} // namespace mamori::app
