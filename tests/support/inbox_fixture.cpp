#include "inbox_fixture.hpp"

namespace mamori::test {

std::string maliciousMessageXml()
{
    return R"XML(<message id="m-bad" verdict="malicious" date="2026-06-01 09:12">
    <from address="keiri@sample-shojl.example"><ja>サンプル商事 経理部</ja><en>Sample Shoji Accounts</en></from>
    <reply-to address="pay@elsewhere.invalid"/>
    <subject><ja>請求書のご確認</ja><en>Please check the invoice</en></subject>
    <header id="h-received" name="Received" value="from mail.elsewhere.invalid (203.0.113.7)"/>
    <body>
      <p><ja><phrase id="p-thanks">いつもお世話になっております。</phrase></ja><en><phrase id="p-thanks">Thank you for your business.</phrase></en></p>
      <p><ja><link ref="l-pay">支払い状況</link>を<phrase id="p-today">本日中に</phrase>ご確認ください。</ja>
         <en>Please check <link ref="l-pay">the payment status</link> and reply <phrase id="p-today">by the end of today</phrase>.</en></p>
    </body>
    <link id="l-pay" href="https://sample-shoji.example.invalid/login"/>
    <attachment id="a-inv" size="84 KB"><ja>請求書&#x202E;fdp.exe</ja><en>invoice&#x202E;fdp.exe</en></attachment>
    <clue part="sender"><ja>綴りが違う</ja><en>Misspelt domain</en></clue>
    <clue part="link" ref="l-pay"><ja>別のドメイン</ja><en>Another domain</en></clue>
    <clue part="attachment" ref="a-inv"><ja>実行ファイル</ja><en>A program</en></clue>
    <clue part="phrase" ref="p-today"><ja>急がせる</ja><en>Rushes you</en></clue>
    <consequence><ja>感染しました</ja><en>Your PC was infected</en></consequence>
    <debrief><ja>攻撃でした</ja><en>It was an attack</en></debrief>
  </message>)XML";
}

std::string legitimateMessageXml(const std::string& id)
{
    return R"(<message id=")" + id + R"(" verdict="legitimate" date="2026-06-02 10:00">
    <from address="info@minato.example.jp"><ja>総務部</ja><en>General Affairs</en></from>
    <subject><ja>お知らせ</ja><en>Notice</en></subject>
    <body><p><ja><link ref=")" + id + R"(-l">社内ポータル</link>をご覧ください。</ja><en>See <link ref=")" + id +
           R"(-l">the intranet</link>.</en></p></body>
    <link id=")" + id + R"(-l" href="https://portal.minato.example.jp/"/>
    <debrief><ja>社内のメールです</ja><en>An internal message</en></debrief>
  </message>)";
}

std::string inboxXml(const std::string& firstMessage, const std::string& attributes)
{
    std::string xml = "<inbox id=\"inbox\" " + attributes + ">\n  <title><ja>受信箱</ja><en>Inbox</en></title>\n  " + firstMessage + "\n";
    for (int i = 1; i <= 5; ++i) xml += "  " + legitimateMessageXml("m-ok" + std::to_string(i)) + "\n";
    return xml + "</inbox>";
}

} // namespace mamori::test
