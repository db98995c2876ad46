// The inbox exercise's promises: realistic and balanced, every attack explained part by part,
// every message debriefed in both languages, only fictional organisations on reserved domains,
// and the tricks it teaches actually in it.

#include "content_packs.hpp"

#include "mamori/lessons/model.hpp"
#include "mamori/scoring/inbox_run.hpp"

#include <algorithm>
#include <set>

using namespace mamori::lessons;
using namespace mamori::test;

namespace {

std::vector<const Inbox*> shippedInboxes()
{
    std::vector<const Inbox*> found;
    for (const auto& pack : shippedLibrary().packs) {
        for (const Inbox& inbox : pack->inboxes) found.push_back(&inbox);
        for (const Lesson& lesson : pack->lessons) {
            for (const Inbox& inbox : lesson.inboxes) found.push_back(&inbox);
        }
    }
    return found;
}

/// The host of an address or link: after '@', or between "//" and the next '/'.
std::string hostOf(const std::string& address)
{
    if (const auto at = address.find('@'); at != std::string::npos) return address.substr(at + 1);
    std::string host = address;
    if (const auto scheme = host.find("//"); scheme != std::string::npos) host = host.substr(scheme + 2);
    return host.substr(0, host.find_first_of("/:?#"));
}

bool endsWith(const std::string& text, const std::string& end)
{
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

/// Reserved for documentation and testing (RFC 2606, RFC 6761, JPRS's example.jp).
bool reserved(const std::string& host)
{
    return host == "example.jp" || endsWith(host, ".example.jp") || endsWith(host, ".example") || endsWith(host, ".invalid") ||
           endsWith(host, ".test");
}

bool withinBmp(const std::string& utf8)
{
    return std::none_of(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xF8) == 0xF0; });
}

} // namespace

TEST_CASE("the targeted-attacks pack has an inbox of 12+ messages, about half of them attacks")
{
    const Pack& pack = shippedPack("targeted-attacks");
    REQUIRE(pack.inboxes.size() == 1);
    const Inbox& inbox = pack.inboxes[0];
    CHECK(inbox.messages.size() >= 12);
    const auto attacks = std::count_if(inbox.messages.begin(), inbox.messages.end(),
                                       [](const MailMessage& m) { return m.verdict == Verdict::Malicious; });
    CHECK(attacks * 10 >= static_cast<long>(inbox.messages.size()) * 4);
    CHECK(attacks * 10 <= static_cast<long>(inbox.messages.size()) * 6);
    CHECK(inbox.passMark >= 60);
}

TEST_CASE("every attack says what gives it away, part by part, and what opening it would do; every message is debriefed")
{
    for (const Inbox* inbox : shippedInboxes()) {
        for (const MailMessage& m : inbox->messages) {
            CAPTURE(m.id);
            for (Language language : {Language::Japanese, Language::English}) {
                CHECK(m.debrief.has(language));
                CHECK(m.subject.has(language));
                CHECK(m.fromName.has(language));
                for (const MailClue& clue : m.clues) CHECK(clue.explanation.in(language).plainSize() >= 20);
                if (m.verdict == Verdict::Malicious) CHECK(m.consequence.has(language));
            }
            if (m.verdict == Verdict::Malicious) {
                CHECK(m.clues.size() >= 2);
                for (const MailClue& clue : m.clues) CHECK(m.hasPart(clue.part));
            } else {
                CHECK(m.clues.empty());
            }
        }
    }
}

TEST_CASE("deciding every message rightly passes the inbox without pointing out a clue; reporting everything fails it")
{
    for (const Inbox* inbox : shippedInboxes()) {
        mamori::scoring::InboxRunRecord right, alarmist;
        right.inboxId = alarmist.inboxId = inbox->id;
        const mamori::scoring::Timestamp at = std::chrono::sys_days(std::chrono::year(2026) / 6 / 1);
        for (const MailMessage& m : inbox->messages) {
            const bool attack = m.verdict == Verdict::Malicious;
            REQUIRE(mamori::scoring::actOnMessage(right, *inbox, m.id, attack ? mamori::scoring::InboxAction::Report
                                                                                  : mamori::scoring::InboxAction::MarkSafe,
                                                  "", at));
            REQUIRE(mamori::scoring::actOnMessage(alarmist, *inbox, m.id, mamori::scoring::InboxAction::Report, "", at));
        }
        CHECK(right.passed);
        CHECK(right.percent == doctest::Approx(100));
        CHECK_FALSE(alarmist.passed);   // a false alarm has its price
    }
}

TEST_CASE("only fictional organisations on reserved domains, and nothing the app's font cannot draw")
{
    for (const Inbox* inbox : shippedInboxes()) {
        for (const MailMessage& m : inbox->messages) {
            CAPTURE(m.id);
            CHECK(reserved(hostOf(m.fromAddress)));
            if (!m.replyTo.empty()) CHECK(reserved(hostOf(m.replyTo)));
            for (const MailLink& link : m.links) {
                CAPTURE(link.href);
                CHECK(reserved(hostOf(link.href)));
            }
            for (const MailAttachment& a : m.attachments) {
                for (Language language : {Language::Japanese, Language::English}) CHECK(withinBmp(a.name.plain(language)));
            }
            for (const LocalizedText& paragraph : m.body) {
                for (Language language : {Language::Japanese, Language::English}) CHECK(withinBmp(paragraph.plain(language)));
            }
        }
    }
}

TEST_CASE("the tricks the lessons teach are in the inbox: double extensions, a right-to-left override, ISO, OneNote, a zip and its password, a link elsewhere, a Reply-To")
{
    const Inbox& inbox = shippedPack("targeted-attacks").inboxes.at(0);
    std::set<std::string> seen;
    for (const MailMessage& m : inbox.messages) {
        if (m.verdict != Verdict::Malicious) continue;
        if (!m.replyTo.empty()) seen.insert("reply-to");
        for (const MailAttachment& a : m.attachments) {
            const std::string name = a.name.plain(Language::English);
            if (name.find("\u202E") != std::string::npos) seen.insert("rlo");
            for (const std::string ext : {".iso", ".one", ".zip", ".pdf.html", ".pdf.exe"}) {
                if (endsWith(name, ext)) seen.insert(ext);
            }
        }
        for (const MailClue& clue : m.clues) {
            if (clue.part.kind == MailPartKind::Link) seen.insert("link");
            if (clue.part.kind == MailPartKind::Header) seen.insert("header");
        }
    }
    for (const std::string trick : {"reply-to", "rlo", ".iso", ".one", ".zip", "link", "header"}) {
        CAPTURE(trick);
        CHECK(seen.count(trick) == 1);
    }
    CHECK((seen.count(".pdf.html") + seen.count(".pdf.exe")) >= 1);
}

TEST_CASE("messages arrive in the order of their dates")
{
    for (const Inbox* inbox : shippedInboxes()) {
        for (std::size_t i = 1; i < inbox->messages.size(); ++i) {
            CAPTURE(inbox->messages[i].id);
            CHECK(inbox->messages[i - 1].date <= inbox->messages[i].date);
        }
    }
}
