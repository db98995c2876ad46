// The organisation's own details: slots in pack texts, the profile that fills them, and the
// checks on both, with the line of each mistake.

#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/organisation_profile.hpp"
#include "mamori/lessons/pack_library.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::lessons;
using mamori::test::describe;
using mamori::test::packXml;
using mamori::test::TemporaryDirectory;
using mamori::test::text;

namespace {

/// A pack whose one paragraph tells the learner whom to report to.
std::string packWithSlot(std::string_view ja = "すぐに<slot key=\"report-to\">上司</slot>に報告します。",
                         std::string_view en = "Tell <slot key=\"report-to\">your manager</slot> at once.")
{
    return packXml("<lesson id=\"l\">" + text("title", "レッスン", "Lesson") + "<page id=\"p\">" + text("title", "ページ", "Page") +
                   "<p><ja>" + std::string(ja) + "</ja><en>" + std::string(en) + "</en></p></page></lesson>");
}

const RichText& paragraph(const LoadResult& result, Language language)
{
    REQUIRE(result.ok());
    return std::get<Paragraph>(result.pack->lessons[0].pages[0].blocks[0]).text.in(language);
}

const std::string kProfile = R"(<organisation format="1" languages="ja en">
  <name><ja>株式会社サンプル</ja><en>Sample Co.</en></name>
  <slot key="report-to"><ja>所属長</ja><en>your head of section</en></slot>
</organisation>)";

std::shared_ptr<const OrganisationProfile> profileFrom(const std::string& xml)
{
    const ProfileLoadResult loaded = loadOrganisationProfileFromMemory(xml, "organisation.xml");
    CAPTURE(describe(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return loaded.profile;
}

} // namespace

TEST_CASE("without a profile a slot shows the pack's default, marked with its key")
{
    const LoadResult result = mamori::test::loadXml(packWithSlot());
    CHECK(paragraph(result, Language::Japanese).plain() == "すぐに上司に報告します。");
    CHECK(paragraph(result, Language::English).plain() == "Tell your manager at once.");
    CHECK(paragraph(result, Language::English).spans ==
          std::vector<Span>{{"Tell "}, {"your manager", Emphasis::None, "report-to"}, {" at once."}});
}

TEST_CASE("a profile fills the slots it sets, in each language, and leaves the others to the pack")
{
    const auto profile = profileFrom(kProfile);
    CHECK(profile->name.plain(Language::English) == "Sample Co.");
    const LoadResult filled = loadPackFromMemory(packWithSlot(), "pack.xml", {}, profile.get());
    CHECK(paragraph(filled, Language::Japanese).plain() == "すぐに所属長に報告します。");
    CHECK(paragraph(filled, Language::English).plain() == "Tell your head of section at once.");

    const LoadResult other = loadPackFromMemory(
        packWithSlot("<slot key=\"legal-contact\">法務部門</slot>に相談します。", "Ask <slot key=\"legal-contact\">legal</slot>."),
        "pack.xml", {}, profile.get());
    CHECK(paragraph(other, Language::Japanese).plain() == "法務部門に相談します。");
    CHECK(paragraph(other, Language::English).plain() == "Ask legal.");
}

TEST_CASE("slots sit beside emphasis and in plain texts such as titles")
{
    const LoadResult result = mamori::test::loadXml(packXml(
        "<lesson id=\"l\"><title><ja><slot key=\"completion-department\">人事部</slot>への報告</ja><en>Reporting to "
        "<slot key=\"completion-department\">HR</slot></en></title><page id=\"p\">" +
        text("title", "ページ", "Page") +
        "<p><ja><strong>必ず</strong><slot key=\"report-to\">上司</slot>へ</ja><en><strong>Always</strong> tell "
        "<slot key=\"report-to\">your manager</slot></en></p></page></lesson>"));
    REQUIRE(result.ok());
    CHECK(result.pack->lessons[0].title.plain(Language::Japanese) == "人事部への報告");
    CHECK(result.pack->lessons[0].title.plain(Language::English) == "Reporting to HR");
    CHECK(paragraph(result, Language::English).spans ==
          std::vector<Span>{{"Always", Emphasis::Strong}, {" tell "}, {"your manager", Emphasis::None, "report-to"}});
}

TEST_CASE("a pack's broken slots are reported on their lines")
{
    const LoadResult unknown = mamori::test::loadXml(packWithSlot("<slot key=\"report_to\">上司</slot>へ", "Tell them."));
    CHECK_FALSE(unknown.ok());
    CHECK(describe(unknown.diagnostics) ==
          std::vector<std::string>{"5: error: unknown slot key 'report_to'; did you mean 'report-to'?"});

    const LoadResult empty = mamori::test::loadXml(packWithSlot("<slot key=\"report-to\"> </slot>へ", "Tell them."));
    CHECK(describe(empty.diagnostics) ==
          std::vector<std::string>{
              "5: error: <slot key='report-to'> needs its default text, shown when no organisation profile sets it"});

    const LoadResult noKey = mamori::test::loadXml(packWithSlot("<slot>上司</slot>へ", "Tell them."));
    REQUIRE(noKey.diagnostics.size() == 1);
    CHECK(noKey.diagnostics[0].message.starts_with("<slot> is missing the required attribute 'key' (one of report-to, "));

    const LoadResult nested = mamori::test::loadXml(packWithSlot("<slot key=\"report-to\"><em>上司</em></slot>へ", "Tell them."));
    CHECK(describe(nested.diagnostics) == std::vector<std::string>{"5: error: <em> cannot be used inside <slot>"});

    const LoadResult misspelt = mamori::test::loadXml(packWithSlot("<slott key=\"report-to\">上司</slott>へ", "Tell them."));
    CHECK(describe(misspelt.diagnostics) ==
          std::vector<std::string>{"5: error: unknown element <slott> in the text of <p>; did you mean <slot>?"});
}

TEST_CASE("a profile's mistakes are reported with their lines, and the profile is refused")
{
    const ProfileLoadResult broken = loadOrganisationProfileFromMemory(R"(<organisation format="1" languages="ja en">
  <slot key="report-to"><ja>所属長</ja><en>head of section</en></slot>
  <slot key="reportto"><ja>所属長</ja><en>head of section</en></slot>
  <slot key="report-to"><ja>部長</ja><en>director</en></slot>
  <slot key="legal-contact"><ja>法務部</ja></slot>
  <slot key="security-contact"><ja>情報<slot key="report-to">x</slot></ja><en>IT</en></slot>
  <slogan><ja>守る</ja><en>Protect</en></slogan>
</organisation>)",
                                                                       "organisation.xml");
    CHECK_FALSE(broken.ok());
    CHECK(describe(broken.diagnostics) ==
          std::vector<std::string>{
              "3: error: unknown slot key 'reportto'; did you mean 'report-to'?",
              "4: error: slot 'report-to' is already set on line 2",
              "5: error: missing English (en) text in <slot>",
              "6: error: an organisation's own text cannot hold another <slot>",
              "7: error: unknown element <slogan> in <organisation>; expected <name> or <slot>",
          });

    const ProfileLoadResult wrongRoot = loadOrganisationProfileFromMemory("<pack/>", "organisation.xml");
    CHECK(describe(wrongRoot.diagnostics) == std::vector<std::string>{"1: error: the root element must be <organisation>, found <pack>"});

    const std::string longText(400, 'x');
    const ProfileLoadResult tooLong = loadOrganisationProfileFromMemory(
        "<organisation format=\"1\" languages=\"en\">\n<slot key=\"report-to\"><en>" + longText + "</en></slot></organisation>",
        "organisation.xml");
    CHECK(describe(tooLong.diagnostics) ==
          std::vector<std::string>{"2: error: slot 'report-to' is longer than 300 bytes; it is shown inside a sentence"});
}

TEST_CASE("the example profile shipped for organisations is valid and sets every slot")
{
    const ProfileLoadResult example = loadOrganisationProfile(mamori::test::sourceDir() / "lessons" / "organisation.example.xml");
    CAPTURE(describe(example.diagnostics));
    REQUIRE(example.ok());
    CHECK(example.diagnostics.empty());
    for (const SlotKey& key : slotKeys()) {
        CAPTURE(key.key);
        REQUIRE(example.profile->slot(key.key));
        CHECK(example.profile->slot(key.key)->has(Language::Japanese));
        CHECK(example.profile->slot(key.key)->has(Language::English));
    }
}

TEST_CASE("a library uses organisation.xml beside the packs, or the profile it is given")
{
    TemporaryDirectory folder;
    folder.write("packs/p/pack.xml", packWithSlot());
    const auto sentence = [](const PackLibrary& library) {
        REQUIRE(library.find("test"));
        return std::get<Paragraph>(library.find("test")->lessons[0].pages[0].blocks[0]).text.plain(Language::English);
    };

    CHECK(sentence(loadPackLibrary(folder.path() / "packs")) == "Tell your manager at once.");

    folder.write("packs/organisation.xml", kProfile);
    const PackLibrary beside = loadPackLibrary(folder.path() / "packs");
    CHECK(beside.failures.empty());
    CHECK(beside.profileProblems.empty());
    CHECK(sentence(beside) == "Tell your head of section at once.");

    // A named profile that cannot be read is reported, and the packs still load with their defaults.
    const PackLibrary missing = loadPackLibrary(folder.path() / "packs", folder.path() / "nowhere.xml");
    CHECK(missing.failures.empty());
    REQUIRE(missing.profileProblems.size() == 1);
    CHECK(missing.profileProblems[0].message == "no such file");
    CHECK(sentence(missing) == "Tell your manager at once.");
}
