// HR's person detail, what the learner did: every quiz attempt with every answer, every scenario
// run with its path, every inbox run message by message. Drawing only (person_detail.cpp builds it).

#include "person_sections.hpp"
#include "person_widgets.hpp"

#include <algorithm>

namespace mamori::app::ui {
namespace {

using namespace person;

const char* outcomeKey(const std::string& outcome)
{
    if (outcome == "good") return "records.person.outcome.good";
    if (outcome == "acceptable") return "records.person.outcome.acceptable";
    if (outcome == "bad") return "records.person.outcome.bad";
    if (outcome == "abandoned") return "records.person.outcome.abandoned";
    return nullptr;
}

void answersTable(RecordsUi& r, const PersonAttempt& attempt, const std::string& name)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    if (attempt.answers.empty()) {
        trackedBlock(r, name, [&] { muted(r, r.t("records.person.no-answers")); });
        return;
    }
    // Points and times keep to one line; the texts wrap, each at least a few words wide, and
    // the table scrolls sideways rather than squeeze them further.
    float points = textWidth(ui.fonts.bold, r.t("records.person.col.points"));
    float time = textWidth(ui.fonts.bold, r.t("records.person.col.time"));
    for (const PersonAnswerLine& answer : attempt.answers) {
        points = std::max(points, textWidth(ui.fonts.body, number(answer.points) + " / " + number(answer.maxPoints)));
        time = std::max(time, std::max(textWidth(ui.fonts.body, duration(r, answer.seconds)), textWidth(ui.fonts.small, answer.at)));
    }
    const float text = ImGui::GetFontSize() * 8;
    const float minWidth = text * 3 + points + time + (ImGui::GetStyle().CellPadding.x * 2 + 2) * 5;
    WideTable table;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    ImGui::BeginGroup();
    if (table.begin("answers", 5, minWidth, line * 3 * static_cast<float>(attempt.answers.size() + 1))) {
        ImGui::TableSetupColumn("question", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("answer", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("right", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("points", ImGuiTableColumnFlags_WidthFixed, points);
        ImGui::TableSetupColumn("time", ImGuiTableColumnFlags_WidthFixed, time);
        headerRow(r, table, {"records.person.col.question", "records.person.col.answer", "records.person.col.right-answer",
                             "records.person.col.points", "records.person.col.time"});
        for (const PersonAnswerLine& answer : attempt.answers) {
            const bool right = answer.fraction >= 1.0 - 1e-9;
            const bool partly = !right && answer.fraction > 0;
            const ImU32 verdict = right ? p.right : partly ? p.partly : p.wrong;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (answer.prompt.empty()) wrappedText(ui, r.f("records.person.question-gone", {answer.questionId}), ui.fonts.body, p.mutedText);
            else richText(ui, in(r, answer.prompt), ui.fonts.body, p.text);
            table.noteCell();
            ImGui::TableNextColumn();
            if (!answer.responseKey.empty()) wrappedText(ui, r.t(answer.responseKey), ui.fonts.body, verdict);
            else if (answer.response.empty()) wrappedText(ui, r.t("records.person.no-answer"), ui.fonts.body, p.mutedText);
            else lines(r, in(r, answer.response).plain(), ui.fonts.body, verdict);
            table.noteCell();
            ImGui::TableNextColumn();
            if (!answer.rightAnswerKey.empty()) wrappedText(ui, r.t(answer.rightAnswerKey), ui.fonts.body, p.text);
            else if (answer.rightAnswer.empty()) wrappedText(ui, "—", ui.fonts.body, p.mutedText);
            else lines(r, in(r, answer.rightAnswer).plain(), ui.fonts.body, p.text);
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, number(answer.points) + " / " + number(answer.maxPoints), ui.fonts.body, verdict);
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, duration(r, answer.seconds), ui.fonts.body, p.text);
            wrappedText(ui, answer.at, ui.fonts.small, p.mutedText);
            table.noteCell();
        }
        table.end();
    }
    ImGui::EndGroup();
    ui.probe.track(name);
}

void attemptsSection(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    heading(r, r.t("records.person.attempts.heading"));
    if (person.attempts.empty()) {
        trackedBlock(r, "person:attempts", [&] { muted(r, r.t("records.person.attempts.none")); });
        return;
    }
    for (std::size_t i = 0; i < person.attempts.size(); ++i) {
        const PersonAttempt& attempt = person.attempts[i];
        // The latest attempt of each quiz starts open; earlier ones are a click away.
        const bool latest = i + 1 == person.attempts.size() || person.attempts[i + 1].quizId != attempt.quizId ||
                            person.attempts[i + 1].packId != attempt.packId;
        const std::string id = "person:attempt:" + attempt.packId + "/" + attempt.quizId + "/" + std::to_string(attempt.number);
        ImGui::PushID(id.c_str());
        const std::string title = r.f("records.person.numbered", {in(r, attempt.quizTitle).plain(), std::to_string(attempt.number)});
        const bool open = sectionHeader(r, title, id, latest);
        std::string summary = r.packTitle(attempt.packId) + "  ·  " + r.f("records.person.version", {attempt.packVersion}) + "  ·  " +
                              r.f("records.person.started", {attempt.started});
        if (attempt.finished.empty()) summary += "  ·  " + std::string(r.t("records.person.unfinished"));
        else summary += "  ·  " + r.f("records.person.finished", {attempt.finished});
        if (attempt.ending == "timed-out") summary += "  ·  " + std::string(r.t("records.person.timed-out"));
        trackedBlock(r, id + ":summary", [&] {
            muted(r, summary);
            if (attempt.percent) {
                const bool passed = attempt.passed.value_or(false);
                wrappedText(ui, percent(*attempt.percent) + "  " + (attempt.passed ? r.t(passed ? "records.person.passed" : "records.person.failed") : ""),
                            ui.fonts.bold, passed ? p.right : p.wrong);
            }
        });
        if (open) {
            gap(ui, 4);
            answersTable(r, attempt, id + ":answers");
        }
        gap(ui, 6);
        ImGui::PopID();
    }
}

void runsSection(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    heading(r, r.t("records.person.runs.heading"));
    if (person.runs.empty()) {
        trackedBlock(r, "person:runs", [&] { muted(r, r.t("records.person.runs.none")); });
        return;
    }
    for (std::size_t i = 0; i < person.runs.size(); ++i) {
        const PersonRun& run = person.runs[i];
        const bool latest = i + 1 == person.runs.size() || person.runs[i + 1].scenarioId != run.scenarioId ||
                            person.runs[i + 1].packId != run.packId;
        const std::string id = "person:run:" + run.packId + "/" + run.scenarioId + "/" + std::to_string(run.number);
        ImGui::PushID(id.c_str());
        const std::string title = r.f("records.person.run-numbered", {in(r, run.scenarioTitle).plain(), std::to_string(run.number)});
        const bool open = sectionHeader(r, title, id, latest);
        std::string summary = r.packTitle(run.packId) + "  ·  " + r.f("records.person.version", {run.packVersion}) + "  ·  " +
                              r.f("records.person.started", {run.started});
        if (!run.finished.empty()) summary += "  ·  " + r.f("records.person.finished", {run.finished});
        const char* outcome = outcomeKey(run.outcome);
        std::string result = outcome ? r.f("records.person.outcome", {r.t(outcome)})
                                     : run.outcome.empty() ? std::string(r.t("records.person.running"))
                                                           : r.f("records.person.outcome", {run.outcome});
        if (run.score) result += "  ·  " + r.f("records.person.run-score", {std::to_string(*run.score)});
        if (run.passed) result += "  ·  " + std::string(r.t(*run.passed ? "records.person.passed" : "records.person.failed"));
        const ImU32 colour = run.outcome == "good" ? p.right : run.outcome == "bad" || run.outcome == "abandoned" ? p.wrong : p.text;
        trackedBlock(r, id + ":summary", [&] {
            muted(r, summary);
            wrappedText(ui, result, ui.fonts.bold, colour);
            if (!open) return;
            gap(ui, 4);
            wrappedText(ui, r.t("records.person.path"), ui.fonts.bold, p.text);
            if (run.path.empty()) muted(r, r.t("records.person.path.none"));
            int step = 1;
            for (const PersonRunStep& s : run.path) {
                const std::string option = s.optionText.empty() ? s.nodeId + " > " + s.optionId : in(r, s.optionText).plain();
                ImGui::Indent(12 * ui.scale);
                wrappedText(ui, std::to_string(step++) + ". " + option, ui.fonts.body, p.text);
                ImGui::Unindent(12 * ui.scale);
            }
        });
        gap(ui, 6);
        ImGui::PopID();
    }
}

const char* decisionKey(const std::string& decision)
{
    if (decision == "report") return "records.person.inbox.report";
    if (decision == "delete") return "records.person.inbox.delete";
    if (decision == "mark-safe") return "records.person.inbox.mark-safe";
    return "records.person.inbox.undecided";
}

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const std::string& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
}

/// One message of an inbox run: its subject and decision on one line, then what was marked and opened.
void inboxMessage(RecordsUi& r, const PersonInboxMessage& m)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    const bool wrong = m.compromised || m.falseAlarm || (m.verdict == "malicious" && !m.decision.empty() && m.decision != "report");
    std::string line = in(r, m.subject).plain() + "  ·  " + r.t(decisionKey(m.decision));
    if (m.points && m.maxPoints) line += "  ·  " + r.f("records.person.inbox.points", {number(*m.points), number(*m.maxPoints)});
    line += "  ·  " + duration(r, m.seconds);
    wrappedText(ui, line, ui.fonts.body, wrong ? p.wrong : p.text);
    ImGui::Indent(12 * ui.scale);
    if (!m.verdict.empty()) muted(r, r.t(m.verdict == "malicious" ? "records.person.inbox.malicious" : "records.person.inbox.legitimate"));
    if (m.compromised) muted(r, r.t("records.person.inbox.compromised"));
    if (m.falseAlarm) muted(r, r.t("records.person.inbox.false-alarm"));
    if (!m.marked.empty()) muted(r, r.f("records.person.inbox.marked", {joined(m.marked)}));
    if (!m.cluesMissed.empty()) muted(r, r.f("records.person.inbox.missed", {joined(m.cluesMissed)}));
    if (!m.openings.empty()) muted(r, r.f("records.person.inbox.opened", {joined(m.openings)}));
    ImGui::Unindent(12 * ui.scale);
}

void inboxRunsSection(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    heading(r, r.t("records.person.inbox.heading"));
    if (person.inboxRuns.empty()) {
        trackedBlock(r, "person:inbox-runs", [&] { muted(r, r.t("records.person.inbox.none")); });
        return;
    }
    for (std::size_t i = 0; i < person.inboxRuns.size(); ++i) {
        const PersonInboxRun& run = person.inboxRuns[i];
        const bool latest = i + 1 == person.inboxRuns.size() || person.inboxRuns[i + 1].inboxId != run.inboxId ||
                            person.inboxRuns[i + 1].packId != run.packId;
        const std::string id = "person:inbox-run:" + run.packId + "/" + run.inboxId + "/" + std::to_string(run.number);
        ImGui::PushID(id.c_str());
        const std::string title = r.f("records.person.run-numbered", {in(r, run.inboxTitle).plain(), std::to_string(run.number)});
        const bool open = sectionHeader(r, title, id, latest);
        std::string summary = r.packTitle(run.packId) + "  ·  " + r.f("records.person.version", {run.packVersion}) + "  ·  " +
                              r.f("records.person.started", {run.started});
        if (run.finished.empty()) summary += "  ·  " + std::string(r.t("records.person.unfinished"));
        else summary += "  ·  " + r.f("records.person.finished", {run.finished});
        trackedBlock(r, id + ":summary", [&] {
            muted(r, summary);
            if (run.percent && run.score && run.maxScore) {
                const bool passed = run.passed.value_or(false);
                wrappedText(ui, percent(*run.percent) + "  " + r.f("records.person.inbox.points", {number(*run.score), number(*run.maxScore)}) +
                                    "  " + (run.passed ? r.t(passed ? "records.person.passed" : "records.person.failed") : ""),
                            ui.fonts.bold, passed ? p.right : p.wrong);
            }
            if (!open) return;
            gap(ui, 4);
            for (const PersonInboxMessage& m : run.messages) {
                ImGui::PushID(m.messageId.c_str());
                inboxMessage(r, m);
                ImGui::PopID();
            }
        });
        gap(ui, 6);
        ImGui::PopID();
    }
}

} // namespace

void drawPersonAttempts(RecordsUi& r, const PersonDetail& person) { attemptsSection(r, person); }
void drawPersonRuns(RecordsUi& r, const PersonDetail& person) { runsSection(r, person); }
void drawPersonInboxRuns(RecordsUi& r, const PersonDetail& person) { inboxRunsSection(r, person); }

} // namespace mamori::app::ui
