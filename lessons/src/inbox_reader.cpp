#include "inbox_reader.hpp"

#include "did_you_mean.hpp"
#include "mamori/lessons/limits.hpp"
#include "text_reader.hpp"
#include "words.hpp"

#include <algorithm>
#include <cctype>

namespace mamori::lessons::detail {
namespace {

/// `YYYY-MM-DD HH:MM`, the form a mail client shows; checked for shape and ranges only.
bool isMailDate(std::string_view date)
{
    if (date.size() != 16 || date[4] != '-' || date[7] != '-' || date[10] != ' ' || date[13] != ':') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15}) {
        if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    }
    auto number = [&](std::size_t at) { return (date[at] - '0') * 10 + (date[at + 1] - '0'); };
    return number(5) >= 1 && number(5) <= 12 && number(8) >= 1 && number(8) <= 31 && number(11) <= 23 && number(14) <= 59;
}

/// One `@`, something either side, no spaces or angle brackets: what a client shows as an address.
bool isMailAddress(std::string_view address)
{
    const std::size_t at = address.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= address.size() || address.find('@', at + 1) != std::string_view::npos)
        return false;
    return std::none_of(address.begin(), address.end(), [](char c) {
        return static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == '"';
    });
}

std::string readAddress(const XMLElement& element, ReadContext& context)
{
    const std::string address = context.text(element, "address").value_or("");
    if (element.Attribute("address") && !isMailAddress(address)) {
        context.diagnostics.error(attributeLine(element, "address"), "bad-address",
                                  "<" + std::string(element.Name()) + "> address " + quote(address.substr(0, 64)) +
                                      " is not an e-mail address such as \"name@example.jp\"");
    }
    return address;
}

/// The parts of a message a clue or the body may name, by id, for "did you mean".
std::vector<std::string_view> partIds(const MailMessage& message)
{
    std::vector<std::string_view> ids;
    for (const MailHeader& h : message.headers) {
        if (!h.id.empty()) ids.push_back(h.id);
    }
    for (const MailLink& l : message.links) ids.push_back(l.id);
    for (const MailAttachment& a : message.attachments) ids.push_back(a.id);
    for (const std::string& p : message.phrases) ids.push_back(p);
    return ids;
}

std::string unknownMessage(std::string what, std::string_view id, const std::vector<std::string_view>& candidates)
{
    std::string message = std::move(what) + " " + quote(id) + " is not in this message";
    if (auto suggestion = closestName(id, candidates)) message += "; did you mean " + quote(*suggestion) + "?";
    return message;
}

/// Checks the body's links and phrases: every `<link ref>` names a declared link, every declared
/// link is shown in every language, and every phrase appears exactly once in every language.
void checkAnchors(MailMessage& message, const MailAnchors& anchors, ReadContext& context)
{
    std::vector<std::string_view> linkIds;
    for (const MailLink& l : message.links) linkIds.push_back(l.id);
    for (const MailAnchors::Seen& seen : anchors.seen) {
        if (!seen.link) continue;
        if (!message.link(seen.id)) {
            std::string text = "<link ref=" + quote(seen.id) + "> names no <link id=…> of this message";
            if (auto suggestion = closestName(seen.id, linkIds)) text += "; did you mean " + quote(*suggestion) + "?";
            context.diagnostics.error(seen.line, "unknown-link", std::move(text));
        }
    }
    for (const MailLink& link : message.links) {
        for (Language language : context.languages) {
            const bool shown = std::any_of(anchors.seen.begin(), anchors.seen.end(), [&](const MailAnchors::Seen& s) {
                return s.link && s.id == link.id && s.language == language;
            });
            if (!shown) {
                context.diagnostics.error(link.line, "unused-link",
                                          "link " + quote(link.id) + " is not shown in the " +
                                              std::string(languageEnglishName(language)) + " body; put <link ref=" +
                                              quote(link.id) + ">…</link> where it appears");
            }
        }
    }
    // Phrases: the first language's order, and once per language.
    for (const MailAnchors::Seen& seen : anchors.seen) {
        if (seen.link) continue;
        if (message.link(seen.id) || message.attachment(seen.id)) {
            context.diagnostics.error(seen.line, "duplicate-id", "phrase id " + quote(seen.id) + " is already a link or attachment id");
            continue;
        }
        const long count = std::count_if(anchors.seen.begin(), anchors.seen.end(), [&](const MailAnchors::Seen& s) {
            return !s.link && s.id == seen.id && s.language == seen.language;
        });
        const bool firstOfLanguage = std::find_if(anchors.seen.begin(), anchors.seen.end(), [&](const MailAnchors::Seen& s) {
                                         return !s.link && s.id == seen.id && s.language == seen.language;
                                     })->line == seen.line;
        if (count > 1 && !firstOfLanguage) {
            context.diagnostics.error(seen.line, "phrase-mismatch",
                                      "phrase " + quote(seen.id) + " appears twice in the " +
                                          std::string(languageEnglishName(seen.language)) + " body; mark each phrase once");
        }
        if (std::find(message.phrases.begin(), message.phrases.end(), seen.id) == message.phrases.end()) {
            message.phrases.push_back(seen.id);
            for (Language language : context.languages) {
                const bool present = std::any_of(anchors.seen.begin(), anchors.seen.end(), [&](const MailAnchors::Seen& s) {
                    return !s.link && s.id == seen.id && s.language == language;
                });
                if (!present) {
                    context.diagnostics.error(seen.line, "phrase-mismatch",
                                              "phrase " + quote(seen.id) + " is not marked in the " +
                                                  std::string(languageEnglishName(language)) + " body; mark the same phrase in every language");
                }
            }
        }
    }
}

MailClue readClue(const XMLElement& element, const MailMessage& message, ReadContext& context)
{
    context.checkStructure(element);
    MailClue clue;
    clue.line = element.GetLineNum();
    clue.part.kind = context.choice<MailPartKind>(element, "part",
                                                  {{"sender", MailPartKind::Sender},
                                                   {"reply-to", MailPartKind::ReplyTo},
                                                   {"subject", MailPartKind::Subject},
                                                   {"date", MailPartKind::Date},
                                                   {"header", MailPartKind::Header},
                                                   {"link", MailPartKind::Link},
                                                   {"attachment", MailPartKind::Attachment},
                                                   {"phrase", MailPartKind::Phrase}})
                         .value_or(MailPartKind::Sender);
    clue.part.ref = context.id(element, "ref");
    clue.explanation = readText(element, context);
    if (!element.Attribute("part")) return clue;
    const std::string kind(mailPartKindName(clue.part.kind));
    if (mailPartHasRef(clue.part.kind) && !element.Attribute("ref")) {
        context.error(element, "missing-attribute", "a clue on a " + kind + " needs 'ref', the id of that " + kind);
    } else if (!mailPartHasRef(clue.part.kind) && element.Attribute("ref")) {
        context.diagnostics.error(attributeLine(element, "ref"), "unknown-part",
                                  "a clue on the " + kind + " takes no 'ref': a message has one " + kind);
        clue.part.ref.clear();
    } else if (!message.hasPart(clue.part) && (!clue.part.ref.empty() || clue.part.kind == MailPartKind::ReplyTo)) {
        context.diagnostics.error(clue.part.ref.empty() ? clue.line : attributeLine(element, "ref"), "unknown-part",
                                  clue.part.kind == MailPartKind::ReplyTo
                                      ? std::string("a clue on the reply-to, but the message has no <reply-to>")
                                      : unknownMessage(kind, clue.part.ref, partIds(message)));
    }
    return clue;
}

void checkVerdict(const MailMessage& message, const XMLElement& element, ReadContext& context)
{
    if (!element.Attribute("verdict")) return;
    if (message.verdict == Verdict::Malicious) {
        if (message.clues.empty()) {
            context.error(element, "no-clue",
                          "malicious message " + quote(message.id) + " has no <clue>: say what gives it away, and where");
        }
        if (!ReadContext::child(element, "consequence")) {
            context.error(element, "missing-consequence",
                          "malicious message " + quote(message.id) +
                              " needs a <consequence>: what happens to a learner who opens its link or attachment, or replies");
        }
    } else {
        for (const MailClue& clue : message.clues) {
            context.diagnostics.error(clue.line, "clue-on-legitimate",
                                      "legitimate message " + quote(message.id) +
                                          " cannot have clues; say in its <debrief> why it can be trusted");
        }
        if (const XMLElement* consequence = ReadContext::child(element, "consequence")) {
            context.warning(*consequence, "unused-consequence",
                            "a legitimate message's <consequence> is never shown; opening its links is harmless");
        }
    }
}

MailMessage readMessage(const XMLElement& element, ReadContext& context)
{
    context.checkStructure(element);
    MailMessage message;
    message.line = element.GetLineNum();
    message.id = context.id(element);
    message.verdict =
        context.choice<Verdict>(element, "verdict", {{"legitimate", Verdict::Legitimate}, {"malicious", Verdict::Malicious}})
            .value_or(Verdict::Legitimate);
    message.date = context.text(element, "date").value_or("");
    if (element.Attribute("date") && !isMailDate(message.date)) {
        context.diagnostics.error(attributeLine(element, "date"), "bad-date",
                                  "'date' must be \"YYYY-MM-DD HH:MM\", such as \"2026-06-01 09:12\"; found " +
                                      quote(message.date.substr(0, 32)));
    }
    IdRegistry partRegistry("message part");
    if (const XMLElement* from = ReadContext::child(element, "from")) {
        message.fromAddress = readAddress(*from, context);
        message.fromName = readText(*from, context);
    }
    if (const XMLElement* replyTo = ReadContext::child(element, "reply-to")) {
        context.checkStructure(*replyTo);
        message.replyTo = readAddress(*replyTo, context);
    }
    message.subject = readOptionalText(element, "subject", context);
    ReadContext::forEach(element, "header", [&](const XMLElement& e) {
        context.checkStructure(e);
        MailHeader header{context.id(e), context.text(e, "name").value_or(""), context.text(e, "value").value_or("")};
        partRegistry.add(header.id, e.GetLineNum(), context.diagnostics);
        message.headers.push_back(std::move(header));
    });
    int links = 0, attachments = 0;
    ReadContext::forEachElement(element, [&](const XMLElement& e) {
        const std::string_view name = e.Name();
        if (name == "link") {
            context.checkStructure(e);
            MailLink link{context.id(e), e.GetLineNum(), context.text(e, "href").value_or("")};
            if (e.Attribute("href") && (link.href.empty() || hasXmlSpace(link.href))) {
                context.diagnostics.error(attributeLine(e, "href"), "bad-href", "'href' must be one address without spaces");
            }
            if (++links == limits::kMaxMailLinks + 1) context.error(e, "too-many", "a message may hold at most " + std::to_string(limits::kMaxMailLinks) + " links");
            partRegistry.add(link.id, link.line, context.diagnostics);
            message.links.push_back(std::move(link));
        } else if (name == "attachment") {
            MailAttachment attachment;
            attachment.line = e.GetLineNum();
            attachment.id = context.id(e);
            attachment.size = context.text(e, "size").value_or("");
            attachment.name = readText(e, context);
            if (++attachments == limits::kMaxMailAttachments + 1) context.error(e, "too-many", "a message may hold at most " + std::to_string(limits::kMaxMailAttachments) + " attachments");
            partRegistry.add(attachment.id, attachment.line, context.diagnostics);
            message.attachments.push_back(std::move(attachment));
        }
    });
    if (const XMLElement* body = ReadContext::child(element, "body")) {
        context.checkStructure(*body);
        MailAnchors anchors;
        context.mailAnchors = &anchors;
        ReadContext::forEach(*body, "p", [&](const XMLElement& p) { message.body.push_back(readText(p, context)); });
        context.mailAnchors = nullptr;
        checkAnchors(message, anchors, context);
    }
    ReadContext::forEach(element, "clue", [&](const XMLElement& e) {
        MailClue clue = readClue(e, message, context);
        if (e.Attribute("part") && message.clue(clue.part)) {
            context.error(e, "duplicate-clue", "the " + mailPartName(clue.part) + " already has a clue; give a part one clue");
            return;
        }
        message.clues.push_back(std::move(clue));
    });
    message.consequence = readOptionalText(element, "consequence", context);
    message.debrief = readOptionalText(element, "debrief", context);
    checkVerdict(message, element, context);
    return message;
}

} // namespace

Inbox readInbox(const XMLElement& element, ReadContext& context)
{
    context.checkStructure(element);
    Inbox inbox;
    inbox.line = element.GetLineNum();
    inbox.id = context.id(element);
    inbox.passMark = context.integer(element, "pass-mark", 0, 100).value_or(70);
    inbox.title = readOptionalText(element, "title", context);
    inbox.description = readOptionalText(element, "description", context);
    IdRegistry messageIds("message");
    ReadContext::forEach(element, "message", [&](const XMLElement& e) {
        inbox.messages.push_back(readMessage(e, context));
        messageIds.add(inbox.messages.back().id, e.GetLineNum(), context.diagnostics);
    });
    return inbox;
}

} // namespace mamori::lessons::detail
