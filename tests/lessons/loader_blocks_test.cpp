// Parsing of packs, lessons, pages and every block kind.

#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::lessons;
using mamori::test::loadXml;
using mamori::test::packXml;
using mamori::test::text;

namespace {

std::string lessonWith(std::string_view blocks, std::string_view pageExtras = "")
{
    return "<lesson id=\"l\" minutes=\"7\">" + text("title", "レッスン", "Lesson") + text("description", "概要", "Summary") +
           "<page id=\"p\">" + text("title", "ページ", "Page") + std::string(pageExtras) + std::string(blocks) +
           "</page></lesson>";
}

const Page& onlyPage(const LoadResult& result)
{
    REQUIRE(result.ok());
    REQUIRE(result.pack->lessons.size() == 1);
    REQUIRE(result.pack->lessons[0].pages.size() == 1);
    return result.pack->lessons[0].pages[0];
}

} // namespace

TEST_CASE("a pack's attributes, title and description are read")
{
    const auto result = loadXml(R"(<pack id="secrets" version="2.1.0" format="1" languages="ja en" minutes="45">
  <title><ja>営業秘密</ja><en>Trade secrets</en></title>
  <description><ja>基本を<em>学ぶ</em></ja><en>Learn the <em>basics</em></en></description>
  )" + lessonWith(text("p", "本文", "Body")) + "</pack>");
    REQUIRE(result.ok());
    const Pack& pack = *result.pack;
    CHECK(pack.id == "secrets");
    CHECK(pack.version == "2.1.0");
    CHECK(pack.format == 1);
    CHECK(pack.languages == std::vector<Language>{Language::Japanese, Language::English});
    CHECK(pack.minutes == 45);
    CHECK(pack.title.plain(Language::Japanese) == "営業秘密");
    CHECK(pack.title.plain(Language::English) == "Trade secrets");
    CHECK(pack.description.in(Language::English).spans ==
          std::vector<Span>{{"Learn the ", Emphasis::None}, {"basics", Emphasis::Em}});
}

TEST_CASE("the first declared language is the pack's main language")
{
    const auto result = loadXml(packXml(lessonWith(text("p", "本文", "Body")), "en ja"));
    REQUIRE(result.ok());
    CHECK(result.pack->languages.front() == Language::English);
}

TEST_CASE("a single-language pack needs only that language")
{
    const auto result = loadXml(packXml("<lesson id=\"l\"><title><en>Lesson</en></title><page id=\"p\"><title><en>Page</en></title>"
                                        "<p><en>Only English</en></p></page></lesson>",
                                        "en"));
    REQUIRE(result.ok());
    CHECK(result.pack->lessons[0].pages[0].title.plain(Language::English) == "Page");
    // Asking for another language falls back to what exists rather than showing nothing.
    CHECK(result.pack->lessons[0].pages[0].title.plain(Language::Japanese) == "Page");
}

TEST_CASE("a lesson holds its title, description, minutes and pages in order")
{
    const std::string pages = "<page id=\"one\">" + text("title", "一", "One") + text("p", "a", "a") + "</page>" +
                              "<page id=\"two\">" + text("title", "二", "Two") + text("p", "b", "b") + "</page>";
    const auto result = loadXml(packXml("<lesson id=\"intro\" minutes=\"12\">" + text("title", "導入", "Intro") +
                                        text("description", "概要", "Summary") + pages + "</lesson>"));
    REQUIRE(result.ok());
    const Lesson& lesson = result.pack->lessons.at(0);
    CHECK(lesson.id == "intro");
    CHECK(lesson.minutes == 12);
    CHECK(lesson.title.plain(Language::English) == "Intro");
    CHECK(lesson.description.plain(Language::Japanese) == "概要");
    REQUIRE(lesson.pages.size() == 2);
    CHECK(lesson.pages[0].id == "one");
    CHECK(lesson.pages[1].title.plain(Language::Japanese) == "二");
    CHECK(result.pack->lesson("intro") == &lesson);
}

TEST_CASE("headings and paragraphs keep emphasis as spans")
{
    const auto result = loadXml(packXml(lessonWith(
        text("heading", "見出し", "Heading") +
        "<p><ja>秘密は<strong>守る</strong>もの</ja><en>Secrets are <strong>kept</strong>, <em>always</em>.</en></p>")));
    const Page& page = onlyPage(result);
    REQUIRE(page.blocks.size() == 2);
    CHECK(std::get<Heading>(page.blocks[0]).text.plain(Language::Japanese) == "見出し");
    const auto& english = std::get<Paragraph>(page.blocks[1]).text.in(Language::English).spans;
    CHECK(english == std::vector<Span>{{"Secrets are ", Emphasis::None},
                                       {"kept", Emphasis::Strong},
                                       {", ", Emphasis::None},
                                       {"always", Emphasis::Em},
                                       {".", Emphasis::None}});
}

TEST_CASE("hand-wrapped lines are joined: a space in English, nothing between Japanese characters")
{
    const auto result = loadXml(packXml(lessonWith("<p><ja>営業秘密は\n        会社の財産です。\n   USB は\n  使わない</ja>"
                                                   "<en>Trade secrets\n        are   assets.</en></p>")));
    const auto& paragraph = std::get<Paragraph>(onlyPage(result).blocks.at(0));
    CHECK(paragraph.text.plain(Language::Japanese) == "営業秘密は会社の財産です。 USB は使わない");
    CHECK(paragraph.text.plain(Language::English) == "Trade secrets are assets.");
}

TEST_CASE("bullet and numbered lists keep their items in order")
{
    const auto result = loadXml(packXml(lessonWith(
        "<list>" + text("item", "一", "one") + text("item", "二", "two") + "</list>" + "<list type=\"numbered\">" +
        "<item><ja>手順<em>一</em></ja><en>Step <em>one</em></en></item>" + "</list>")));
    const Page& page = onlyPage(result);
    const auto& bullets = std::get<List>(page.blocks.at(0));
    CHECK(bullets.style == ListStyle::Bullet);
    REQUIRE(bullets.items.size() == 2);
    CHECK(bullets.items[1].plain(Language::English) == "two");
    const auto& numbered = std::get<List>(page.blocks.at(1));
    CHECK(numbered.style == ListStyle::Numbered);
    CHECK(numbered.items.at(0).in(Language::English).spans.back() == Span{"one", Emphasis::Em});
}

TEST_CASE("callouts are tips, warnings or rules")
{
    const auto result = loadXml(packXml(lessonWith(
        "<callout type=\"tip\"><ja>ヒント</ja><en>Tip</en></callout>"
        "<callout type=\"warning\"><ja>注意</ja><en>Careful</en></callout>"
        "<callout type=\"rule\"><ja>規則</ja><en>Rule</en></callout>")));
    const Page& page = onlyPage(result);
    REQUIRE(page.blocks.size() == 3);
    CHECK(std::get<Callout>(page.blocks[0]).kind == CalloutKind::Tip);
    CHECK(std::get<Callout>(page.blocks[1]).kind == CalloutKind::Warning);
    CHECK(std::get<Callout>(page.blocks[2]).kind == CalloutKind::Rule);
    CHECK(std::get<Callout>(page.blocks[2]).text.plain(Language::Japanese) == "規則");
}

TEST_CASE("images resolve against the pack folder and carry alt text and a caption")
{
    mamori::test::TemporaryDirectory folder;
    folder.write("images/flow.png", mamori::test::tinyPng());
    const auto result = loadXml(packXml(lessonWith("<image src=\"images/flow.png\" width=\"320\">" + text("alt", "図", "A diagram") +
                                                   text("caption", "流れ", "The flow") + "</image>")),
                                folder.path());
    const auto& image = std::get<Image>(onlyPage(result).blocks.at(0));
    CHECK(image.source == "images/flow.png");
    CHECK(image.file == folder.path() / "images/flow.png");
    CHECK(image.width == 320);
    CHECK(image.alt.plain(Language::English) == "A diagram");
    CHECK(image.caption.plain(Language::Japanese) == "流れ");
}

TEST_CASE("JPEG images are accepted too")
{
    mamori::test::TemporaryDirectory folder;
    folder.write("photo.jpg", mamori::test::tinyJpeg());
    const auto result = loadXml(packXml(lessonWith("<image src=\"photo.jpg\">" + text("alt", "写真", "Photo") + "</image>")),
                                folder.path());
    CHECK(result.ok());
}

TEST_CASE("narration gives one audio file per language")
{
    mamori::test::TemporaryDirectory folder;
    folder.write("audio/p-ja.ogg", "OggS-japanese");
    folder.write("audio/p-en.wav", std::string("RIFF\x10\0\0\0WAVEfmt ", 16));
    const auto result = loadXml(packXml(lessonWith(text("p", "本文", "Body"),
                                                   "<narration ja=\"audio/p-ja.ogg\" en=\"audio/p-en.wav\"/>")),
                                folder.path());
    const Page& page = onlyPage(result);
    REQUIRE(page.narrationFor(Language::Japanese));
    CHECK(page.narrationFor(Language::Japanese)->file == folder.path() / "audio/p-ja.ogg");
    REQUIRE(page.narrationFor(Language::English));
    CHECK(page.narrationFor(Language::English)->source == "audio/p-en.wav");
}

TEST_CASE("narration missing for one language is a warning, and the pack still loads")
{
    mamori::test::TemporaryDirectory folder;
    folder.write("a.ogg", "OggS");
    const auto result = loadXml(packXml(lessonWith(text("p", "本文", "Body"), "<narration ja=\"a.ogg\"/>")), folder.path());
    REQUIRE(result.ok());
    CHECK(result.warnings == 1);
    CHECK(mamori::test::describe(result.diagnostics) ==
          std::vector<std::string>{"5: warning: page 'p' has no English (en) narration"});
    CHECK(onlyPage(result).narrationFor(Language::English) == nullptr);
}
