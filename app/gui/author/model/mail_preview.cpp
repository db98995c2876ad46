#include "mail_preview.hpp"

#include "shown_characters.hpp"
#include "visual_order.hpp"

namespace mamori::app {
namespace {

using namespace mamori::lessons;

std::string fill(const std::string& pattern, const std::string& value)
{
    std::string out = pattern;
    if (const auto at = out.find("{0}"); at != std::string::npos) out.replace(at, 3, value);
    return out;
}

/// A paragraph with the markers added after each link's and phrase's run of spans (a run may be
/// split by emphasis).
RichText markedParagraph(const MailMessage& m, const RichText& text, const MailMarkers& markers)
{
    RichText out;
    const std::vector<Span>& spans = text.spans;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        out.spans.push_back(spans[i]);
        const std::string& anchor = spans[i].anchor;
        if (anchor.empty() || (i + 1 < spans.size() && spans[i + 1].anchor == anchor)) continue;
        if (const MailLink* link = m.link(anchor)) {
            out.spans.emplace_back(fill(markers.linkTarget, link->href), Emphasis::None, "", std::string(kLinkTargetAnchor));
        } else {
            out.spans.emplace_back(fill(markers.phraseId, anchor), Emphasis::None, "", std::string(kPhraseIdAnchor));
        }
    }
    return out;
}

/// The text a link or phrase is shown with in the body.
std::string anchorText(const MailMessage& m, const std::string& anchor, Language language)
{
    std::string text;
    for (const LocalizedText& paragraph : m.body) {
        for (const Span& span : paragraph.in(language).spans) {
            if (span.anchor == anchor) text += span.text;
        }
        if (!text.empty()) break;
    }
    return text;
}

std::string partText(const MailMessage& m, const MailPart& part, Language language)
{
    switch (part.kind) {
    case MailPartKind::Sender: return m.fromName.plain(language) + " <" + m.fromAddress + ">";
    case MailPartKind::ReplyTo: return m.replyTo;
    case MailPartKind::Subject: return m.subject.plain(language);
    case MailPartKind::Date: return m.date;
    case MailPartKind::Header:
        for (const MailHeader& h : m.headers) {
            if (h.id == part.ref) return h.name + ": " + h.value;
        }
        return part.ref;
    case MailPartKind::Link:
        if (const MailLink* link = m.link(part.ref)) return anchorText(m, part.ref, language) + " → " + link->href;
        return part.ref;
    case MailPartKind::Attachment:
        if (const MailAttachment* a = m.attachment(part.ref)) return revealHiddenCharacters(a->name.plain(language));
        return part.ref;
    case MailPartKind::Phrase: return "「" + anchorText(m, part.ref, language) + "」";
    }
    return part.ref;
}

} // namespace

MailPreview buildMailPreview(const MailMessage& m, Language language, const MailMarkers& markers)
{
    MailPreview p;
    p.verdict = m.verdict;
    p.fromName = m.fromName.plain(language);
    p.fromAddress = m.fromAddress;
    p.replyTo = m.replyTo;
    p.date = m.date;
    p.subject = m.subject.plain(language);
    for (const MailHeader& h : m.headers) p.headers.emplace_back(h.name, h.value);
    for (const LocalizedText& paragraph : m.body) p.body.push_back(markedParagraph(m, paragraph.in(language), markers));
    for (const MailAttachment& a : m.attachments) {
        const std::string name = a.name.plain(language);
        p.attachments.push_back({a.id, visualOrder(name), revealHiddenCharacters(name), hasHiddenCharacters(name), a.size});
    }
    for (const MailClue& c : m.clues) p.clues.push_back({c.part, partText(m, c.part, language), c.explanation.in(language)});
    p.consequence = m.consequence.in(language);
    p.debrief = m.debrief.in(language);
    return p;
}

std::string mailPreviewCharacters(const PackLibrary& library)
{
    std::string text = "〔→〕「」<>: ";
    auto messages = [&](const std::vector<Inbox>& inboxes) {
        for (const Inbox& inbox : inboxes) {
            for (const MailMessage& m : inbox.messages) {
                text += m.fromAddress + m.replyTo + m.date;
                for (const MailHeader& h : m.headers) text += h.name + h.value;
                for (const MailLink& l : m.links) text += l.href;
                for (const MailAttachment& a : m.attachments) {
                    text += a.size;
                    for (Language language : kAllLanguages) {
                        if (a.name.has(language)) text += revealHiddenCharacters(a.name.plain(language));
                    }
                }
            }
        }
    };
    for (const auto& pack : library.packs) {
        for (const Lesson& lesson : pack->lessons) messages(lesson.inboxes);
        messages(pack->inboxes);
    }
    return text;
}

std::string authorCharacters(const PackLibrary& library, const UiStrings& strings)
{
    return revealHiddenCharacters(charactersShown(library, strings) + mailPreviewCharacters(library));
}

} // namespace mamori::app
