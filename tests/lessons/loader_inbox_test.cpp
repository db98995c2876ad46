// Parsing of inbox exercises: messages, their bodies' links and phrases, clues and verdicts,
// and the diagnostics a trainer gets for each mistake.

#include "inbox_fixture.hpp"
#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace mamori::lessons;
using mamori::test::inboxXml;
using mamori::test::loadXml;
using mamori::test::maliciousMessageXml;
using mamori::test::packXml;

namespace {

/// The diagnostics of a pack holding an inbox whose first message is `message`.
std::vector<std::string> problemsWith(const std::string& message)
{
    return mamori::test::describe(loadXml(packXml(inboxXml(message))).diagnostics);
}

bool mentions(const std::vector<std::string>& lines, const std::string& text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("an inbox's messages, parts, clues and texts are read")
{
    const auto result = loadXml(packXml(inboxXml()));
    for (const auto& line : mamori::test::describe(result.diagnostics)) MESSAGE(line);
    REQUIRE(result.ok());
    REQUIRE(result.pack->inboxes.size() == 1);
    const Inbox& inbox = result.pack->inboxes[0];
    CHECK(result.pack->inbox("inbox") == &inbox);
    CHECK(inbox.passMark == 70);
    REQUIRE(inbox.messages.size() == 6);
    const MailMessage& m = inbox.messages[0];
    CHECK(m.verdict == Verdict::Malicious);
    CHECK(m.date == "2026-06-01 09:12");
    CHECK(m.fromAddress == "keiri@sample-shojl.example");
    CHECK(m.fromName.plain(Language::English) == "Sample Shoji Accounts");
    CHECK(m.replyTo == "pay@elsewhere.invalid");
    REQUIRE(m.headers.size() == 1);
    CHECK(m.headers[0].id == "h-received");
    REQUIRE(m.links.size() == 1);
    CHECK(m.links[0].href == "https://sample-shoji.example.invalid/login");
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].name.plain(Language::Japanese) == "請求書\u202Efdp.exe");
    CHECK(m.phrases == std::vector<std::string>{"p-thanks", "p-today"});
    REQUIRE(m.clues.size() == 4);
    CHECK(m.clue({MailPartKind::Link, "l-pay"}) != nullptr);
    CHECK(m.clue({MailPartKind::Phrase, "p-thanks"}) == nullptr);
    CHECK(m.consequence.plain(Language::English) == "Your PC was infected");

    SUBCASE("the body keeps each link and phrase as its own span, with its words around it")
    {
        const RichText& en = m.body[1].in(Language::English);
        CHECK(en.plain() == "Please check the payment status and reply by the end of today.");
        REQUIRE(en.spans.size() == 5);
        CHECK(en.spans[1] == Span{"the payment status", Emphasis::None, "", "l-pay"});
        CHECK(en.spans[2].text == " and reply ");   // the spaces either side go to the words, not the link
        CHECK(en.spans[3] == Span{"by the end of today", Emphasis::None, "", "p-today"});
        const RichText& ja = m.body[1].in(Language::Japanese);
        CHECK(ja.spans[0] == Span{"支払い状況", Emphasis::None, "", "l-pay"});
    }
    SUBCASE("the parts a learner can mark, in reading order")
    {
        std::vector<std::string> names;
        for (const MailPart& p : m.markableParts()) names.push_back(mailPartName(p));
        CHECK(names == std::vector<std::string>{"sender", "reply-to", "date", "subject", "header:h-received", "phrase:p-thanks",
                                                "link:l-pay", "phrase:p-today", "attachment:a-inv"});
    }
}

TEST_CASE("parts are named as one token, and read back")
{
    CHECK(mailPartName({MailPartKind::Link, "l-pay"}) == "link:l-pay");
    CHECK(parseMailPart("reply-to") == MailPart{MailPartKind::ReplyTo, ""});
    CHECK(parseMailPart("phrase:p1") == MailPart{MailPartKind::Phrase, "p1"});
    CHECK_FALSE(parseMailPart("link"));          // a link needs its id
    CHECK_FALSE(parseMailPart("sender:x"));      // the sender has none
    CHECK_FALSE(parseMailPart("signature:x"));
}

TEST_CASE("each mistake in a message is reported where it is, with what to do")
{
    const std::string bad = maliciousMessageXml();
    SUBCASE("a link shown in the body that the message does not declare")
    {
        const auto lines = problemsWith(replaced(bad, "<link ref=\"l-pay\">支払い状況</link>", "<link ref=\"l-payy\">支払い状況</link>"));
        CHECK(mentions(lines, "error: <link ref='l-payy'> names no <link id=…> of this message; did you mean 'l-pay'?"));
        CHECK(mentions(lines, "error: link 'l-pay' is not shown in the Japanese body"));
    }
    SUBCASE("a phrase marked in one language only")
    {
        const auto lines = problemsWith(replaced(bad, "<phrase id=\"p-today\">by the end of today</phrase>", "by the end of today"));
        CHECK(mentions(lines, "error: phrase 'p-today' is not marked in the English body; mark the same phrase in every language"));
    }
    SUBCASE("a clue on a part the message does not have")
    {
        const auto lines = problemsWith(replaced(bad, "<clue part=\"attachment\" ref=\"a-inv\">", "<clue part=\"attachment\" ref=\"a-imv\">"));
        CHECK(mentions(lines, "error: attachment 'a-imv' is not in this message; did you mean 'a-inv'?"));
    }
    SUBCASE("a clue without the ref its part needs, and one with a ref it cannot take")
    {
        auto lines = problemsWith(replaced(bad, "<clue part=\"link\" ref=\"l-pay\">", "<clue part=\"link\">"));
        CHECK(mentions(lines, "error: a clue on a link needs 'ref', the id of that link"));
        lines = problemsWith(replaced(bad, "<clue part=\"sender\">", "<clue part=\"sender\" ref=\"l-pay\">"));
        CHECK(mentions(lines, "error: a clue on the sender takes no 'ref': a message has one sender"));
    }
    SUBCASE("two clues on one part")
    {
        const auto lines = problemsWith(replaced(bad, "<clue part=\"link\" ref=\"l-pay\">", "<clue part=\"sender\">"));
        CHECK(mentions(lines, "error: the sender already has a clue; give a part one clue"));
    }
    SUBCASE("a malicious message without clues or a consequence")
    {
        std::string noClues = bad;
        while (noClues.find("<clue") != std::string::npos) {
            const auto from = noClues.find("<clue");
            noClues.erase(from, noClues.find("</clue>", from) + 7 - from);
        }
        noClues = replaced(noClues, "<consequence><ja>感染しました</ja><en>Your PC was infected</en></consequence>", "");
        const auto lines = problemsWith(noClues);
        CHECK(mentions(lines, "error: malicious message 'm-bad' has no <clue>: say what gives it away, and where"));
        CHECK(mentions(lines, "error: malicious message 'm-bad' needs a <consequence>"));
    }
    SUBCASE("a legitimate message with a clue")
    {
        const auto lines = problemsWith(replaced(bad, "verdict=\"malicious\"", "verdict=\"legitimate\""));
        CHECK(mentions(lines, "error: legitimate message 'm-bad' cannot have clues; say in its <debrief> why it can be trusted"));
        CHECK(mentions(lines, "warning: a legitimate message's <consequence> is never shown"));
    }
    SUBCASE("a date and an address a mail client would not show")
    {
        auto lines = problemsWith(replaced(bad, "date=\"2026-06-01 09:12\"", "date=\"1 June, 9:12\""));
        CHECK(mentions(lines, "error: 'date' must be \"YYYY-MM-DD HH:MM\", such as \"2026-06-01 09:12\"; found '1 June, 9:12'"));
        lines = problemsWith(replaced(bad, "keiri@sample-shojl.example", "keiri at sample-shojl"));
        CHECK(mentions(lines, "error: <from> address 'keiri at sample-shojl' is not an e-mail address such as \"name@example.jp\""));
    }
    SUBCASE("a verdict that is neither")
    {
        const auto lines = problemsWith(replaced(bad, "verdict=\"malicious\"", "verdict=\"phishing\""));
        CHECK(mentions(lines, "error: 'verdict' must be 'legitimate' or 'malicious', found 'phishing'"));
    }
    SUBCASE("links and phrases belong to a mail's body only")
    {
        const auto result = loadXml(packXml(R"(<lesson id="l"><title><ja>t</ja><en>t</en></title>
          <page id="p"><title><ja>t</ja><en>t</en></title><p><ja><link ref="x">a</link></ja><en>b</en></p></page></lesson>)"));
        CHECK(mentions(mamori::test::describe(result.diagnostics), "unknown element <link> in the text of <p>"));
    }
}

TEST_CASE("an inbox holds 6 to 20 messages, and its id is one of the pack's activities")
{
    std::string five = inboxXml();
    const auto last = five.rfind("<message");
    five.erase(last, five.find("</message>", last) + 10 - last);
    CHECK(mentions(mamori::test::describe(loadXml(packXml(five)).diagnostics), "error: <inbox> needs at least 6 <message>"));

    const std::string clash = R"(<scenario id="inbox" start="n" pass-score="0"><title><ja>t</ja><en>t</en></title>
      <node id="n"><situation><ja>s</ja><en>s</en></situation><option id="o" goto="e"><ja>o</ja><en>o</en></option></node>
      <ending id="e" outcome="good"><title><ja>t</ja><en>t</en></title><debrief><ja>d</ja><en>d</en></debrief></ending></scenario>)";
    CHECK(mentions(mamori::test::describe(loadXml(packXml(clash + inboxXml())).diagnostics),
                   "error: duplicate lesson, quiz, scenario or inbox id 'inbox'"));
}
