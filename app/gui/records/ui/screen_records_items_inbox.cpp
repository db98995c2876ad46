// The item analysis tab's inbox exercises: each message with how the learners who decided it
// handled it, and the messages most learners get wrong flagged. Figures only: no learner is named.

#include "records_ui.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace mamori::app::ui {
namespace {

std::string share(const RecordsUi& r, double fraction)
{
    return r.f("records.items.percent", {std::to_string(std::lround(std::clamp(fraction, 0.0, 1.0) * 100))});
}

void message(RecordsUi& r, const InboxMessageRow& row)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    const records::MessageStatistics& s = row.statistics;
    ImGui::BeginGroup();
    wrappedText(ui, row.inboxTitle.plain(r.language()), ui.fonts.small, p.mutedText);
    wrappedText(ui, row.subject.plain(r.language()), ui.fonts.bold, p.heading);
    if (s.mostlyWrong) wrappedText(ui, r.t("records.items.inbox.flag.mostly-wrong"), ui.fonts.bold, p.wrong);
    if (s.verdict) {
        const bool malicious = *s.verdict == lessons::Verdict::Malicious;
        wrappedText(ui, r.t(malicious ? "records.person.inbox.malicious" : "records.person.inbox.legitimate"),
                    ui.fonts.small, p.mutedText);
    }
    wrappedText(ui,
                r.f("records.items.inbox.figures",
                    {std::to_string(s.runs), share(r, s.reported), share(r, s.deleted), share(r, s.markedSafe)}),
                ui.fonts.body, p.text);
    if (s.compromised)
        wrappedText(ui, r.f("records.items.inbox.compromised", {share(r, *s.compromised)}), ui.fonts.body, p.text);
    else if (!s.verdict)
        wrappedText(ui, r.f("records.items.inbox.opened", {share(r, s.opened)}), ui.fonts.body, p.text);
    if (s.falseAlarms)
        wrappedText(ui, r.f("records.items.inbox.false-alarms", {share(r, *s.falseAlarms)}), ui.fonts.body, p.text);
    if (s.facility && s.wrong) {
        wrappedText(ui, r.f("records.items.inbox.facility", {share(r, *s.facility), share(r, *s.wrong)}), ui.fonts.body,
                    p.text);
    }
    for (const auto& [part, found] : s.clues) {
        wrappedText(ui,
                    r.f(s.verdict ? "records.items.inbox.clue" : "records.items.inbox.marked", {part, share(r, found)}),
                    ui.fonts.small, p.mutedText);
    }
    ImGui::EndGroup();
    ui.probe.track("items:inbox:" + row.inboxId + "/" + s.messageId);
}

} // namespace

void drawInboxMessageStatistics(RecordsUi& r, const ItemAnalysisView& view)
{
    if (view.messages.empty()) return;
    UiContext& ui = r.ui;
    ImGui::PushID("items-inbox");
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(r.t("records.items.inbox.heading"));
    ImGui::PopFont();
    for (const InboxMessageRow& row : view.messages) {
        ImGui::PushID((row.inboxId + "/" + row.statistics.messageId).c_str());
        gap(ui, 6);
        message(r, row);
        ImGui::PopID();
    }
    ImGui::PopID();
}

} // namespace mamori::app::ui
