// HR's person detail: who the person is, whether their records file can be believed, where they
// stand on each assignment (with a certificate to save for each completion), every quiz attempt
// with every answer, scenario paths, completions and the review deck. Drawing only: the detail
// is built on the records worker (person_detail.cpp).

#include "records_ui.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace mamori::app::ui {
namespace {

using lessons::LocalizedText;

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", std::round(value * 100) / 100);
    return text;
}

std::string percent(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f%%", value);
    return text;
}

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

const char* outcomeKey(const std::string& outcome)
{
    if (outcome == "good") return "records.person.outcome.good";
    if (outcome == "acceptable") return "records.person.outcome.acceptable";
    if (outcome == "bad") return "records.person.outcome.bad";
    if (outcome == "abandoned") return "records.person.outcome.abandoned";
    return nullptr;
}

/// A localized text in the records view's language (the learner app's own language may differ).
const lessons::RichText& in(RecordsUi& r, const LocalizedText& text)
{
    return text.in(r.language());
}

/// A text that may run over several lines ('\n'), each wrapped.
void lines(RecordsUi& r, const std::string& text, ImFont* font, ImU32 colour)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        wrappedText(r.ui, text.substr(start, end - start), font, colour);
        start = end + 1;
    }
}

void heading(RecordsUi& r, const std::string& text)
{
    gap(r.ui, 12);
    wrappedText(r.ui, text, r.ui.fonts.heading, r.ui.palette.heading);
    ImGui::Separator();
    gap(r.ui, 4);
}

void muted(RecordsUi& r, const std::string& text)
{
    wrappedText(r.ui, text, r.ui.fonts.body, r.ui.palette.mutedText);
}

/// The width of `text` on one line in `font`, with a pixel to spare for rounding.
float textWidth(ImFont* font, const std::string& text)
{
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x + 1;
}

/// Draws `body` as one block and tracks it under `name`, for the layout checks. Only for
/// blocks that hold no tracked widget themselves (the check would see them overlap).
void trackedBlock(RecordsUi& r, const std::string& name, const std::function<void()>& body)
{
    ImGui::BeginGroup();
    body();
    ImGui::EndGroup();
    r.ui.probe.track(name);
}

/// A table whose columns stretch over the width available and scroll sideways when that is
/// less than `minWidth` (ImGuiTableFlags_ScrollX), so wide answers stay readable at large text
/// sizes. In ImGui 1.86 a scrolling table is a child window that takes the height it is given
/// (by default the rest of the window), so its content height is measured on each frame and
/// used on the next; the first frame uses `estimate`.
class WideTable {
public:
    bool begin(const std::string& id, int columns, float minWidth, float estimate)
    {
        const float available = ImGui::GetContentRegionAvail().x;
        const float innerWidth = std::max(available, minWidth);
        key_ = ImGui::GetID((id + "#height").c_str());
        const float known = ImGui::GetStateStorage()->GetFloat(key_, 0.0f);
        float height = known > 0 ? known : estimate;
        if (innerWidth > available + 0.5f) height += ImGui::GetStyle().ScrollbarSize;
        startY_ = ImGui::GetCursorScreenPos().y;
        bottom_ = startY_;
        constexpr ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp |
                                          ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_RowBg;
        open_ = ImGui::BeginTable(id.c_str(), columns, flags, ImVec2(available, height), innerWidth);
        return open_;
    }
    /// After each cell's content: the lowest point drawn so far.
    void noteCell() { bottom_ = std::max(bottom_, ImGui::GetItemRectMax().y); }
    void end()
    {
        if (!open_) return;
        const float scrolled = ImGui::GetScrollY();
        const float height = bottom_ + scrolled - startY_ + ImGui::GetStyle().CellPadding.y * 2 + 4;
        ImGui::EndTable();
        ImGui::GetStateStorage()->SetFloat(key_, height);   // the outer window's, as begin() reads it
    }

private:
    ImGuiID key_ = 0;
    float startY_ = 0, bottom_ = 0;
    bool open_ = false;
};

/// The header row: labels that wrap rather than being cut off by a narrow column.
void headerRow(RecordsUi& r, WideTable& table, std::initializer_list<const char*> keys)
{
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (const char* key : keys) {
        ImGui::TableNextColumn();
        wrappedText(r.ui, r.t(key), r.ui.fonts.bold, r.ui.palette.text);
        table.noteCell();
    }
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

std::string duration(RecordsUi& r, std::int64_t seconds)
{
    if (seconds < 60) return r.f("records.person.seconds", {std::to_string(seconds)});
    return r.f("records.person.minutes", {std::to_string(seconds / 60), std::to_string(seconds % 60)});
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

/// "Title (attempt 2)" on a collapsing header, cut to the width so that it is never clipped;
/// the rest of the summary wraps below it.
bool sectionHeader(RecordsUi& r, const std::string& title, const std::string& id, bool open)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() - style.FramePadding.x * 4;
    ImGui::SetNextItemOpen(open, ImGuiCond_Once);
    const bool shown = ImGui::CollapsingHeader((fitText(title, room) + "###" + id).c_str());
    r.ui.probe.track(id);
    return shown;
}

void attempts(RecordsUi& r, const PersonDetail& person)
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

void runs(RecordsUi& r, const PersonDetail& person)
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

void inboxRuns(RecordsUi& r, const PersonDetail& person)
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
    attempts(r, person);
    runs(r, person);
    inboxRuns(r, person);
    completions(r, person);
    reviewDeck(r, person);
    gap(ui, 12);
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace mamori::app::ui
