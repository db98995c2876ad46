// The author mode's preview of an inbox exercise and of one of its messages, with what the
// learner only finds by looking closely or after deciding: each link's real target beside its
// text, phrases that can be marked, attachments' hidden characters, the verdict, the clues and
// the consequence. The content comes from MailPreview (author/model), built without a window.

#include "author_ui.hpp"
#include "mail_preview.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace mamori::app::ui {
namespace {

/// A muted label and its value, wrapped under itself when long (addresses, headers, subjects).
void field(AuthorUi& a, const char* key, const std::string& value, ImU32 colour = 0)
{
    if (value.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, a.ui.palette.mutedText);
    ImGui::TextUnformatted(a.t(key));
    ImGui::PopStyleColor();
    ImGui::SameLine();
    wrappedText(a.ui, value, a.ui.fonts.body, colour ? colour : a.ui.palette.text);
}

void heading(AuthorUi& a, const char* key)
{
    gap(a.ui, 6);
    wrappedText(a.ui, a.t(key), a.ui.fonts.bold, a.ui.palette.heading);
}

const char* partKey(lessons::MailPartKind kind)
{
    switch (kind) {
    case lessons::MailPartKind::Sender: return "author.mail.part.sender";
    case lessons::MailPartKind::ReplyTo: return "author.mail.part.reply-to";
    case lessons::MailPartKind::Subject: return "author.mail.part.subject";
    case lessons::MailPartKind::Date: return "author.mail.part.date";
    case lessons::MailPartKind::Header: return "author.mail.part.header";
    case lessons::MailPartKind::Link: return "author.mail.part.link";
    case lessons::MailPartKind::Attachment: return "author.mail.part.attachment";
    case lessons::MailPartKind::Phrase: return "author.mail.part.phrase";
    }
    return "author.mail.part.sender";
}

void body(AuthorUi& a, const lessons::MailMessage& message, const MailPreview& preview)
{
    UiContext& ui = a.ui;
    heading(a, "author.mail.body");
    wrappedText(ui, a.t("author.mail.body-legend"), ui.fonts.small, ui.palette.mutedText);
    box(ui, ui.palette.cardBackground, ui.palette.cardBorder, [&] {
        for (std::size_t i = 0; i < preview.body.size(); ++i) {
            if (i > 0) gap(ui, 4);
            anchoredText(ui, preview.body[i], ui.fonts.body, ui.palette.text, [&](const std::string& anchor) -> ImU32 {
                if (anchor == kLinkTargetAnchor) return ui.palette.wrong;
                if (anchor == kPhraseIdAnchor) return ui.palette.mutedText;
                return message.link(anchor) ? ui.palette.accent : ui.palette.warning;
            });
        }
    });
    ui.probe.track("author:mail-body");
}

void attachments(AuthorUi& a, const MailPreview& preview)
{
    if (preview.attachments.empty()) return;
    UiContext& ui = a.ui;
    heading(a, "author.mail.attachments");
    for (const MailAttachmentPreview& at : preview.attachments) {
        ImGui::PushID(at.id.c_str());
        std::string line = at.shown;
        if (!at.size.empty()) line += "  " + a.f("author.mail.size", {at.size});
        wrappedText(ui, line + "  [" + at.id + "]", ui.fonts.body, ui.palette.text);
        if (at.hidden) field(a, "author.mail.hidden", at.revealed, ui.palette.wrong);
        ImGui::PopID();
    }
}

void clues(AuthorUi& a, const MailPreview& preview)
{
    if (preview.clues.empty()) return;
    UiContext& ui = a.ui;
    heading(a, "author.mail.clues");
    for (std::size_t i = 0; i < preview.clues.size(); ++i) {
        const MailCluePreview& clue = preview.clues[i];
        ImGui::PushID(static_cast<int>(i));
        box(ui, ui.palette.cardBackground, ui.palette.cardBorder, [&] {
            std::string part = a.t(partKey(clue.part.kind));
            if (!clue.part.ref.empty()) part += " " + clue.part.ref;
            wrappedText(ui, part, ui.fonts.bold, ui.palette.warning);
            wrappedText(ui, clue.partText, ui.fonts.small, ui.palette.mutedText);
            richText(ui, clue.explanation, ui.fonts.body, ui.palette.text);
        });
        ImGui::PopID();
        gap(ui, 4);
    }
}

} // namespace

void drawAuthorInbox(AuthorUi& a, const lessons::Inbox& inbox)
{
    const auto malicious = std::count_if(inbox.messages.begin(), inbox.messages.end(),
                                         [](const lessons::MailMessage& m) { return m.verdict == lessons::Verdict::Malicious; });
    const auto total = static_cast<long>(inbox.messages.size());
    field(a, "author.pass-mark", std::to_string(inbox.passMark) + "%");
    field(a, "author.inbox.messages", a.f("author.inbox.count", {std::to_string(total), std::to_string(malicious),
                                                                 std::to_string(total - malicious)}));
    if (!inbox.description.empty()) localizedText(a.ui, inbox.description, a.ui.fonts.body, a.ui.palette.text);
}

void drawAuthorMessage(AuthorUi& a, const lessons::MailMessage& message)
{
    UiContext& ui = a.ui;
    const MailPreview preview =
        buildMailPreview(message, a.language(), {a.t("author.mail.link-target"), a.t("author.mail.phrase-id")});
    const bool malicious = preview.verdict == lessons::Verdict::Malicious;
    field(a, "author.mail.verdict", a.t(malicious ? "author.mail.verdict-malicious" : "author.mail.verdict-legitimate"),
          malicious ? ui.palette.wrong : ui.palette.right);
    ui.probe.track("author:mail-verdict");
    field(a, "author.mail.from", preview.fromName + " <" + preview.fromAddress + ">");
    field(a, "author.mail.reply-to", preview.replyTo);
    field(a, "author.mail.date", preview.date);
    field(a, "author.mail.subject", preview.subject);
    for (const auto& [name, value] : preview.headers) field(a, "author.mail.header", name + ": " + value, ui.palette.mutedText);
    body(a, message, preview);
    attachments(a, preview);
    clues(a, preview);
    if (!preview.consequence.empty()) {
        heading(a, "author.mail.consequence");
        richText(ui, preview.consequence, ui.fonts.body, ui.palette.text);
    }
    if (!preview.debrief.empty()) {
        heading(a, "author.mail.debrief");
        richText(ui, preview.debrief, ui.fonts.body, ui.palette.text);
    }
}

} // namespace mamori::app::ui
