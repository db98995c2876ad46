// The inbox exercise as a mail client: the message list, the reading pane with the sender's
// real address, links whose real target shows in the status bar when pointed at (or focused),
// attachments whose full names can be inspected, and the learner's actions. Once a message is
// decided, its debrief shows what there was to see and where; once all are, the result.

#include "screens.hpp"
#include "widgets.hpp"

#include "mamori/scoring/inbox_run.hpp"

#include <imgui_internal.h>

#include <cmath>

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;

/// What the status bar shows this frame: the real target of the link pointed at or focused.
struct Frame {
    std::string statusText;
};

const char* decisionKey(InboxAction decision)
{
    switch (decision) {
    case InboxAction::Report: return "inbox.decision.report";
    case InboxAction::Delete: return "inbox.decision.delete";
    case InboxAction::MarkSafe: return "inbox.decision.mark-safe";
    default: return "";
    }
}

/// The text a link or phrase is shown with in the body, in the learner's language.
std::string anchorText(const MailMessage& message, const std::string& anchor, Language language)
{
    std::string text;
    for (const LocalizedText& paragraph : message.body) {
        for (const Span& span : paragraph.in(language).spans) {
            if (span.anchor == anchor) text += span.text;
        }
        if (!text.empty()) return text;
    }
    return anchor;
}

std::string partLabel(UiContext& ui, const MessageView& view, const MailPart& part)
{
    const MailMessage& m = *view.message;
    switch (part.kind) {
    case MailPartKind::Sender: return ui.t("inbox.part.sender");
    case MailPartKind::ReplyTo: return ui.t("inbox.part.reply-to");
    case MailPartKind::Subject: return ui.t("inbox.part.subject");
    case MailPartKind::Date: return ui.t("inbox.part.date");
    case MailPartKind::Header:
        for (const MailHeader& h : m.headers) {
            if (h.id == part.ref) return ui.f("inbox.part.header", {h.name});
        }
        break;
    case MailPartKind::Link: return ui.f("inbox.part.link", {anchorText(m, part.ref, ui.language())});
    case MailPartKind::Phrase: return ui.f("inbox.part.phrase", {anchorText(m, part.ref, ui.language())});
    case MailPartKind::Attachment:
        for (const AttachmentView& a : view.attachments) {
            if (a.attachment->id == part.ref) return ui.f("inbox.part.attachment", {a.shownName});
        }
        break;
    }
    return mailPartName(part);
}

bool contains(const std::vector<MailPart>& parts, const MailPart& part)
{
    return std::find(parts.begin(), parts.end(), part) != parts.end();
}

/// Outlines a part: marked by the learner (filled), or after the decision a clue found,
/// missed, or a part marked that was no clue; in marking mode, every part that can be marked.
void outlinePart(UiContext& ui, const InboxView& inbox, const MessageView& view, const MailPart& part, ImVec2 min, ImVec2 max)
{
    const Palette& p = ui.palette;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a(min.x - 2, min.y - 1), b(max.x + 2, max.y + 1);
    const float thick = std::max(1.0f, ui.scale * 1.5f);
    if (view.grade) {
        if (contains(view.grade->cluesFound, part)) draw->AddRect(a, b, p.right, 3, 0, thick * 1.5f);
        else if (contains(view.grade->cluesMissed, part)) draw->AddRect(a, b, p.wrong, 3, 0, thick * 1.5f);
        else if (contains(view.grade->wrongMarks, part)) draw->AddRect(a, b, p.partly, 3, 0, thick);
        return;
    }
    if (view.state.marked.count(part)) {
        draw->AddRectFilled(a, b, (p.warning & 0x00FFFFFF) | 0x38000000, 3);
        draw->AddRect(a, b, p.warning, 3, 0, thick * 1.5f);
    } else if (inbox.marking) {
        draw->AddRect(a, b, (p.accent & 0x00FFFFFF) | 0x90000000, 3, 0, thick);
    }
}

struct PartButton {
    bool pressed = false;
    bool pointed = false;   ///< under the mouse, or focused from the keyboard
};

/// An invisible button over a part drawn already, for marking it (and for links, opening it);
/// it takes keyboard focus like any button, and is tracked as `name` unless told otherwise (a
/// link over two lines is two buttons). The cursor is put back where it was.
PartButton partButton(UiContext& ui, const std::string& name, ImVec2 min, ImVec2 max, bool track = true)
{
    const ImVec2 back = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(min);
    PartButton result;
    result.pressed = ImGui::InvisibleButton(name.c_str(), ImVec2(std::max(1.0f, max.x - min.x), std::max(1.0f, max.y - min.y)));
    result.pointed = ImGui::IsItemHovered() || ImGui::IsItemFocused();
    if (track) ui.probe.track(name);
    ImGui::SetCursorScreenPos(back);
    return result;
}

/// Marks or unmarks `part` when the learner may.
void toggleMark(UiContext& ui, const MessageView& view, const MailPart& part)
{
    const bool marked = view.state.marked.count(part) > 0;
    ui.emit(action::ActOnMessage{marked ? InboxAction::UnmarkClue : InboxAction::MarkClue, mailPartName(part)});
}

bool canAct(const InboxView& inbox, const MessageView& view)
{
    return inbox.running && !view.state.decided() && !inbox.consequence;
}

/// One header field: "差出人: name <address>", markable in marking mode.
void field(UiContext& ui, const InboxView& inbox, const MessageView& view, const MailPart& part, const char* label,
           const std::string& value, float width)
{
    const Palette& p = ui.palette;
    const float labelWidth = 90 * ui.scale;
    ImGui::PushFont(ui.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, p.mutedText);
    ImGui::TextUnformatted(label);
    const bool labelFits = ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x <= labelWidth;
    ImGui::PopStyleColor();
    ImGui::PopFont();
    // A long header name ("Authentication-Results") takes a line of its own.
    if (labelFits) ImGui::SameLine(labelWidth);
    else ImGui::SetCursorPosX(ImGui::GetCursorPosX() + labelWidth);
    wrappedText(ui, value, ui.fonts.body, p.text, width - labelWidth);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max(std::min(ImGui::GetItemRectMax().x, min.x + ImGui::CalcTextSize(value.c_str()).x + 4), ImGui::GetItemRectMax().y);
    outlinePart(ui, inbox, view, part, min, max);
    if (inbox.marking && canAct(inbox, view)) {
        const std::string name = "inbox:part:" + mailPartName(part);
        if (partButton(ui, name, min, max).pressed) toggleMark(ui, view, part);
    }
}

void headerBlock(UiContext& ui, const InboxView& inbox, const MessageView& view, float width)
{
    const MailMessage& m = *view.message;
    const std::string sender = m.fromName.plain(ui.language()) + " <" + m.fromAddress + ">";
    field(ui, inbox, view, {MailPartKind::Sender, {}}, ui.t("inbox.from"), sender, width);
    if (!m.replyTo.empty()) field(ui, inbox, view, {MailPartKind::ReplyTo, {}}, ui.t("inbox.reply-to"), m.replyTo, width);
    field(ui, inbox, view, {MailPartKind::Date, {}}, ui.t("inbox.date"), m.date, width);
    field(ui, inbox, view, {MailPartKind::Subject, {}}, ui.t("inbox.subject"), m.subject.plain(ui.language()), width);
    if (!m.headers.empty()) {
        if (button(ui, "inbox:headers", ui.t(inbox.showHeaders ? "inbox.hide-headers" : "inbox.show-headers"))) {
            ui.emit(action::ShowHeaders{!inbox.showHeaders});
        }
        if (inbox.showHeaders) {
            for (const MailHeader& h : m.headers) {
                if (h.id.empty()) {
                    wrappedText(ui, h.name + ": " + h.value, ui.fonts.small, ui.palette.mutedText, width);
                    continue;
                }
                field(ui, inbox, view, {MailPartKind::Header, h.id}, (h.name + ":").c_str(), h.value, width);
            }
        }
    }
}

void body(UiContext& ui, const InboxView& inbox, const MessageView& view, Frame& frame, float width)
{
    const MailMessage& m = *view.message;
    const Palette& p = ui.palette;
    for (const LocalizedText& paragraph : m.body) {
        const auto anchorColour = [&](const std::string& anchor) { return m.link(anchor) ? p.accent : p.text; };
        const std::vector<AnchorRect> rects = anchoredText(ui, paragraph.in(ui.language()), ui.fonts.body, p.text, anchorColour, width);
        int piece = 0;
        for (const AnchorRect& r : rects) {
            const bool isLink = m.link(r.anchor) != nullptr;
            const MailPart part{isLink ? MailPartKind::Link : MailPartKind::Phrase, r.anchor};
            if (isLink) ImGui::GetWindowDrawList()->AddLine(ImVec2(r.min.x, r.max.y - 3 * ui.scale), ImVec2(r.max.x, r.max.y - 3 * ui.scale), p.accent);
            outlinePart(ui, inbox, view, part, r.min, r.max);
            const bool interactive = isLink || (inbox.marking && canAct(inbox, view));
            if (!interactive) continue;
            const std::string name = "inbox:" + std::string(isLink ? "link:" : "part:phrase:") + r.anchor + (piece++ ? "#" + std::to_string(piece) : "");
            const PartButton pressed = partButton(ui, name, r.min, r.max, name.find('#') == std::string::npos);
            if (isLink && pressed.pointed) frame.statusText = m.link(r.anchor)->href;
            if (!pressed.pressed) continue;
            if (inbox.marking && canAct(inbox, view)) toggleMark(ui, view, part);
            else if (isLink && canAct(inbox, view)) ui.emit(action::ActOnMessage{InboxAction::OpenLink, r.anchor});
        }
        gap(ui, 6);
    }
}

/// The real extension of a file name: after its last dot, hidden characters left out.
std::string realExtension(const AttachmentView& a, Language language)
{
    std::string name = a.attachment->name.plain(language);
    const std::size_t dot = name.rfind('.');
    return dot == std::string::npos ? std::string() : name.substr(dot);
}

void attachments(UiContext& ui, const InboxView& inbox, const MessageView& view, float width)
{
    if (view.attachments.empty()) return;
    const Palette& p = ui.palette;
    wrappedText(ui, ui.f("inbox.attachments", {std::to_string(view.attachments.size())}), ui.fonts.small, p.mutedText, width);
    for (const AttachmentView& a : view.attachments) {
        const MailPart part{MailPartKind::Attachment, a.attachment->id};
        const std::string name = "inbox:attachment:" + a.attachment->id;
        const std::string label = a.shownName + (a.attachment->size.empty() ? "" : "  (" + a.attachment->size + ")");
        ImGui::PushID(name.c_str());
        const bool pressed = button(ui, name, label.c_str(), canAct(inbox, view) || inbox.marking);
        outlinePart(ui, inbox, view, part, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (pressed) {
            if (inbox.marking) toggleMark(ui, view, part);
            else ui.emit(action::ActOnMessage{InboxAction::OpenAttachment, a.attachment->id});
        }
        const bool inspecting = inbox.inspecting == a.attachment->id;
        sameLineIfRoom(buttonWidth(ui, ui.t("inbox.inspect")));
        if (button(ui, "inbox:inspect:" + a.attachment->id, ui.t(inspecting ? "inbox.inspect-close" : "inbox.inspect"))) {
            ui.emit(action::InspectAttachment{inspecting ? std::string() : a.attachment->id});
        }
        ImGui::PopID();
        if (inspecting) {
            box(ui, p.cardBackground, p.cardBorder, [&] {
                wrappedText(ui, ui.t("inbox.full-name"), ui.fonts.small, p.mutedText);
                wrappedText(ui, a.revealedName, ui.fonts.bold, p.text);
                const std::string extension = realExtension(a, ui.language());
                if (!extension.empty()) wrappedText(ui, ui.f("inbox.real-extension", {extension}), ui.fonts.small, p.text);
                if (a.hasHidden) wrappedText(ui, ui.t("inbox.hidden-characters"), ui.fonts.small, p.wrong);
            });
        }
    }
}

void consequenceBox(UiContext& ui, const InboxView& inbox)
{
    const Palette& p = ui.palette;
    const InboxConsequence& c = *inbox.consequence;
    box(ui, p.wrongBackground, p.wrong, [&] {
        const char* key = c.action == InboxAction::OpenLink         ? "inbox.consequence.link"
                          : c.action == InboxAction::OpenAttachment ? "inbox.consequence.attachment"
                                                                    : "inbox.consequence.reply";
        wrappedText(ui, ui.t(key), ui.fonts.bold, p.wrong);
        if (inbox.consequenceMessage) localizedText(ui, inbox.consequenceMessage->consequence, ui.fonts.body, p.text);
        wrappedText(ui, ui.f("inbox.points-lost", {std::to_string(static_cast<int>(kCompromisePoints))}), ui.fonts.small, p.wrong);
        if (button(ui, "inbox:continue", ui.t("inbox.continue"), true, true) || enterPressed()) ui.emit(action::DismissConsequence{});
    });
    gap(ui, 6);
}

std::string pointsText(double points)
{
    const long rounded = std::lround(points);
    return (rounded > 0 ? "+" : "") + std::to_string(rounded);
}

void debrief(UiContext& ui, const MessageView& view)
{
    const Palette& p = ui.palette;
    const MailMessage& m = *view.message;
    const MessageGrade& g = *view.grade;
    const bool malicious = m.verdict == Verdict::Malicious;
    const bool good = malicious ? g.reported && !g.compromised : !g.falseAlarm;
    box(ui, good ? p.rightBackground : p.wrongBackground, good ? p.right : p.wrong, [&] {
        wrappedText(ui, ui.t(malicious ? "inbox.verdict.malicious" : "inbox.verdict.legitimate"), ui.fonts.heading, good ? p.right : p.wrong);
        wrappedText(ui, ui.f("inbox.your-decision", {ui.t(decisionKey(*view.state.decision)), pointsText(g.score - g.clueBonus),
                                                     std::to_string(std::lround(g.maxScore))}),
                    ui.fonts.bold, p.text);
        if (g.clueBonus > 0) wrappedText(ui, ui.f("inbox.clue-bonus", {pointsText(g.clueBonus)}), ui.fonts.small, p.right);
        if (g.compromised) wrappedText(ui, ui.t("inbox.you-opened"), ui.fonts.small, p.wrong);
        if (g.falseAlarm) wrappedText(ui, ui.t("inbox.false-alarm"), ui.fonts.small, p.wrong);
        for (const MailClue& clue : m.clues) {
            const bool found = contains(g.cluesFound, clue.part);
            gap(ui, 2);
            wrappedText(ui, std::string(found ? "✓ " : "× ") + ui.t(found ? "inbox.clue-found" : "inbox.clue-missed") + "  " +
                                partLabel(ui, view, clue.part),
                        ui.fonts.bold, found ? p.right : p.wrong);
            localizedText(ui, clue.explanation, ui.fonts.body, p.text);
        }
        for (const MailPart& wrong : g.wrongMarks) {
            wrappedText(ui, ui.f("inbox.not-a-clue", {partLabel(ui, view, wrong)}), ui.fonts.small, p.partly);
        }
        gap(ui, 4);
        localizedText(ui, m.debrief, ui.fonts.body, p.text);
    });
    gap(ui, 6);
}

void messageList(UiContext& ui, const InboxView& inbox, float height)
{
    const Palette& p = ui.palette;
    ImGui::BeginChild("inbox-list", ImVec2(ImGui::GetContentRegionAvail().x * 0.36f, height), true);
    const float line = std::round(ui.fonts.body->FontSize * 1.35f);
    const float rowHeight = line * 2 + 8 * ui.scale;
    for (const InboxRow& row : inbox.rows) {
        const MailMessage& m = *row.message;
        const std::string name = "inbox:message:" + m.id;
        ImGui::PushID(name.c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##row", row.selected, 0, ImVec2(0, rowHeight))) ui.emit(action::SelectMessage{m.id});
        ui.probe.track(name);
        const float width = ImGui::GetItemRectSize().x;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const std::string status = row.decision ? std::string(ui.t(decisionKey(*row.decision))) : row.opened ? "" : "●";
        const ImU32 statusColour = row.decision == InboxAction::Report ? p.warning : row.decision ? p.mutedText : p.accent;
        ImFont* nameFont = row.opened ? ui.fonts.body : ui.fonts.bold;
        const float dateWidth = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, m.date.c_str()).x;
        const float statusWidth = status.empty() ? 0 : ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, status.c_str()).x + 6 * ui.scale;
        ImGui::PushFont(nameFont);
        const std::string sender = fitText(m.fromName.plain(ui.language()), width - dateWidth - statusWidth - 16 * ui.scale);
        ImGui::PopFont();
        const float x = at.x + 4 * ui.scale, y = at.y + 3 * ui.scale;
        if (!status.empty()) draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(x, y + 2 * ui.scale), statusColour, status.c_str());
        draw->AddText(nameFont, nameFont->FontSize, ImVec2(x + statusWidth, y), row.decision ? p.mutedText : p.text, sender.c_str());
        draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(at.x + width - dateWidth - 4 * ui.scale, y + 2 * ui.scale), p.mutedText,
                      m.date.c_str());
        ImGui::PushFont(ui.fonts.body);
        const std::string subject = fitText(m.subject.plain(ui.language()), width - 8 * ui.scale);
        ImGui::PopFont();
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(x, y + line), row.decision ? p.mutedText : p.text, subject.c_str());
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void readingPane(UiContext& ui, const InboxView& inbox, Frame& frame, float height)
{
    const Palette& p = ui.palette;
    ImGui::BeginChild("inbox-reading", ImVec2(0, height), true);
    const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (inbox.consequence) consequenceBox(ui, inbox);
    if (!inbox.shown) {
        if (!inbox.inbox->description.empty()) localizedText(ui, inbox.inbox->description, ui.fonts.body, p.text, width);
        gap(ui, 6);
        wrappedText(ui, ui.t("inbox.how-to"), ui.fonts.body, p.mutedText, width);
    } else {
        const MessageView& view = *inbox.shown;
        if (view.grade) debrief(ui, view);
        headerBlock(ui, inbox, view, width);
        ImGui::Separator();
        gap(ui, 4);
        body(ui, inbox, view, frame, width);
        attachments(ui, inbox, view, width);
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

void summary(UiContext& ui, const InboxView& inbox)
{
    const Palette& p = ui.palette;
    const InboxRunRecord& run = *inbox.finished;
    double bonus = 0;
    for (const MessageGrade& g : inbox.finishedGrades) bonus += g.clueBonus;
    box(ui, run.passed ? p.rightBackground : p.wrongBackground, run.passed ? p.right : p.wrong, [&] {
        wrappedText(ui, ui.f("inbox.result", {std::to_string(std::lround(run.percent)), std::to_string(inbox.inbox->passMark)}),
                    ui.fonts.heading, p.text);
        wrappedText(ui, ui.f("inbox.result-detail", {std::to_string(std::lround(run.score - bonus)), std::to_string(std::lround(run.maxScore)),
                                                     std::to_string(std::lround(bonus))}),
                    ui.fonts.body, p.text);
        wrappedText(ui, ui.t(run.passed ? "results.passed" : "results.failed"), ui.fonts.bold, run.passed ? p.right : p.wrong);
    });
    gap(ui, 8);
    for (std::size_t i = 0; i < inbox.rows.size() && i < inbox.finishedGrades.size(); ++i) {
        const MailMessage& m = *inbox.rows[i].message;
        const MessageGrade& g = inbox.finishedGrades[i];
        const bool malicious = m.verdict == Verdict::Malicious;
        const bool good = malicious ? g.reported && !g.compromised : !g.falseAlarm;
        box(ui, p.cardBackground, good ? p.right : p.wrong, [&] {
            wrappedText(ui, m.subject.plain(ui.language()), ui.fonts.bold, p.text);
            std::string facts = std::string(ui.t(malicious ? "inbox.short.malicious" : "inbox.short.legitimate")) + "  ·  " +
                                ui.f("inbox.points", {pointsText(g.score - g.clueBonus), std::to_string(std::lround(g.maxScore))});
            if (malicious) facts += "  ·  " + ui.f("inbox.clues-found", {std::to_string(g.cluesFound.size()), std::to_string(m.clues.size())});
            if (g.compromised) facts += "  ·  " + std::string(ui.t("inbox.short.opened"));
            if (g.falseAlarm) facts += "  ·  " + std::string(ui.t("inbox.short.false-alarm"));
            wrappedText(ui, facts, ui.fonts.small, good ? p.right : p.wrong);
        });
    }
}

} // namespace

void drawInbox(UiContext& ui)
{
    if (!ui.model.views.inbox) return;
    const InboxView& inbox = *ui.model.views.inbox;
    const Palette& p = ui.palette;
    Frame frame;
    if (inbox.showSummary) {
        screenFrame(
            ui,
            [&] {
                wrappedText(ui, inbox.pack->title.plain(ui.language()), ui.fonts.small, p.mutedText);
                localizedText(ui, inbox.inbox->title, ui.fonts.title, p.heading);
                summary(ui, inbox);
            },
            [&] {
                if (button(ui, "inbox:review", ui.t("inbox.review-messages"))) ui.emit(action::ShowInboxMessages{});
                sameLineIfRoom(buttonWidth(ui, ui.t("scenario.again")));
                if (button(ui, "inbox:again", ui.t("scenario.again"))) ui.emit(action::StartInbox{inbox.pack->id, inbox.inbox->id});
                sameLineIfRoom(buttonWidth(ui, ui.t("nav.back-to-catalog"), true));
                if (button(ui, "inbox:catalog", ui.t("nav.back-to-catalog"), true, true)) ui.emit(action::ShowCatalog{});
            });
        return;
    }
    const bool canDecide = inbox.shown && canAct(inbox, *inbox.shown);
    screenFrame(
        ui,
        [&] {
            localizedText(ui, inbox.inbox->title, ui.fonts.heading, p.heading);
            wrappedText(ui, ui.f("inbox.progress", {std::to_string(inbox.decided), std::to_string(inbox.rows.size())}) +
                                (inbox.running ? "" : "  ·  " + std::string(ui.t("inbox.finished-read-only"))),
                        ui.fonts.small, p.mutedText);
            // The panes fill what is left above the status bar (and the frame's own gap below it).
            const float statusHeight = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
            const float height = std::max(120 * ui.scale, ImGui::GetContentRegionAvail().y - statusHeight - 14 * ui.scale);
            messageList(ui, inbox, height);
            ImGui::SameLine();
            readingPane(ui, inbox, frame, height);
            // The status bar, as a mail client shows a link's real target.
            const std::string status = !frame.statusText.empty() ? frame.statusText
                                       : inbox.marking          ? std::string(ui.t("inbox.marking-hint"))
                                                                : std::string(ui.t("inbox.status-hint"));
            ImGui::PushFont(ui.fonts.small);
            ImGui::PushStyleColor(ImGuiCol_Text, frame.statusText.empty() ? p.mutedText : p.text);
            ImGui::TextUnformatted(fitText(status, ImGui::GetContentRegionAvail().x).c_str());
            ImGui::PopStyleColor();
            ImGui::PopFont();
            ui.probe.track("inbox:status");
        },
        [&] {
            if (button(ui, "inbox:report", ui.t("inbox.report"), canDecide, true)) ui.emit(action::ActOnMessage{InboxAction::Report, {}});
            sameLineIfRoom(buttonWidth(ui, ui.t("inbox.delete")));
            if (button(ui, "inbox:delete", ui.t("inbox.delete"), canDecide)) ui.emit(action::ActOnMessage{InboxAction::Delete, {}});
            sameLineIfRoom(buttonWidth(ui, ui.t("inbox.mark-safe")));
            if (button(ui, "inbox:mark-safe", ui.t("inbox.mark-safe"), canDecide)) ui.emit(action::ActOnMessage{InboxAction::MarkSafe, {}});
            sameLineIfRoom(buttonWidth(ui, ui.t("inbox.reply")));
            if (button(ui, "inbox:reply", ui.t("inbox.reply"), canDecide)) ui.emit(action::ActOnMessage{InboxAction::Reply, {}});
            const char* markLabel = ui.t(inbox.marking ? "inbox.marking-on" : "inbox.marking-off");
            sameLineIfRoom(buttonWidth(ui, markLabel));
            if (button(ui, "inbox:marking", markLabel, inbox.running)) ui.emit(action::SetMarking{!inbox.marking});
            const char* leave = ui.t(inbox.running ? "scenario.leave" : "nav.back-to-catalog");
            sameLineIfRoom(buttonWidth(ui, leave));
            if (button(ui, "inbox:leave", leave)) ui.emit(action::ShowCatalog{});
            if (!inbox.running && inbox.finished) {
                sameLineIfRoom(buttonWidth(ui, ui.t("inbox.see-result")));
                if (button(ui, "inbox:result", ui.t("inbox.see-result"))) ui.emit(action::DismissConsequence{});
            }
        },
        1240);
}

} // namespace mamori::app::ui
