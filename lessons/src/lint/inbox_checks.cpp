// Checks of inbox exercises: made-up mail must use reserved names only, keep attacks and
// ordinary mail in balance, give each attack more than one sign to find and a link worth
// pointing at, and hold only characters the app can draw.

#include "lint_checks.hpp"

#include "../utf8.hpp"
#include "reserved_names.hpp"

#include <algorithm>
#include <cstdio>

namespace mamori::lessons::lint {
namespace {

// An inbox where nearly every message is an attack (or none is) is won by answering the same
// every time; real inboxes hold mostly ordinary mail, so practice sits between the two.
constexpr int kMinMaliciousPercent = 30;
constexpr int kMaxMaliciousPercent = 70;

std::string inQuotes(std::string_view text) { return "'" + std::string(text) + "'"; }

/// Where in the file a message's parts are: the model keeps lines of the message, its links,
/// attachments and clues; the source map gives those of its other children.
struct MessageLines {
    const PackSource& source;
    const MailMessage& message;

    int child(std::string_view element, std::size_t index = 0) const
    {
        return source.nthChildLine(message.line, element, index, message.line);
    }
    int paragraph(std::size_t index) const { return source.nthChildLine(child("body"), "p", index, child("body")); }
};

// ------------------------------------------------------------------ reserved-domain

void checkHost(Findings& findings, int line, const std::string& what, std::string_view shown, const std::string& host)
{
    if (isReservedHost(host)) return;
    findings.warn(line, "reserved-domain",
                  what + " " + inQuotes(shown) + " uses " + inQuotes(host) +
                      ", which is not a reserved name: use example.jp, a name ending in .example, .invalid or .test, "
                      "or an address in 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24, never a real organisation's");
}

void checkDomains(const Pack& pack, const MailMessage& m, const MessageLines& lines, Findings& findings)
{
    const std::string of = "message " + inQuotes(m.id) + ": ";
    checkHost(findings, lines.child("from"), of + "the sender's address", m.fromAddress, domainOfAddress(m.fromAddress));
    if (!m.replyTo.empty())
        checkHost(findings, lines.child("reply-to"), of + "the reply-to address", m.replyTo, domainOfAddress(m.replyTo));
    for (const MailLink& link : m.links) {
        if (auto host = hostOfLink(link.href)) checkHost(findings, link.line, of + "link " + inQuotes(link.id) + " to", link.href, *host);
    }
    // Headers name servers and addresses too (Received, Return-Path, Authentication-Results).
    for (std::size_t h = 0; h < m.headers.size(); ++h) {
        for (const std::string& host : hostsInHeaderValue(m.headers[h].value))
            checkHost(findings, lines.child("header", h), of + "header " + inQuotes(m.headers[h].name), m.headers[h].value, host);
    }
    // A link's shown text that reads as an address names a site too (the look-alike a learner
    // sees), once per paragraph even when both languages show it.
    for (std::size_t p = 0; p < m.body.size(); ++p) {
        std::vector<std::string> seen;
        for (Language language : pack.languages) {
            for (const Span& span : m.body[p].in(language).spans) {
                if (span.anchor.empty() || !m.link(span.anchor) || !looksLikeAddress(span.text)) continue;
                if (std::find(seen.begin(), seen.end(), span.text) != seen.end()) continue;
                seen.push_back(span.text);
                if (auto host = hostOfLink(span.text))
                    checkHost(findings, lines.paragraph(p), of + "the text shown for link " + inQuotes(span.anchor), span.text, *host);
            }
        }
    }
}

// ------------------------------------------------------------------ link-text-matches

/// An address as a reader compares it: no scheme, no trailing slash, ASCII in lower case.
std::string comparable(std::string_view text)
{
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    for (std::string_view scheme : {"https://", "http://"}) {
        if (out.starts_with(scheme)) out.erase(0, scheme.size());
    }
    while (out.ends_with('/')) out.pop_back();
    return out;
}

/// True when every place the message shows a link, in every language, shows its own address.
bool linksShowTheirAddress(const Pack& pack, const MailMessage& m)
{
    for (const LocalizedText& paragraph : m.body) {
        for (Language language : pack.languages) {
            const std::vector<Span>& spans = paragraph.in(language).spans;
            for (std::size_t i = 0; i < spans.size();) {
                const MailLink* link = spans[i].anchor.empty() ? nullptr : m.link(spans[i].anchor);
                if (!link) {
                    ++i;
                    continue;
                }
                std::string shown;   // a link's text may be split into runs by emphasis
                for (; i < spans.size() && spans[i].anchor == link->id; ++i) shown += spans[i].text;
                if (comparable(shown) != comparable(link->href)) return false;
            }
        }
    }
    return true;
}

void checkLinkTexts(const Pack& pack, const MailMessage& m, Findings& findings)
{
    if (m.verdict != Verdict::Malicious || m.links.empty()) return;
    const bool linkIsClue = std::any_of(m.clues.begin(), m.clues.end(), [](const MailClue& c) { return c.part.kind == MailPartKind::Link; });
    if (linkIsClue || !linksShowTheirAddress(pack, m)) return;
    findings.warn(m.line, "link-text-matches",
                  "every link of malicious message " + inQuotes(m.id) +
                      " shows its real address and none is a clue, so pointing at a link reveals nothing: show other "
                      "text (「こちら」, a look-alike address) or add a <clue part=\"link\"> saying what is wrong with it");
}

// ------------------------------------------------------------------ nonbmp-character

/// The first character of `text` above U+FFFF, or 0.
char32_t firstBeyondBmp(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size();) {
        if (const char32_t c = detail::decodeUtf8(text, pos); c > 0xFFFF) return c;
    }
    return 0;
}

class WideCharacters {
public:
    WideCharacters(const Pack& pack, Findings& findings) : pack_(pack), findings_(findings) {}

    void check(int line, const std::string& where, std::string_view text)
    {
        const char32_t c = firstBeyondBmp(text);
        if (c == 0) return;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        findings_.warn(line, "nonbmp-character",
                       where + " holds " + code +
                           ", a character beyond the 16-bit ones the app draws (an emoji, a rare kanji): it would show as "
                           "'?'; use a character up to U+FFFF, or describe it in words");
    }
    void check(int line, const std::string& where, const LocalizedText& text)
    {
        for (Language language : pack_.languages) {
            if (text.has(language)) check(line, where, text.plain(language));
        }
    }

private:
    const Pack& pack_;
    Findings& findings_;
};

void checkCharacters(const MailMessage& m, const MessageLines& lines, WideCharacters& wide)
{
    const std::string of = "message " + inQuotes(m.id) + ": ";
    wide.check(lines.child("from"), of + "the sender", m.fromName);
    wide.check(lines.child("from"), of + "the sender's address", m.fromAddress);
    wide.check(lines.child("reply-to"), of + "the reply-to address", m.replyTo);
    wide.check(lines.child("subject"), of + "the subject", m.subject);
    for (std::size_t i = 0; i < m.headers.size(); ++i) {
        wide.check(lines.child("header", i), of + "header " + inQuotes(m.headers[i].name), m.headers[i].name + m.headers[i].value);
    }
    for (std::size_t i = 0; i < m.body.size(); ++i) wide.check(lines.paragraph(i), of + "the body", m.body[i]);
    for (const MailLink& l : m.links) wide.check(l.line, of + "link " + inQuotes(l.id), l.href);
    for (const MailAttachment& a : m.attachments) wide.check(a.line, of + "the name of attachment " + inQuotes(a.id), a.name);
    for (const MailClue& c : m.clues) wide.check(c.line, of + "the clue on the " + mailPartName(c.part), c.explanation);
    wide.check(lines.child("consequence"), of + "the consequence", m.consequence);
    wide.check(lines.child("debrief"), of + "the debrief", m.debrief);
}

// ------------------------------------------------------------------ per inbox

void checkBalance(const Inbox& inbox, Findings& findings)
{
    if (inbox.messages.empty()) return;
    const auto malicious = std::count_if(inbox.messages.begin(), inbox.messages.end(),
                                         [](const MailMessage& m) { return m.verdict == Verdict::Malicious; });
    const auto total = static_cast<long>(inbox.messages.size());
    const long percent = (malicious * 100 + total / 2) / total;
    if (malicious * 100 >= kMinMaliciousPercent * total && malicious * 100 <= kMaxMaliciousPercent * total) return;
    findings.warn(inbox.line, "inbox-balance",
                  std::to_string(malicious) + " of the " + std::to_string(total) + " messages of inbox " + inQuotes(inbox.id) +
                      " are malicious (" + std::to_string(percent) + " %): keep between " +
                      std::to_string(kMinMaliciousPercent) + " and " + std::to_string(kMaxMaliciousPercent) +
                      " %, so that answering the same for every message cannot pass");
}

void checkClues(const MailMessage& m, Findings& findings)
{
    if (m.verdict != Verdict::Malicious || m.clues.size() != 1) return;
    findings.warn(m.line, "clue-count",
                  "malicious message " + inQuotes(m.id) + " has one clue (the " + mailPartName(m.clues.front().part) +
                      "): real attacks show several signs; mark a second one (the sender, a link, a phrase that "
                      "hurries) so that learners practise more than one check");
}

} // namespace

void checkInboxes(const Pack& pack, Findings& findings)
{
    WideCharacters wide(pack, findings);
    for (const Inbox* inbox : inboxesOf(pack)) {
        checkBalance(*inbox, findings);
        wide.check(inbox->line, "inbox " + inQuotes(inbox->id) + ": the title", inbox->title);
        wide.check(inbox->line, "inbox " + inQuotes(inbox->id) + ": the description", inbox->description);
        for (const MailMessage& m : inbox->messages) {
            const MessageLines lines{findings.source(), m};
            checkDomains(pack, m, lines, findings);
            checkClues(m, findings);
            checkLinkTexts(pack, m, findings);
            checkCharacters(m, lines, wide);
        }
    }
}

} // namespace mamori::lessons::lint
