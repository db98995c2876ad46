// The inbox exercise's model: naming the parts of a message, and finding them.

#include "mamori/lessons/model.hpp"

#include <algorithm>
#include <array>

namespace mamori::lessons {
namespace {

struct PartKindName {
    MailPartKind kind;
    std::string_view name;
    bool hasRef;
};

constexpr std::array<PartKindName, 8> kPartKinds{{
    {MailPartKind::Sender, "sender", false},
    {MailPartKind::ReplyTo, "reply-to", false},
    {MailPartKind::Subject, "subject", false},
    {MailPartKind::Date, "date", false},
    {MailPartKind::Header, "header", true},
    {MailPartKind::Link, "link", true},
    {MailPartKind::Attachment, "attachment", true},
    {MailPartKind::Phrase, "phrase", true},
}};

template <typename Range>
auto findById(const Range& range, std::string_view id) -> decltype(&*range.begin())
{
    auto it = std::find_if(range.begin(), range.end(), [&](const auto& item) { return item.id == id; });
    return it == range.end() ? nullptr : &*it;
}

} // namespace

std::string_view verdictName(Verdict verdict)
{
    return verdict == Verdict::Malicious ? "malicious" : "legitimate";
}

std::string_view mailPartKindName(MailPartKind kind)
{
    for (const PartKindName& k : kPartKinds) {
        if (k.kind == kind) return k.name;
    }
    return "?";
}

std::optional<MailPartKind> mailPartKindFromName(std::string_view name)
{
    for (const PartKindName& k : kPartKinds) {
        if (k.name == name) return k.kind;
    }
    return std::nullopt;
}

bool mailPartHasRef(MailPartKind kind)
{
    for (const PartKindName& k : kPartKinds) {
        if (k.kind == kind) return k.hasRef;
    }
    return false;
}

std::string mailPartName(const MailPart& part)
{
    std::string name(mailPartKindName(part.kind));
    if (!part.ref.empty()) name += ":" + part.ref;
    return name;
}

std::optional<MailPart> parseMailPart(std::string_view text)
{
    const std::size_t colon = text.find(':');
    const std::optional<MailPartKind> kind = mailPartKindFromName(text.substr(0, colon));
    if (!kind) return std::nullopt;
    const std::string_view ref = colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
    if (mailPartHasRef(*kind) == ref.empty()) return std::nullopt;
    return MailPart{*kind, std::string(ref)};
}

const MailLink* MailMessage::link(std::string_view linkId) const
{
    return findById(links, linkId);
}

const MailAttachment* MailMessage::attachment(std::string_view attachmentId) const
{
    return findById(attachments, attachmentId);
}

const MailClue* MailMessage::clue(const MailPart& part) const
{
    auto it = std::find_if(clues.begin(), clues.end(), [&](const MailClue& c) { return c.part == part; });
    return it == clues.end() ? nullptr : &*it;
}

bool MailMessage::hasPart(const MailPart& part) const
{
    switch (part.kind) {
    case MailPartKind::Sender:
    case MailPartKind::Subject:
    case MailPartKind::Date: return part.ref.empty();
    case MailPartKind::ReplyTo: return part.ref.empty() && !replyTo.empty();
    case MailPartKind::Header:
        return !part.ref.empty() && std::any_of(headers.begin(), headers.end(), [&](const MailHeader& h) { return h.id == part.ref; });
    case MailPartKind::Link: return link(part.ref) != nullptr;
    case MailPartKind::Attachment: return attachment(part.ref) != nullptr;
    case MailPartKind::Phrase: return std::find(phrases.begin(), phrases.end(), part.ref) != phrases.end();
    }
    return false;
}

std::vector<MailPart> MailMessage::markableParts() const
{
    std::vector<MailPart> parts{{MailPartKind::Sender, {}}};
    if (!replyTo.empty()) parts.push_back({MailPartKind::ReplyTo, {}});
    parts.push_back({MailPartKind::Date, {}});
    parts.push_back({MailPartKind::Subject, {}});
    for (const MailHeader& h : headers) {
        if (!h.id.empty()) parts.push_back({MailPartKind::Header, h.id});
    }
    // The body's links and phrases in the order they are read (the first language's body).
    for (const LocalizedText& paragraph : body) {
        const RichText& text = paragraph.in(Language::Japanese);
        for (const Span& span : text.spans) {
            if (span.anchor.empty()) continue;
            const MailPart part{link(span.anchor) ? MailPartKind::Link : MailPartKind::Phrase, span.anchor};
            if (std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
        }
    }
    for (const MailAttachment& a : attachments) parts.push_back({MailPartKind::Attachment, a.id});
    return parts;
}

const MailMessage* Inbox::message(std::string_view messageId) const
{
    return findById(messages, messageId);
}

} // namespace mamori::lessons
