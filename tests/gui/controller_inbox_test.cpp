// The inbox exercise through the app's controller: choosing messages, the consequence of
// opening an attack's attachment, marking clues, the debrief and the result, resuming, and the
// names of attachments as a mail client shows and inspects them.

#include "gui_fixture.hpp"
#include "visual_order.hpp"

#include <doctest/doctest.h>

using namespace mamori::app;
using namespace mamori::test;
using mamori::scoring::InboxAction;

namespace {

const std::string kInbox = "inbox-targeted-week";

void startInbox(GuiFixture& f)
{
    f.signInNew();
    f.apply(action::StartInbox{"inbox-drill", kInbox});
    REQUIRE(f.model.screen == Screen::Inbox);
}

} // namespace

TEST_CASE("the inbox lists its messages unread, and reading one records that it was opened")
{
    GuiFixture f(GuiFixture::inboxPacksDir());
    startInbox(f);
    const InboxView& view = *f.model.views.inbox;
    REQUIRE(view.rows.size() == 17);
    CHECK_FALSE(view.rows[0].opened);
    CHECK_FALSE(view.shown);
    CHECK(view.running);
    f.apply(action::SelectMessage{"m02"});
    REQUIRE(f.model.views.inbox->shown);
    CHECK(f.model.views.inbox->shown->message->id == "m02");
    CHECK(f.model.views.inbox->rows[1].opened);
    const auto* run = f.model.session->openInboxRun("inbox-drill", kInbox);
    REQUIRE(run);
    CHECK(run->steps.back().action == InboxAction::Open);
}

TEST_CASE("opening an attack's attachment shows its consequence, which must be read before anything else")
{
    GuiFixture f(GuiFixture::inboxPacksDir());
    startInbox(f);
    f.apply(action::SelectMessage{"m11"});
    const auto effects = f.apply(action::ActOnMessage{InboxAction::OpenAttachment, "m11-a-request"});
    REQUIRE(f.model.inbox.consequence);
    CHECK(f.model.views.inbox->consequenceMessage->id == "m11");
    CHECK_FALSE(effects.cues.empty());
    const std::size_t steps = f.model.session->openInboxRun("inbox-drill", kInbox)->steps.size();
    f.apply(action::ActOnMessage{InboxAction::Report, ""});   // ignored while the consequence shows
    CHECK(f.model.session->openInboxRun("inbox-drill", kInbox)->steps.size() == steps);
    f.apply(action::DismissConsequence{});
    CHECK_FALSE(f.model.inbox.consequence);
    f.apply(action::ActOnMessage{InboxAction::Report, ""});
    const auto& shown = *f.model.views.inbox->shown;
    REQUIRE(shown.grade);
    CHECK(shown.grade->compromised);
    CHECK(shown.grade->reported);
}

TEST_CASE("clues marked before deciding are graded in the debrief, and the last decision shows the result")
{
    GuiFixture f(GuiFixture::inboxPacksDir());
    startInbox(f);
    f.apply(action::SelectMessage{"m02"});
    f.apply(action::SetMarking{true});
    f.apply(action::ActOnMessage{InboxAction::MarkClue, "sender"});
    f.apply(action::ActOnMessage{InboxAction::MarkClue, "subject"});   // not a clue of m02
    f.apply(action::ActOnMessage{InboxAction::UnmarkClue, "subject"});
    CHECK(f.model.views.inbox->shown->state.marked.size() == 1);
    f.apply(action::ActOnMessage{InboxAction::Report, ""});
    const auto& grade = *f.model.views.inbox->shown->grade;
    CHECK(grade.cluesFound.size() == 1);
    CHECK(grade.cluesMissed.size() == 2);
    CHECK(grade.wrongMarks.empty());

    f.apply(action::SetMarking{false});
    for (const auto& m : f.model.inbox.inbox->messages) {
        if (m.id == "m02") continue;
        f.apply(action::SelectMessage{m.id});
        f.apply(action::ActOnMessage{m.verdict == mamori::lessons::Verdict::Malicious ? InboxAction::Report : InboxAction::MarkSafe, ""});
    }
    REQUIRE(f.model.views.inbox->showSummary);
    const auto& finished = *f.model.views.inbox->finished;
    CHECK(finished.passed);
    CHECK(finished.percent >= 70);
    CHECK(f.model.views.inbox->finishedGrades.size() == 17);
    std::vector<std::string> said;
    for (const auto& n : f.model.notices) said.push_back(n.key);
    CHECK(said == std::vector<std::string>{"done.inbox", "done.pack"});   // the inbox is the drill pack's only activity
    f.apply(action::ShowInboxMessages{});
    CHECK_FALSE(f.model.views.inbox->running);   // the finished run is read, not changed
    f.apply(action::ShowCatalog{});
    const auto& items = f.model.views.catalog->catalog.packs[0].items;
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == CatalogItem::Kind::Inbox);
    CHECK(items[0].status == mamori::scoring::ActivityStatus::Passed);
    CHECK(items[0].questions == 17);
}

TEST_CASE("signing out mid-inbox and back in continues on the message read last")
{
    GuiFixture f(GuiFixture::inboxPacksDir());
    startInbox(f);
    f.apply(action::SelectMessage{"m04"});
    f.apply(action::ActOnMessage{InboxAction::Delete, ""});
    f.apply(action::SignOut{});
    f.apply(action::SignIn{"E1"});
    f.apply(action::ContinueLearning{});
    REQUIRE(f.model.screen == Screen::Inbox);
    CHECK(f.model.inbox.selected == "m04");
    CHECK(f.model.views.inbox->decided == 1);
}

TEST_CASE("a name with a right-to-left override shows as a mail client shows it, and inspection reveals the trick")
{
    const std::string trick = "取材依頼書\u202Excod.scr";
    CHECK(visualOrder(trick) == "取材依頼書rcs.docx");
    CHECK(revealHiddenCharacters(trick) == "取材依頼書[RLO]xcod.scr");
    CHECK(hasHiddenCharacters(trick));
    CHECK(visualOrder("見積書.pdf.exe") == "見積書.pdf.exe");   // nothing to reorder
    CHECK_FALSE(hasHiddenCharacters("見積書.pdf.exe"));
    CHECK(revealHiddenCharacters("a\u200Bb\uFEFF") == "a[ZWSP]b[BOM]");
    // Zero-width characters show as nothing, as in a client, never as the font's "?".
    CHECK(visualOrder("請求\u200B書\uFEFF.pdf") == "請求書.pdf");
    CHECK(visualOrder("見積\u00AD書.zip") == "見積書.zip");
    CHECK(visualOrder("invoice_\u202Efdp.exe\u200B") == "invoice_exe.pdf");
    CHECK(isHiddenCharacter(U'\u200D'));
    CHECK_FALSE(isHiddenCharacter(U'a'));

    GuiFixture f(GuiFixture::inboxPacksDir());
    startInbox(f);
    f.apply(action::SelectMessage{"m11"});
    const auto& attachment = f.model.views.inbox->shown->attachments.at(0);
    CHECK(attachment.shownName == "取材依頼書rcs.docx");
    CHECK(attachment.revealedName == "取材依頼書[RLO]xcod.scr");
    CHECK(attachment.hasHidden);
}
