// The author mode and inbox exercises: the tree lists the inbox and its messages under keys of
// their ids, a diagnostic inside a message selects it, the preview shows each link's real target,
// the phrases, attachments' hidden characters, the clues and the debrief in either language; and
// the whole author window, drawn headless with the real fonts on each inbox item, has every
// glyph it needs and nothing drawn over anything else or cut off.

#include "author_model.hpp"
#include "author_ui.hpp"
#include "fonts.hpp"
#include "layout_check.hpp"
#include "mail_preview.hpp"
#include "shown_characters.hpp"
#include "test_support.hpp"
#include "theme.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>

using namespace mamori;
using lessons::Language;
namespace fs = std::filesystem;

namespace {

const std::string kInbox = "inbox-fixture/inbox:mailbox";
const std::string kInvoice = kInbox + "/message:m-invoice";

/// The inbox fixture (tests/lessons/lint/inbox) in a folder of packs, loaded by the author mode.
struct InboxAuthor {
    test::TemporaryDirectory folder;
    app::AuthorWorkspace workspace{folder.path() / "packs"};
    app::AuthorModel model;
    app::AuthorController controller{workspace, model, [] { return std::string("10:00:00"); }};

    InboxAuthor()
    {
        fs::create_directories(folder.path() / "packs");
        fs::copy(test::sourceDir() / "tests/lessons/lint/inbox", folder.path() / "packs" / "inbox-fixture", fs::copy_options::recursive);
        (void)controller.reload();
    }
};

std::string plain(const lessons::RichText& text) { return text.plain(); }

/// The author window drawn headless with the real fonts, for each item in turn.
class AuthorFrames {
public:
    AuthorFrames(const app::AuthorWorkspace& workspace, int textPercent, ImVec2 display) : scale_(static_cast<float>(textPercent) / 100.0f)
    {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = display;
        io.IniFilename = nullptr;
        std::vector<std::string> problems;
        strings_ = app::UiStrings::load(test::sourceDir() / "assets" / "lang", problems);
        fonts_ = app::buildFonts(app::authorCharacters(*workspace.library(), strings_), scale_, report);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        palette_ = app::applyTheme(app::Theme::Light, scale_);
    }
    AuthorFrames(const AuthorFrames&) = delete;
    AuthorFrames& operator=(const AuthorFrames&) = delete;
    ~AuthorFrames() { ImGui::DestroyContext(); }

    /// Two frames of the window (the second with the first's measurements).
    void draw(const app::AuthorModel& model, const app::AuthorWorkspace& workspace)
    {
        for (int frame = 0; frame < 2; ++frame) {
            ImGui::GetIO().DeltaTime = 1.0f / 60;
            ImGui::NewFrame();
            probe.beginFrame();
            appModel_.settings.language = model.language;
            std::vector<app::Action> appActions;
            std::vector<app::AuthorAction> actions;
            app::UiContext ui{appModel_, strings_, fonts_, palette_, textures_, probe, app::NarrationState::Stopped, "", scale_, {}, appActions};
            app::AuthorUi author{ui, model, workspace, actions};
            app::ui::drawAuthor(author);
            ImGui::Render();
        }
    }

    app::FontReport report;
    app::WidgetProbe probe;

private:
    class NoTextures final : public app::TextureSource {
    public:
        std::optional<app::Texture> get(const fs::path&) override { return std::nullopt; }
    };
    float scale_;
    app::AppModel appModel_;
    app::UiStrings strings_;
    app::Fonts fonts_;
    app::Palette palette_{};
    NoTextures textures_;
};

} // namespace

TEST_CASE("The pack tree lists an inbox and its messages; a diagnostic inside a message selects it")
{
    InboxAuthor f;
    CHECK(f.model.lastReload.broken == 0);
    const app::AuthorItem* inbox = f.workspace.find(kInbox);
    REQUIRE(inbox);
    CHECK(inbox->kind == app::AuthorItemKind::Inbox);
    CHECK(inbox->depth == 1);
    REQUIRE(inbox->inbox);
    std::vector<std::string> messages;
    for (const app::AuthorItem& item : f.workspace.items()) {
        if (item.kind != app::AuthorItemKind::Message) continue;
        CHECK(item.depth == 2);
        CHECK(item.inbox == inbox->inbox);
        REQUIRE(item.message);
        CHECK(item.line == item.message->line);
        messages.push_back(item.id);
    }
    CHECK(messages == std::vector<std::string>{"m-invoice", "m-meeting", "m-password", "m-delivery", "m-ceo", "m-newsletter"});
    const app::AuthorItem* invoice = f.workspace.find(kInvoice);
    REQUIRE(invoice);
    CHECK(invoice->title.plain(Language::Japanese) == "【至急】未払いの請求書のご確認");

    // A warning at one of the message's clues is about the message; one at the inbox's title, the inbox.
    const int clueLine = invoice->message->clues.back().line;
    CHECK(f.workspace.itemAt({"inbox-fixture/pack.xml", clueLine, lessons::Severity::Warning, "test", "x"})->key == kInvoice);
    CHECK(f.workspace.itemAt({"inbox-fixture/pack.xml", inbox->line + 1, lessons::Severity::Warning, "test", "x"})->key == kInbox);

    (void)f.controller.apply(app::author_action::Select{kInvoice});
    CHECK(f.model.selected == kInvoice);
    CHECK_FALSE(f.model.map);   // no scenario map for a message
}

TEST_CASE("A message's preview shows each link's real target, its phrases, hidden characters and clues, in either language")
{
    InboxAuthor f;
    const lessons::MailMessage& m = *f.workspace.find(kInvoice)->message;
    const app::MailPreview ja = app::buildMailPreview(m, Language::Japanese);
    CHECK(ja.verdict == lessons::Verdict::Malicious);
    CHECK(ja.fromName == "経理部 請求担当");
    CHECK(ja.fromAddress == "billing@keiri-example.invalid");
    CHECK(ja.replyTo == "pay-now@collect.example");
    CHECK(ja.date == "2026-06-01 09:12");
    REQUIRE(ja.headers.size() == 1);
    CHECK(ja.headers[0].first == "Received");
    REQUIRE(ja.body.size() == 2);
    CHECK(plain(ja.body[0]).find("本日中にお支払いいただけない場合、取引を停止します〔p-today〕。") != std::string::npos);
    CHECK(plain(ja.body[1]) ==
          "詳細はhttps://www.example.jp/billing〔→ https://billing.example.jp.collect.example/login〕からご確認ください。");
    // The markers carry their own anchors, so that the screen colours them.
    const auto& spans = ja.body[1].spans;
    const auto target = std::find_if(spans.begin(), spans.end(), [](const lessons::Span& s) { return s.anchor == app::kLinkTargetAnchor; });
    REQUIRE(target != spans.end());
    CHECK((target - 1)->anchor == "l-portal");

    REQUIRE(ja.attachments.size() == 1);
    CHECK(ja.attachments[0].shown == "請求書_exe.pdf");            // as a mail client shows it
    CHECK(ja.attachments[0].revealed == "請求書_[RLO]fdp.exe");    // on inspection
    CHECK(ja.attachments[0].hidden);
    CHECK(ja.attachments[0].size == "412 KB");

    REQUIRE(ja.clues.size() == 3);
    CHECK(ja.clues[0].part == lessons::MailPart{lessons::MailPartKind::Link, "l-portal"});
    CHECK(ja.clues[0].partText == "https://www.example.jp/billing → https://billing.example.jp.collect.example/login");
    CHECK(ja.clues[1].partText == "請求書_[RLO]fdp.exe");
    CHECK(ja.clues[2].partText == "「本日中にお支払いいただけない場合、取引を停止します」");
    CHECK(plain(ja.clues[0].explanation).starts_with("表示は社内の請求ページですが"));
    CHECK(plain(ja.consequence) == "実行ファイルが起動し、パソコンがマルウェアに感染しました。");
    CHECK(plain(ja.debrief).starts_with("リンク先のドメイン"));

    const app::MailPreview en = app::buildMailPreview(m, Language::English, {"<{0}>", "#{0}"});
    CHECK(en.fromName == "Accounts, billing");
    CHECK(plain(en.body[1]) == "See the details at https://www.example.jp/billing<https://billing.example.jp.collect.example/login>.");
    CHECK(plain(en.body[0]).find("is not paid today, we will stop doing business with you#p-today.") != std::string::npos);
    CHECK(en.attachments[0].revealed == "invoice_[RLO]fdp.exe");
    CHECK(en.attachments[0].shown == "invoice_exe.pdf");
    CHECK(plain(en.clues[1].explanation).starts_with("The file name hides"));

    // The font is asked for the markers, not for the invisible characters it has no glyph for.
    std::vector<std::string> problems;
    const std::string characters = app::authorCharacters(*f.workspace.library(), app::UiStrings::load(test::sourceDir() / "assets" / "lang", problems));
    CHECK(characters.find("\u202E") == std::string::npos);
    CHECK(characters.find("[RLO]") != std::string::npos);
    CHECK(characters.find("billing.example.jp.collect.example") != std::string::npos);

    // A legitimate message: no clues, no consequence, nothing hidden.
    const app::MailPreview legitimate = app::buildMailPreview(*f.workspace.find(kInbox + "/message:m-newsletter")->message, Language::Japanese);
    CHECK(legitimate.verdict == lessons::Verdict::Legitimate);
    CHECK(legitimate.clues.empty());
    CHECK(legitimate.consequence.empty());
    CHECK_FALSE(legitimate.attachments.at(0).hidden);
}

TEST_CASE("The author window shows every inbox item with every glyph, nothing overlapping or cut off, at 80-160 % text")
{
    InboxAuthor f;
    struct Setting {
        int percent;
        ImVec2 display;
    };
    for (Setting setting : {Setting{80, ImVec2(1280, 800)}, Setting{100, ImVec2(1024, 768)}, Setting{160, ImVec2(1024, 768)}}) {
        AuthorFrames frames(f.workspace, setting.percent, setting.display);
        CHECK_MESSAGE(frames.report.missing.empty(), "characters without a glyph: " << app::describeMissingGlyphs(frames.report));
        for (Language language : lessons::kAllLanguages) {
            (void)f.controller.apply(app::author_action::SetLanguage{language});
            for (const app::AuthorItem& item : f.workspace.items()) {
                if (!item.inbox) continue;
                CAPTURE(setting.percent);
                CAPTURE(item.key);
                CAPTURE(lessons::languageCode(language));
                (void)f.controller.apply(app::author_action::Select{item.key});
                frames.draw(f.model, f.workspace);
                CHECK(frames.probe.find("tree:" + item.key).has_value());
                if (item.message) {
                    CHECK(frames.probe.find("author:mail-verdict").has_value());
                    // At 160 % the body begins below the fold; the probe sees only what is in view.
                    if (setting.percent <= 100) CHECK(frames.probe.find("author:mail-body").has_value());
                }
                for (const std::string& problem : app::findLayoutProblems(frames.probe)) FAIL_CHECK(problem);
            }
        }
    }
}
