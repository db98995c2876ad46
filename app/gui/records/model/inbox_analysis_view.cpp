#include "inbox_analysis_view.hpp"

namespace mamori::app {
namespace {

lessons::LocalizedText sameInEvery(const std::string& text)
{
    lessons::LocalizedText localized;
    for (lessons::Language language : lessons::kAllLanguages)
        localized.set(language, lessons::RichText{{lessons::Span{text}}});
    return localized;
}

void addRows(const std::string& inboxId, const std::vector<records::MessageStatistics>& messages,
             const lessons::Inbox* inbox, std::vector<InboxMessageRow>& rows)
{
    for (const records::MessageStatistics& s : messages) {
        const lessons::MailMessage* message = inbox ? inbox->message(s.messageId) : nullptr;
        rows.push_back({inboxId, inbox ? inbox->title : sameInEvery(inboxId),
                        message ? message->subject : sameInEvery(s.messageId), s});
    }
}

} // namespace

std::vector<InboxMessageRow>
buildInboxMessageRows(const std::map<std::string, std::vector<records::MessageStatistics>>& statistics,
                      const lessons::Pack* pack)
{
    std::vector<InboxMessageRow> rows;
    std::map<std::string, bool> done;
    if (pack) {
        // The pack's order: each lesson's exercises, then those at pack level.
        std::vector<const lessons::Inbox*> inOrder;
        for (const lessons::Lesson& lesson : pack->lessons) {
            for (const lessons::Inbox& inbox : lesson.inboxes) inOrder.push_back(&inbox);
        }
        for (const lessons::Inbox& inbox : pack->inboxes) inOrder.push_back(&inbox);
        for (const lessons::Inbox* inbox : inOrder) {
            const auto found = statistics.find(inbox->id);
            if (found == statistics.end()) continue;
            addRows(inbox->id, found->second, inbox, rows);
            done[inbox->id] = true;
        }
    }
    for (const auto& [inboxId, messages] : statistics) {
        if (!done.count(inboxId)) addRows(inboxId, messages, nullptr, rows);
    }
    return rows;
}

} // namespace mamori::app
