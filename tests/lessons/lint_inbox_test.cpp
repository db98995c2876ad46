// Lint's checks of inbox exercises (lessons/src/lint/inbox_checks.cpp): the fixture
// tests/lessons/lint/inbox lints clean; each check fires on a small inbox built to break it, at
// the line of the element concerned; `lint-allow` on <inbox> and <message> suppresses.

#include "lint/reserved_names.hpp"
#include "mamori/lessons/lint.hpp"
#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace mamori::lessons;
using mamori::test::packXml;
using mamori::test::text;

namespace {

std::vector<Diagnostic> lintXml(const std::string& xml)
{
    mamori::test::TemporaryDirectory folder;
    const auto file = folder.write("pack.xml", xml);
    const LoadResult loaded = loadPackFile(file);
    for (const std::string& d : mamori::test::describe(loaded.diagnostics)) MESSAGE(d);
    REQUIRE(loaded.ok());
    CHECK(loaded.warnings == 0);
    return lintPack(*loaded.pack);
}

std::vector<std::string> found(const std::vector<Diagnostic>& diagnostics)
{
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics) out.push_back(std::to_string(d.line) + " " + d.code);
    return out;
}

int lineOf(const std::string& xml, const std::string& marker)
{
    const auto at = xml.find(marker);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

std::string at(const std::string& xml, const std::string& marker, const std::string& check)
{
    return std::to_string(lineOf(xml, marker)) + " " + check;
}

/// One message: malicious ones have `clues` clues (on the link, the sender, the subject, in
/// that order) and a consequence; the body shows link 'l' with `shownJa`/`shownEn`.
struct Mail {
    Mail(std::string id_, bool malicious_ = false, int clues_ = 2) : id(std::move(id_)), malicious(malicious_), clues(clues_) {}

    std::string id;
    bool malicious = false;
    int clues = 2;
    std::string from = "a@example.jp";
    std::string replyTo;
    std::string href = "https://www.example.jp/x";
    std::string shownJa = "こちら", shownEn = "here";
    std::string subjectJa = "件名", subjectEn = "Subject";
    std::string attributes;
    std::string headers;   ///< <header> elements, as written
};

std::string message(const Mail& m)
{
    std::string xml = "<message id=\"" + m.id + "\" verdict=\"" + (m.malicious ? "malicious" : "legitimate") +
                      "\" date=\"2026-06-01 09:00\"" + m.attributes + ">\n";
    xml += "<from address=\"" + m.from + "\"><ja>送信者</ja><en>Sender</en></from>\n";
    if (!m.replyTo.empty()) xml += "<reply-to address=\"" + m.replyTo + "\"/>\n";
    xml += text("subject", m.subjectJa, m.subjectEn) + "\n" + m.headers;
    xml += "<body>\n<p><ja>本文です。<link ref=\"l\">" + m.shownJa + "</link></ja><en>The body. <link ref=\"l\">" +
           m.shownEn + "</link></en></p>\n</body>\n";
    xml += "<link id=\"l\" href=\"" + m.href + "\"/>\n";
    if (m.malicious) {
        const char* parts[] = {"<clue part=\"link\" ref=\"l\">", "<clue part=\"sender\">", "<clue part=\"subject\">"};
        for (int i = 0; i < m.clues; ++i) xml += std::string(parts[i]) + "<ja>怪しい点です。</ja><en>Odd.</en></clue>\n";
        xml += text("consequence", "感染しました。", "Infected.") + "\n";
    }
    return xml + text("debrief", "振り返りです。", "Looking back.") + "\n</message>\n";
}

/// An inbox of `malicious` attacks and ordinary mail up to six messages, then `extra` messages.
std::string inbox(int malicious, const std::vector<Mail>& extra = {}, const std::string& attributes = "")
{
    std::string xml = "<inbox id=\"box\" pass-mark=\"70\"" + attributes + ">\n" + text("title", "受信箱", "Inbox") + "\n";
    const int plain = 6 - malicious - static_cast<int>(extra.size());
    for (int i = 0; i < malicious; ++i) xml += message({"bad" + std::to_string(i), true});
    for (int i = 0; i < plain; ++i) xml += message({"ok" + std::to_string(i), false});
    for (const Mail& m : extra) xml += message(m);
    return xml + "</inbox>\n";
}

std::string readFixture()
{
    std::ifstream in(mamori::test::sourceDir() / "tests/lessons/lint/inbox/pack.xml", std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST_CASE("the inbox fixture and a balanced inbox lint clean")
{
    const std::string fixture = readFixture();
    REQUIRE_FALSE(fixture.empty());
    CHECK(found(lintXml(fixture)).empty());
    CHECK(found(lintXml(packXml(inbox(3)))).empty());
}

TEST_CASE("reserved names: which hosts a link goes to, and which are reserved")
{
    using namespace mamori::lessons::lint;
    CHECK(hostOfLink("https://www.Example.JP/login") == "www.example.jp");
    CHECK(hostOfLink("https://www.example.jp@evil.example:8443/x?a=b") == "evil.example");
    CHECK(hostOfLink("http://192.0.2.44/reset") == "192.0.2.44");
    CHECK(hostOfLink("https://[2001:db8::1]/") == "2001:db8::1");
    CHECK(hostOfLink("mailto:someone@mail.test?subject=x") == "mail.test");
    CHECK(hostOfLink("www.example.com./page") == "www.example.com");
    CHECK_FALSE(hostOfLink("tel:+81-3-0000-0000").has_value());
    CHECK(domainOfAddress("Boss@Example.JP") == "example.jp");
    for (const char* reserved : {"example.jp", "portal.example.jp", "examp1e.example", "x.invalid", "mail.test", "example.com",
                                 "www.example.org", "example.net", "192.0.2.1", "198.51.100.255", "203.0.113.7", "2001:db8::1"}) {
        CAPTURE(reserved);
        CHECK(isReservedHost(reserved));
    }
    for (const char* real : {"example.co.jp", "notexample.jp", "example.jp.evil.co", "testing.jp", "192.0.3.1", "10.0.0.1",
                             "203.0.113.7.nip.io", "", "exаmple.jp" /* a Cyrillic а */}) {
        CAPTURE(real);
        CHECK_FALSE(isReservedHost(real));
    }
    CHECK(looksLikeAddress(" https://x"));
    CHECK(looksLikeAddress("WWW.example.jp"));
    CHECK_FALSE(looksLikeAddress("こちら"));
}

TEST_CASE("a sender, reply-to, link or shown address on a real domain is reported at its element")
{
    Mail m{"real", true};
    m.from = "billing@mamori-fixture-bank.co.jp";
    m.replyTo = "pay@collect.example";
    m.href = "https://www.example.jp@pay.mamori-fixture.co.jp/login";
    m.shownJa = m.shownEn = "https://www.mamori-fixture-bank.co.jp/";
    const std::string xml = packXml(inbox(2, {m}));
    const auto diagnostics = lintXml(xml);
    CHECK(found(diagnostics) == std::vector<std::string>{at(xml, "<from address=\"billing@", "reserved-domain"),
                                                         at(xml, "<p><ja>本文です。<link ref=\"l\">https://www.mamori", "reserved-domain"),
                                                         at(xml, "<link id=\"l\" href=\"https://www.example.jp@", "reserved-domain")});
    CHECK(diagnostics[0].message.starts_with("message 'real': the sender's address 'billing@mamori-fixture-bank.co.jp' uses "
                                             "'mamori-fixture-bank.co.jp', which is not a reserved name"));
    CHECK(diagnostics[1].message.starts_with("message 'real': the text shown for link 'l' 'https://www.mamori-fixture-bank.co.jp/' uses"));
    CHECK(diagnostics[2].message.starts_with("message 'real': link 'l' to 'https://www.example.jp@pay.mamori-fixture.co.jp/login' "
                                             "uses 'pay.mamori-fixture.co.jp'"));

    // A reply-to elsewhere, and a link to an address outside the documentation ranges.
    Mail reply{"reply", true};
    reply.replyTo = "boss@freemail.co.jp";
    reply.href = "http://10.1.2.3/reset";
    const std::string xml2 = packXml(inbox(2, {reply}));
    CHECK(found(lintXml(xml2)) == std::vector<std::string>{at(xml2, "<reply-to address=\"boss@", "reserved-domain"),
                                                           at(xml2, "<link id=\"l\" href=\"http://10.", "reserved-domain")});
}

TEST_CASE("header values name reserved hosts only; property names and version numbers are not hosts")
{
    Mail m{"headers", true};
    m.headers = "<header name=\"Authentication-Results\" value=\"mx.example.jp; spf=fail (192.0.2.9) smtp.mailfrom=a@mamori-fixture.co.jp; "
                "dkim=pass header.d=example.jp\"/>\n"
                "<header name=\"Received\" value=\"from relay.mamori-fixture.co.jp (10.0.0.8) by mx.example.jp\"/>\n"
                "<header name=\"X-Mailer\" value=\"Mailer 16.0.5\"/>\n";
    const std::string xml = packXml(inbox(2, {m}));
    const auto diagnostics = lintXml(xml);
    CHECK(found(diagnostics) == std::vector<std::string>{at(xml, "<header name=\"Authentication-Results\"", "reserved-domain"),
                                                         at(xml, "<header name=\"Received\"", "reserved-domain"),
                                                         at(xml, "<header name=\"Received\"", "reserved-domain")});
    CHECK(diagnostics[0].message.starts_with("message 'headers': header 'Authentication-Results' 'mx.example.jp; spf=fail"));
    CHECK(diagnostics[0].message.find("uses 'mamori-fixture.co.jp'") != std::string::npos);
    CHECK(diagnostics[1].message.find("uses 'relay.mamori-fixture.co.jp'") != std::string::npos);
    CHECK(diagnostics[2].message.find("uses '10.0.0.8'") != std::string::npos);
}

TEST_CASE("an inbox with too few or too many attacks")
{
    const std::string few = packXml(inbox(1));
    const auto diagnostics = lintXml(few);
    CHECK(found(diagnostics) == std::vector<std::string>{at(few, "<inbox", "inbox-balance")});
    CHECK(diagnostics[0].message ==
          "1 of the 6 messages of inbox 'box' are malicious (17 %): keep between 30 and 70 %, so that answering the same "
          "for every message cannot pass");
    const std::string many = packXml(inbox(5));
    CHECK(found(lintXml(many)) == std::vector<std::string>{at(many, "<inbox", "inbox-balance")});
    CHECK(found(lintXml(packXml(inbox(2)))).empty());   // 33 %
    CHECK(found(lintXml(packXml(inbox(4)))).empty());   // 67 %
}

TEST_CASE("a malicious message with a single clue")
{
    Mail one{"one-sign", true, 1};
    const std::string xml = packXml(inbox(2, {one}));
    const auto diagnostics = lintXml(xml);
    CHECK(found(diagnostics) == std::vector<std::string>{at(xml, "<message id=\"one-sign\"", "clue-count")});
    CHECK(diagnostics[0].message.starts_with("malicious message 'one-sign' has one clue (the link:l)"));
}

TEST_CASE("a malicious message whose links all show their own address, none of them a clue")
{
    // Clues on the sender and the subject only; the link shows where it goes.
    Mail plain{"plain-link", true, 3};
    plain.href = "https://portal.example.jp/x/";
    plain.shownJa = "https://portal.example.jp/x";
    plain.shownEn = "HTTPS://portal.example.jp/x";
    std::string xml = packXml(inbox(2, {plain}));
    xml.replace(xml.find("<clue part=\"link\" ref=\"l\"><ja>怪しい点です。</ja><en>Odd.</en></clue>\n",
                         xml.find("<message id=\"plain-link\"")),
                std::string("<clue part=\"link\" ref=\"l\"><ja>怪しい点です。</ja><en>Odd.</en></clue>\n").size(), "");
    CHECK(found(lintXml(xml)) == std::vector<std::string>{at(xml, "<message id=\"plain-link\"", "link-text-matches")});

    // With the link itself a clue (its address is what is wrong), there is something to spot.
    CHECK(found(lintXml(packXml(inbox(2, {plain})))).empty());
    // A legitimate message may show its links as they are.
    Mail honest{"honest", false};
    honest.shownJa = honest.shownEn = honest.href;
    CHECK(found(lintXml(packXml(inbox(3, {honest})))).empty());
}

TEST_CASE("characters beyond U+FFFF in an inbox's texts, at their element")
{
    Mail emoji{"emoji", true};
    emoji.subjectJa = "至急 😀";
    const std::string xml = packXml(inbox(2, {emoji}));
    const auto diagnostics = lintXml(xml);
    CHECK(found(diagnostics) == std::vector<std::string>{at(xml, "<subject><ja>至急", "nonbmp-character")});
    CHECK(diagnostics[0].message.starts_with("message 'emoji': the subject holds U+1F600, a character beyond"));

    std::string attached = packXml(inbox(3));
    attached.replace(attached.find("<link id=\"l\""), 0, "<attachment id=\"a\"><ja>𠮷野家.pdf</ja><en>menu.pdf</en></attachment>\n");
    CHECK(found(lintXml(attached)) == std::vector<std::string>{at(attached, "<attachment id=\"a\"", "nonbmp-character")});
}

TEST_CASE("an inbox's texts are checked for translation like the other activities'")
{
    std::string xml = packXml(inbox(3));
    const std::string debrief = "<debrief><ja>振り返りです。</ja><en>Looking back.</en>";
    xml.replace(xml.find(debrief), debrief.size(), "<debrief><ja>OK</ja><en>OK</en>");
    CHECK(found(lintXml(xml)) == std::vector<std::string>{at(xml, "<debrief><ja>OK", "translation-identical")});
}

TEST_CASE("lint-allow on <message> and on <inbox> suppresses an inbox's warnings")
{
    Mail one{"one-sign", true, 1};
    one.attributes = " lint-allow=\"clue-count\"";
    CHECK(found(lintXml(packXml(inbox(2, {one})))).empty());
    CHECK(found(lintXml(packXml(inbox(1, {}, " lint-allow=\"inbox-balance\"")))).empty());
    Mail real{"real", true};
    real.from = "x@mamori-fixture.co.jp";
    CHECK(found(lintXml(packXml(inbox(2, {real}, " lint-allow=\"reserved-domain\"")))).empty());
}
