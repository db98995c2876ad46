// HR's person detail: who the person is, whether their records file can be believed, where they
// stand on each assignment (with a certificate to save for each completion), then what they did
// (person_sections.hpp), their completions and review deck. Drawing only: the detail is built on
// the records worker (person_detail.cpp).

#include "person_sections.hpp"
#include "person_widgets.hpp"

#include <algorithm>

namespace mamori::app::ui {
namespace {

using namespace person;

/// The words for a file status: why a file's records are not counted.
const char* fileStatusKey(const std::string& status)
{
    if (status == "tampered") return "records.person.status.tampered";
    if (status == "other-key") return "records.person.status.other-key";
    if (status == "unsigned") return "records.person.status.unsigned";
    if (status == "corrupt") return "records.person.status.corrupt";
    if (status == "unreadable") return "records.person.status.unreadable";
    if (status == "not-regular") return "records.person.status.not-regular";
    if (status == "newer") return "records.person.status.newer";
    if (status == "wrong-learner") return "records.person.status.wrong-learner";
    if (status == "missing") return "records.person.status.missing";
    if (status == "none" || status.empty()) return "records.person.status.none";
    return nullptr;
}

const char* flagKey(records::TrustFlag::Kind kind)
{
    using Kind = records::TrustFlag::Kind;
    switch (kind) {
    case Kind::NotVerified: return "records.person.flag.not-verified";
    case Kind::WrongLearner: return "records.person.flag.wrong-learner";
    case Kind::RolledBack: return "records.person.flag.rolled-back";
    case Kind::Forked: return "records.person.flag.forked";
    case Kind::Restored: return "records.person.flag.restored";
    case Kind::SetAside: return "records.person.flag.set-aside";
    case Kind::Implausible: return "records.person.flag.implausible";
    case Kind::UnknownPackVersion: return "records.person.flag.unknown-pack-version";
    case Kind::Disappeared: return "records.person.flag.disappeared";
    }
    return "records.person.flag.not-verified";
}

const char* stateKey(records::AssignmentState state)
{
    using State = records::AssignmentState;
    switch (state) {
    case State::Completed: return "records.state.completed";
    case State::Expired: return "records.state.expired";
    case State::Overdue: return "records.state.overdue";
    case State::InProgress: return "records.state.in-progress";
    case State::NotStarted: return "records.state.not-started";
    }
    return "records.state.not-started";
}

const char* completionKindKey(const std::string& kind)
{
    if (kind == "lesson") return "records.person.kind.lesson";
    if (kind == "quiz") return "records.person.kind.quiz";
    if (kind == "scenario") return "records.person.kind.scenario";
    if (kind == "inbox") return "records.person.kind.inbox";
    return "records.person.kind.pack";
}

// ---------------------------------------------------------------- sections

void header(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    trackedBlock(r, "person:header", [&] {
        wrappedText(ui, person.name.empty() ? r.t("records.person.no-name") : person.name, ui.fonts.title, ui.palette.heading);
        if (person.left) wrappedText(ui, r.t("records.person.left"), ui.fonts.bold, ui.palette.wrong);
        muted(r, r.f("records.person.id", {person.personId}));
        if (!person.department.empty()) muted(r, r.f("records.person.department", {person.department}));
        if (!person.manager.empty()) muted(r, r.f("records.person.manager", {person.manager}));
    });
}

void integrity(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    heading(r, r.t("records.person.file.heading"));
    trackedBlock(r, "person:file", [&] {
        if (person.verified) {
            box(ui, p.rightBackground, p.right, [&] { wrappedText(ui, r.t("records.person.file.verified"), ui.fonts.bold, p.right); });
            muted(r, person.writtenBy ? r.f("records.person.file.written-by", {*person.writtenBy}) : r.t("records.person.file.written-by-unknown"));
            return;
        }
        const char* reasonKey = fileStatusKey(person.fileStatus);
        const std::string reason = reasonKey ? r.t(reasonKey) : r.f("records.person.status.unknown", {person.fileStatus});
        box(ui, p.wrongBackground, p.wrong, [&] {
            wrappedText(ui, r.t("records.person.file.not-counted"), ui.fonts.bold, p.wrong);
            wrappedText(ui, r.f("records.person.file.reason", {reason}), ui.fonts.body, p.text);
            wrappedText(ui, r.t("records.person.file.note"), ui.fonts.body, p.mutedText);
        });
    });
}

void trustFlags(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    heading(r, r.f("records.person.flags.heading", {std::to_string(person.flags.size())}));
    trackedBlock(r, "person:flags", [&] {
        if (person.flags.empty()) {
            muted(r, r.t("records.person.flags.none"));
            return;
        }
        for (std::size_t i = 0; i < person.flags.size(); ++i) {
            const records::TrustFlag& flag = person.flags[i];
            const std::string when = i < person.flagTimes.size() ? person.flagTimes[i] : std::string();
            wrappedText(ui, "• " + std::string(r.t(flagKey(flag.kind))) + (when.empty() ? "" : "  " + when), ui.fonts.bold,
                        ui.palette.warning);
            if (!flag.detail.empty()) {
                ImGui::Indent(16 * ui.scale);
                wrappedText(ui, flag.detail, ui.fonts.small, ui.palette.mutedText);
                ImGui::Unindent(16 * ui.scale);
            }
        }
    });
}

void assignments(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    heading(r, r.t("records.person.assignments.heading"));
    if (person.assignments.empty()) {
        trackedBlock(r, "person:assignments", [&] { muted(r, r.t("records.person.assignments.none")); });
        return;
    }
    // A certificate states a completion that counts: only for a file that verifies, and only
    // for a role that sees who the person is.
    const bool certificates = person.verified && r.model.access.seesNames();
    const char* certificateLabel = r.t("records.person.certificate");
    auto date = [](const std::optional<records::Date>& d) { return d ? records::formatDate(*d) : std::string("—"); };

    // Dates, states and figures keep to one line: their columns are as wide as their widest
    // text; the training's column (with its certificate button) takes the rest and stays in
    // place when a narrow window scrolls the others sideways.
    float state = textWidth(ui.fonts.bold, r.t("records.person.col.state"));
    float due = textWidth(ui.fonts.bold, r.t("records.person.col.due"));
    float completed = textWidth(ui.fonts.bold, r.t("records.person.col.completed"));
    float version = textWidth(ui.fonts.bold, r.t("records.person.col.version"));
    float score = textWidth(ui.fonts.bold, r.t("records.person.col.score"));
    for (const records::StatusRow& row : person.assignments) {
        const records::AssignmentStatus& status = row.status;
        state = std::max(state, textWidth(ui.fonts.bold, r.t(stateKey(status.state))));
        if (status.expiresSoon) state = std::max(state, textWidth(ui.fonts.small, r.t("records.person.expires-soon")));
        if (status.belowMinimumVersion) state = std::max(state, textWidth(ui.fonts.small, r.t("records.person.below-minimum")));
        due = std::max(due, textWidth(ui.fonts.body, date(status.due)));
        completed = std::max(completed, textWidth(ui.fonts.body, date(status.completedOn)));
        if (status.expiresOn) {
            completed = std::max(completed, textWidth(ui.fonts.small, r.f("records.person.valid-through", {date(status.expiresOn)})));
        }
        version = std::max(version, textWidth(ui.fonts.body, status.version.empty() ? "—" : status.version));
        score = std::max(score, textWidth(ui.fonts.body, status.score ? percent(*status.score) : "—"));
    }
    const float pack = std::max(certificates ? buttonWidth(ui, certificateLabel) : 0.0f, ImGui::GetFontSize() * 9);
    const float cell = ImGui::GetStyle().CellPadding.x * 2 + 2;
    const float minWidth = pack + state + due + completed + version + score + cell * 6;

    WideTable table;
    ImGui::BeginGroup();
    const float estimate = ImGui::GetFrameHeightWithSpacing() * 2.5f * static_cast<float>(person.assignments.size() + 1);
    if (table.begin("assignments", 6, minWidth, estimate)) {
        ImGui::TableSetupScrollFreeze(1, 0);
        ImGui::TableSetupColumn("pack", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoHide, 1.0f);
        ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, state);
        ImGui::TableSetupColumn("due", ImGuiTableColumnFlags_WidthFixed, due);
        ImGui::TableSetupColumn("completed", ImGuiTableColumnFlags_WidthFixed, completed);
        ImGui::TableSetupColumn("version", ImGuiTableColumnFlags_WidthFixed, version);
        ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed, score);
        headerRow(r, table, {"records.person.col.pack", "records.person.col.state", "records.person.col.due",
                             "records.person.col.completed", "records.person.col.version", "records.person.col.score"});
        for (const records::StatusRow& row : person.assignments) {
            const records::AssignmentStatus& status = row.status;
            ImGui::PushID(row.packId.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            wrappedText(ui, r.packTitle(row.packId), ui.fonts.body, p.text);
            if (certificates && status.completedOn && status.state != records::AssignmentState::NotStarted) {
                if (button(ui, "person:certificate:" + row.packId, certificateLabel)) {
                    r.emit(records_action::SaveCertificate{person.personId, row.packId});
                }
            }
            table.noteCell();
            ImGui::TableNextColumn();
            const bool late = status.state == records::AssignmentState::Overdue || status.state == records::AssignmentState::Expired;
            const bool done = status.state == records::AssignmentState::Completed;
            wrappedText(ui, r.t(stateKey(status.state)), ui.fonts.bold, late ? p.wrong : done ? p.right : p.text);
            if (status.expiresSoon) wrappedText(ui, r.t("records.person.expires-soon"), ui.fonts.small, p.warning);
            if (status.belowMinimumVersion) wrappedText(ui, r.t("records.person.below-minimum"), ui.fonts.small, p.warning);
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, date(status.due), ui.fonts.body, p.text);
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, date(status.completedOn), ui.fonts.body, p.text);
            if (status.expiresOn) {
                wrappedText(ui, r.f("records.person.valid-through", {date(status.expiresOn)}), ui.fonts.small, p.mutedText);
            }
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, status.version.empty() ? "—" : status.version, ui.fonts.body, p.text);
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, status.score ? percent(*status.score) : "—", ui.fonts.body, p.text);
            table.noteCell();
            ImGui::PopID();
        }
        table.end();
    }
    ImGui::EndGroup();
}

void completions(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    heading(r, r.t("records.person.completions.heading"));
    if (person.completions.empty()) {
        trackedBlock(r, "person:completions", [&] { muted(r, r.t("records.person.completions.none")); });
        return;
    }
    float when = textWidth(ui.fonts.bold, r.t("records.person.col.when"));
    float kind = textWidth(ui.fonts.bold, r.t("records.person.col.kind"));
    float version = textWidth(ui.fonts.bold, r.t("records.person.col.version"));
    for (const PersonCompletion& completion : person.completions) {
        when = std::max(when, textWidth(ui.fonts.body, completion.at));
        kind = std::max(kind, textWidth(ui.fonts.body, r.t(completionKindKey(completion.kind))));
        version = std::max(version, textWidth(ui.fonts.body, completion.packVersion));
    }
    const float minWidth = when + kind + version + ImGui::GetFontSize() * 16 + (ImGui::GetStyle().CellPadding.x * 2 + 2) * 5;
    WideTable table;
    ImGui::BeginGroup();
    const float estimate = ImGui::GetTextLineHeightWithSpacing() * 2 * static_cast<float>(person.completions.size() + 1);
    if (table.begin("completions", 5, minWidth, estimate)) {
        ImGui::TableSetupColumn("when", ImGuiTableColumnFlags_WidthFixed, when);
        ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthFixed, kind);
        ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("pack", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("version", ImGuiTableColumnFlags_WidthFixed, version);
        headerRow(r, table, {"records.person.col.when", "records.person.col.kind", "records.person.col.item", "records.person.col.pack",
                             "records.person.col.version"});
        for (const PersonCompletion& completion : person.completions) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            wrappedText(ui, completion.at, ui.fonts.body, p.text);
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, r.t(completionKindKey(completion.kind)), ui.fonts.body, p.text);
            table.noteCell();
            ImGui::TableNextColumn();
            richText(ui, in(r, completion.itemTitle), ui.fonts.body, p.text);
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, r.packTitle(completion.packId), ui.fonts.body, p.text);
            table.noteCell();
            ImGui::TableNextColumn();
            wrappedText(ui, completion.packVersion, ui.fonts.body, p.text);
            table.noteCell();
        }
        table.end();
    }
    ImGui::EndGroup();
    ui.probe.track("person:completions");
}

void reviewDeck(RecordsUi& r, const PersonDetail& person)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    heading(r, r.t("records.person.deck.heading"));
    trackedBlock(r, "person:deck", [&] {
        if (person.reviewDeck.empty()) {
            muted(r, r.t("records.person.deck.none"));
            return;
        }
        wrappedText(ui, r.t("records.person.deck.note"), ui.fonts.small, p.mutedText);
        gap(ui, 4);
        int position = 1;
        for (const PersonReviewCard& card : person.reviewDeck) {
            const std::string prompt = card.prompt.empty() ? card.questionId : in(r, card.prompt).plain();
            wrappedText(ui, std::to_string(position++) + ". " + prompt, ui.fonts.body, p.text);
            ImGui::Indent(16 * ui.scale);
            wrappedText(ui, r.packTitle(card.packId) + "  ·  " + r.f("records.person.deck.missed", {card.missedAt}), ui.fonts.small,
                        p.mutedText);
            ImGui::Unindent(16 * ui.scale);
        }
    });
}

} // namespace

void drawRecordsPerson(RecordsUi& r)
{
    UiContext& ui = r.ui;
    // A trainer sees figures, never who: not even whose detail was opened.
    if (!r.model.access.seesNames()) {
        trackedBlock(r, "person:not-for-role", [&] { muted(r, r.t("records.person.not-for-role")); });
        return;
    }
    if (!r.model.person) {
        trackedBlock(r, "person:hint", [&] { muted(r, r.t("records.person.hint")); });
        return;
    }
    const PersonDetail& person = *r.model.person;
    ImGui::PushID("person");
    ImGui::PushID(person.personId.c_str());
    header(r, person);
    integrity(r, person);
    trustFlags(r, person);
    assignments(r, person);
    drawPersonAttempts(r, person);
    drawPersonRuns(r, person);
    drawPersonInboxRuns(r, person);
    completions(r, person);
    reviewDeck(r, person);
    gap(ui, 12);
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace mamori::app::ui
