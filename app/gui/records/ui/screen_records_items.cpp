// The item analysis tab: which pack and version, a sortable table of its questions (the ones
// worth a look first), and the question selected with how often each option was chosen and its
// explanation, so a trainer sees why a question misleads. Figures only: no learner is named.

#include "records_ui.hpp"
#include "widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace mamori::app::ui {
namespace {

using records_action::OpenItems;
using records_action::SelectQuestion;
using records_action::SortItems;

constexpr int kColumns = 6; // in ItemColumn's order: flags, quiz, question, attempts, facility, discrimination

/// The flags a question carries, as words with their colour (the words carry the meaning).
struct Flag {
    const char* key;
    const char* help;
    ImU32 colour;
};

std::vector<Flag> flagsOf(const records::ItemStatistics& s, const Palette& p)
{
    std::vector<Flag> flags;
    if (s.tooEasy) flags.push_back({"records.items.flag.too-easy", "records.items.flag.too-easy.help", p.partly});
    if (s.tooHard) flags.push_back({"records.items.flag.too-hard", "records.items.flag.too-hard.help", p.wrong});
    if (s.weakDiscrimination) flags.push_back({"records.items.flag.weak", "records.items.flag.weak.help", p.warning});
    return flags;
}

std::string percent(const RecordsUi& r, double fraction)
{
    return r.f("records.items.percent", {std::to_string(std::lround(std::clamp(fraction, 0.0, 1.0) * 100))});
}

std::string discrimination(const RecordsUi& r, const std::optional<double>& value)
{
    if (!value) return r.t("records.items.discrimination-none");
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", *value);
    return text;
}

int sortCode(ItemColumn column, bool descending)
{
    return static_cast<int>(column) * 2 + (descending ? 1 : 0);
}

// ---------------------------------------------------------------- choosers

/// `label` then a combo `width` wide on the same line, or under it when the line is too short.
/// The combo is tracked as `name`.
template <typename Items>
void labelledCombo(RecordsUi& r, const std::string& name, const char* label, const std::string& preview, float width,
                   Items items)
{
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - ImGui::GetStyle().ItemSpacing.x;
    if (room >= width) ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(width, ImGui::GetContentRegionAvail().x));
    ImGui::BeginGroup(); // the group's rectangle is the combo's, whether its list is open or not
    if (ImGui::BeginCombo(("##" + name).c_str(), preview.c_str())) {
        items();
        ImGui::EndCombo();
    }
    ImGui::EndGroup();
    r.ui.probe.track(name);
    ImGui::EndGroup();
}

float comboWidthFor(const std::vector<std::string>& texts, float scale)
{
    float widest = 0;
    for (const std::string& text : texts) widest = std::max(widest, ImGui::CalcTextSize(text.c_str()).x);
    const float chrome = ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
    return std::clamp(widest + chrome, 160 * scale, 420 * scale);
}

float labelledWidth(const char* label, float comboWidth)
{
    return ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x + comboWidth;
}

void choosers(RecordsUi& r)
{
    const ItemAnalysisView* view = r.model.items ? &*r.model.items : nullptr;
    std::vector<std::string> titles;
    for (const std::string& id : r.model.choices.packs) titles.push_back(r.packTitle(id));
    const std::string packPreview = view ? r.packTitle(view->packId) : r.t("records.items.choose-pack");
    titles.push_back(packPreview);
    const float packWidth = comboWidthFor(titles, r.ui.scale);
    labelledCombo(r, "items:pack", r.t("records.items.pack"), packPreview, packWidth, [&] {
        for (std::size_t i = 0; i < r.model.choices.packs.size(); ++i) {
            const std::string& id = r.model.choices.packs[i];
            ImGui::PushID(id.c_str());
            const bool shown = view && view->packId == id;
            if (ImGui::Selectable(titles[i].c_str(), shown) && !shown) r.emit(OpenItems{id, std::nullopt});
            ImGui::PopID();
        }
    });
    if (!view) return;

    const std::string allVersions = r.t("records.items.all-versions");
    std::vector<std::string> versions = view->versions;
    versions.push_back(allVersions);
    const float versionWidth = comboWidthFor(versions, r.ui.scale);
    const char* versionLabel = r.t("records.items.version");
    const float spacing = 24 * r.ui.scale;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + labelledWidth(versionLabel, versionWidth) <= right)
        ImGui::SameLine(0, spacing);
    labelledCombo(r, "items:version", versionLabel, view->version ? *view->version : allVersions, versionWidth, [&] {
        if (ImGui::Selectable(allVersions.c_str(), !view->version) && view->version)
            r.emit(OpenItems{view->packId, std::nullopt});
        for (const std::string& version : view->versions) {
            ImGui::PushID(version.c_str());
            const bool shown = view->version == version;
            if (ImGui::Selectable(version.c_str(), shown) && !shown) r.emit(OpenItems{view->packId, version});
            ImGui::PopID();
        }
    });
}

// ---------------------------------------------------------------- the table

/// Emits SortItems when the trainer clicks a header (`headerUsed`: a header was clicked or
/// activated from the keyboard this frame); otherwise shows the view's order, whatever changed
/// the table's (the records script sorting, ImGui falling back when a column is hidden). The
/// rows are never sorted here.
void followSortSpecs(RecordsUi& r, const ItemAnalysisView& view, bool headerUsed)
{
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs) return;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID pendingKey = ImGui::GetID("sort-asked");
    const int wanted = sortCode(view.sortBy, view.descending);
    int asked = storage->GetInt(pendingKey, -1);
    if (asked == wanted) storage->SetInt(pendingKey, asked = -1);
    int shown = wanted;
    ItemColumn column = view.sortBy;
    bool descending = view.descending;
    if (specs->SpecsCount > 0) {
        const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
        column = static_cast<ItemColumn>(std::clamp<int>(static_cast<int>(spec.ColumnUserID), 0, kColumns - 1));
        descending = spec.SortDirection == ImGuiSortDirection_Descending;
        shown = sortCode(column, descending);
    }
    if (specs->SpecsDirty && headerUsed && shown != wanted) {
        r.emit(SortItems{column, descending});
        storage->SetInt(pendingKey, shown);
    } else if (shown != wanted && asked != shown) {
        ImGui::TableSetColumnSortDirection(
            static_cast<int>(view.sortBy),
            view.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending, false);
    }
    specs->SpecsDirty = false;
}

/// The widest word of `text` (a Japanese phrase, without spaces, is one word).
float widestWord(const std::string& text)
{
    float widest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        widest = std::max(widest, ImGui::CalcTextSize(text.data() + start, text.data() + end).x);
        start = end + 1;
    }
    return widest;
}

float headerWidth(const char* label)
{
    // The label and the sort arrow beside it.
    return ImGui::CalcTextSize(label).x + ImGui::GetFontSize() + ImGui::GetStyle().ItemInnerSpacing.x * 2;
}

void rightAligned(const std::string& text)
{
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - width));
    ImGui::TextUnformatted(text.c_str());
}

/// Tracks the last item, a row or a header cell, which ImGui clips to the table rather than to
/// its column. A header cell's rectangle reaches a few pixels past the table's side, where
/// ImGui draws nothing: what is tracked is the part the table shows.
void trackAcrossTable(UiContext& ui, const std::string& name)
{
    const ImRect table = ImGui::GetCurrentTable()->OuterRect;
    ImRect shown(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    shown.Min.x = std::max(shown.Min.x, table.Min.x);
    shown.Max.x = std::min(shown.Max.x, table.Max.x);
    ImGui::ItemAdd(shown, 0); // no layout, no id: only the last item's rectangle
    const ImRect& clip = ImGui::GetCurrentWindow()->ClipRect;
    ImGui::PushClipRect(ImVec2(table.Min.x, clip.Min.y), ImVec2(table.Max.x, clip.Max.y), false);
    ui.probe.track(name);
    ImGui::PopClipRect();
}

/// The flag words, one under another, wrapped to the column. Returns the height taken.
float flagCell(RecordsUi& r, const std::vector<Flag>& flags)
{
    if (flags.empty()) return 0;
    ImGui::BeginGroup();
    for (const Flag& flag : flags)
        wrappedText(r.ui, r.t(flag.key), r.ui.fonts.small, flag.colour, ImGui::GetContentRegionAvail().x);
    ImGui::EndGroup();
    return ImGui::GetItemRectSize().y;
}

void itemsTable(RecordsUi& r, const ItemAnalysisView& view, ImVec2 size)
{
    UiContext& ui = r.ui;
    const char* headers[kColumns] = {r.t("records.items.column.flags"),    r.t("records.items.column.quiz"),
                                     r.t("records.items.column.question"), r.t("records.items.column.attempts"),
                                     r.t("records.items.column.facility"), r.t("records.items.column.discrimination")};
    // Headers and flags in the small face: the figures' columns stay narrow at large text sizes.
    ImGui::PushFont(ui.fonts.small);
    float flagWidth = headerWidth(headers[0]);
    for (const char* key : {"records.items.flag.too-easy", "records.items.flag.too-hard", "records.items.flag.weak"})
        flagWidth = std::max(flagWidth, widestWord(r.t(key)) + 2);
    const float attemptsHeader = headerWidth(headers[3]);
    const float facilityHeader = headerWidth(headers[4]);
    const float discriminationHeader = headerWidth(headers[5]);
    ImGui::PopFont();
    const float attemptsWidth = std::max(attemptsHeader, ImGui::CalcTextSize("00000").x);
    const float facilityWidth = std::max(facilityHeader, ImGui::CalcTextSize(percent(r, 1.0).c_str()).x);
    const float discriminationWidth = std::max(discriminationHeader, ImGui::CalcTextSize("-0.00").x);

    // Too narrow for the quiz and the question side by side (large text in a small window): the
    // quiz goes under the question. Not while the rows are sorted by quiz, whose header must show.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float tableWidth = size.x > 0 ? size.x : ImGui::GetContentRegionAvail().x;
    const float fixedWidth =
        flagWidth + attemptsWidth + facilityWidth + discriminationWidth + style.CellPadding.x * 2 * kColumns;
    const bool quizUnderQuestion =
        tableWidth - fixedWidth < 24 * ImGui::GetFontSize() && view.sortBy != ItemColumn::Quiz;

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_PadOuterX |
                                  ImGuiTableFlags_NoSavedSettings; // the order is the view's, never a remembered one
    // A little air between rows, so that descenders stay clear of the lines between them.
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding,
                        ImVec2(style.CellPadding.x, std::max(style.CellPadding.y, 4 * ui.scale)));
    if (!ImGui::BeginTable("items:table", kColumns, flags, size)) {
        ImGui::PopStyleVar();
        return;
    }
    auto setup = [&](int column, ImGuiTableColumnFlags columnFlags, float width) {
        if (static_cast<int>(view.sortBy) == column) {
            columnFlags |=
                ImGuiTableColumnFlags_DefaultSort | (view.descending ? ImGuiTableColumnFlags_PreferSortDescending
                                                                     : ImGuiTableColumnFlags_PreferSortAscending);
        }
        ImGui::TableSetupColumn(headers[column], columnFlags, width, static_cast<ImGuiID>(column));
    };
    setup(0, ImGuiTableColumnFlags_WidthFixed, flagWidth);
    setup(1, ImGuiTableColumnFlags_WidthStretch | (quizUnderQuestion ? ImGuiTableColumnFlags_Disabled : 0), 1.0f);
    setup(2, ImGuiTableColumnFlags_WidthStretch, 2.2f);
    setup(3, ImGuiTableColumnFlags_WidthFixed, attemptsWidth);
    setup(4, ImGuiTableColumnFlags_WidthFixed, facilityWidth);
    setup(5, ImGuiTableColumnFlags_WidthFixed, discriminationWidth);
    ImGui::TableSetupScrollFreeze(0, 1);
    // TableHeadersRow, with each header tracked so that the script mode can sort by clicking it.
    ImGui::PushFont(ui.fonts.small);
    float headerHeight = ImGui::TableGetHeaderRowHeight();
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, headerHeight);
    bool headerUsed = false;
    for (int column = 0; column < kColumns; ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        ImGui::PushID(column);
        ImGui::TableHeader(headers[column]);
        ImGui::PopID();
        headerUsed = headerUsed || ImGui::IsItemActivated() || ImGui::IsItemDeactivated();
        trackAcrossTable(ui, "items:header:" + std::to_string(column));
        headerHeight = ImGui::GetItemRectSize().y;
    }
    ImGui::PopFont();
    followSortSpecs(r, view, headerUsed);

    const lessons::Language language = r.language();
    const float cellPadding = ImGui::GetStyle().CellPadding.y;
    float rowsTop = 0, rowsBottom = 0; // the rows' extent, measured as they are laid out
    for (const ItemRow& row : view.rows) {
        const std::string name = "items:row:" + row.quizId + "/" + row.questionId;
        ImGui::PushID(name.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const ImVec2 rowStart = ImGui::GetCursorScreenPos();
        const float flagsHeight = flagCell(r, flagsOf(row.statistics, ui.palette));
        const float quizLine = quizUnderQuestion ? ui.fonts.small->FontSize + style.ItemInnerSpacing.y : 0;
        // The selectable clips its label to its height: room for the font's descenders.
        const float rowHeight = std::max(flagsHeight, std::round(ImGui::GetTextLineHeight() * 1.3f) + quizLine);
        if (&row == &view.rows.front()) rowsTop = rowStart.y - cellPadding;
        rowsBottom = rowStart.y + rowHeight + cellPadding;

        // Rows scrolled out of the table are laid out and tracked, but their texts not fitted.
        const bool visible = ImGui::IsRectVisible(rowStart, ImVec2(rowStart.x + 1, rowStart.y + rowHeight));
        if (ImGui::TableNextColumn() && visible)
            ImGui::TextUnformatted(fitText(row.quizTitle.plain(language), ImGui::GetContentRegionAvail().x).c_str());

        ImGui::TableNextColumn();
        const ImVec2 cell = ImGui::GetCursorScreenPos();
        const float cellWidth = ImGui::GetContentRegionAvail().x;
        if (quizUnderQuestion && visible) {
            ImGui::PushFont(ui.fonts.small);
            const std::string quiz = fitText(row.quizTitle.plain(language), cellWidth);
            ImGui::PopFont();
            ImGui::GetWindowDrawList()->AddText(ui.fonts.small, ui.fonts.small->FontSize,
                                                ImVec2(cell.x, cell.y + rowHeight - ui.fonts.small->FontSize),
                                                ui.palette.mutedText, quiz.c_str());
        }
        const bool selected = r.model.selectedQuiz == row.quizId && r.model.selectedQuestion == row.questionId;
        const std::string label = (visible ? fitText(row.prompt.plain(language), cellWidth) : std::string()) + "###row";
        if (ImGui::Selectable(label.c_str(), selected,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap |
                                  static_cast<ImGuiSelectableFlags>(ImGuiSelectableFlags_NoPadWithHalfSpacing),
                              ImVec2(0, rowHeight)) &&
            !selected) {
            r.emit(SelectQuestion{row.quizId, row.questionId});
        }
        trackAcrossTable(ui, name);

        ImGui::TableNextColumn();
        rightAligned(std::to_string(row.statistics.attempts));
        ImGui::TableNextColumn();
        rightAligned(percent(r, row.statistics.facility));
        ImGui::TableNextColumn();
        rightAligned(discrimination(r, row.statistics.discrimination));
        ImGui::PopID();
    }
    ImGui::EndTable();
    ImGui::PopStyleVar();
    ImGui::GetStateStorage()->SetFloat(ImGui::GetID("items:table-content"), headerHeight + rowsBottom - rowsTop);
}

// ---------------------------------------------------------------- the question selected

void optionText(RecordsUi& r, const ItemOptionShare& option)
{
    const float width = ImGui::GetContentRegionAvail().x;
    if (!option.wordKey.empty())
        wrappedText(r.ui, r.t(option.wordKey), r.ui.fonts.body, r.ui.palette.text, width);
    else
        localizedText(r.ui, option.text, r.ui.fonts.body, r.ui.palette.text, width);
}

void optionsTable(RecordsUi& r, const ItemRow& row)
{
    UiContext& ui = r.ui;
    const char* rightWord = r.t("records.items.right");
    ImGui::PushFont(ui.fonts.bold);
    const float markWidth = ImGui::CalcTextSize(rightWord).x;
    ImGui::PopFont();
    const float barWidth = std::clamp(ImGui::GetContentRegionAvail().x * 0.25f, 90 * ui.scale, 240 * ui.scale);
    int most = 0;
    for (const ItemOptionShare& option : row.options) most = std::max(most, option.chosen);
    const float countWidth =
        ImGui::CalcTextSize(r.f("records.items.count", {std::to_string(std::max(most, 100))}).c_str()).x;

    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("items:options", 4, flags)) return;
    ImGui::TableSetupColumn("mark", ImGuiTableColumnFlags_WidthFixed, markWidth);
    ImGui::TableSetupColumn("text", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthFixed, barWidth);
    ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed, countWidth);
    for (const ItemOptionShare& option : row.options) {
        ImGui::PushID(option.optionId.c_str());
        ImGui::TableNextRow();
        if (option.right) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ui.palette.rightBackground);
        ImGui::TableNextColumn();
        if (option.right) {
            ImGui::PushFont(ui.fonts.bold);
            ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.right);
            ImGui::TextUnformatted(rightWord);
            ImGui::PopStyleColor();
            ImGui::PopFont();
        }
        ImGui::TableNextColumn();
        optionText(r, option);
        ImGui::TableNextColumn();
        progressBar(ui, static_cast<float>(option.share), percent(r, option.share), ImGui::GetContentRegionAvail().x);
        ui.probe.track("items:option:" + option.optionId);
        ImGui::TableNextColumn();
        rightAligned(r.f("records.items.count", {std::to_string(option.chosen)}));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void questionDetail(RecordsUi& r, const ItemAnalysisView& view)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    const auto found = std::find_if(view.rows.begin(), view.rows.end(), [&](const ItemRow& row) {
        return row.quizId == r.model.selectedQuiz && row.questionId == r.model.selectedQuestion;
    });
    if (found == view.rows.end()) {
        wrappedText(ui, r.t("records.items.select-hint"), ui.fonts.body, p.mutedText);
        return;
    }
    const ItemRow& row = *found;
    ImGui::BeginGroup();
    wrappedText(ui, row.quizTitle.plain(r.language()), ui.fonts.small, p.mutedText);
    localizedText(ui, row.prompt, ui.fonts.heading, p.heading);
    if (row.questionOrder == std::numeric_limits<int>::max())
        wrappedText(ui, r.t("records.items.removed"), ui.fonts.small, p.mutedText);
    gap(ui, 4);
    const records::ItemStatistics& s = row.statistics;
    wrappedText(ui,
                r.f("records.items.figures",
                    {std::to_string(s.attempts), percent(r, s.facility), discrimination(r, s.discrimination)}),
                ui.fonts.body, p.text);
    for (const Flag& flag : flagsOf(s, p)) wrappedText(ui, r.t(flag.help), ui.fonts.body, flag.colour);
    if (!s.discrimination) wrappedText(ui, r.t("records.items.discrimination-none.help"), ui.fonts.small, p.mutedText);
    ImGui::EndGroup();
    ui.probe.track("items:selected");

    gap(ui, 8);
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(r.t("records.items.options"));
    ImGui::PopFont();
    if (row.options.empty()) {
        wrappedText(ui, r.t("records.items.no-answers"), ui.fonts.body, p.mutedText);
    } else {
        optionsTable(r, row);
        double total = 0;
        for (const ItemOptionShare& option : row.options) total += option.share;
        if (total > 1.0 + 1e-9) wrappedText(ui, r.t("records.items.several"), ui.fonts.small, p.mutedText);
    }

    gap(ui, 8);
    ImGui::BeginGroup();
    box(ui, p.cardBackground, p.accent, [&] {
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(r.t("records.items.explanation"));
        ImGui::PopFont();
        if (row.explanation.empty())
            wrappedText(ui, r.t("records.items.no-explanation"), ui.fonts.body, p.mutedText);
        else
            localizedText(ui, row.explanation, ui.fonts.body, p.text);
    });
    ImGui::EndGroup();
    ui.probe.track("items:explanation");
}

} // namespace

void drawRecordsItems(RecordsUi& r)
{
    UiContext& ui = r.ui;
    const Palette& p = ui.palette;
    if (!r.model.access.seesItems()) {
        wrappedText(ui, r.t("records.items.not-available"), ui.fonts.body, p.mutedText);
        return;
    }
    ImGui::PushID("records-items");
    choosers(r);
    gap(ui, 6);
    if (!r.model.items) {
        wrappedText(ui, r.t(r.model.progress.busy ? "records.items.loading" : "records.items.hint"), ui.fonts.body,
                    p.mutedText);
        ImGui::PopID();
        return;
    }
    const ItemAnalysisView& view = *r.model.items;
    if (r.model.progress.busy) wrappedText(ui, r.t("records.items.loading"), ui.fonts.small, p.mutedText);
    if (view.rows.empty()) {
        // A pack with inbox exercises and no quiz answers yet still has its messages to show.
        if (view.messages.empty()) wrappedText(ui, r.t("records.items.empty"), ui.fonts.body, p.mutedText);
        ImGui::BeginChild("items:inbox-page", ImVec2(0, std::max(0.0f, ImGui::GetContentRegionAvail().y)), false);
        drawInboxMessageStatistics(r, view);
        ImGui::EndChild();
        ImGui::PopID();
        return;
    }
    const auto flagged =
        std::count_if(view.rows.begin(), view.rows.end(), [](const ItemRow& row) { return row.flagged; });
    const std::string summary =
        r.f("records.items.summary", {std::to_string(view.rows.size()), std::to_string(flagged)});
    // The table's rows as last measured, so that a short table takes no more than it needs.
    auto tableHeight = [&](float most) {
        const float needed = ImGui::GetStateStorage()->GetFloat(ImGui::GetID("items:table-content"), most);
        return std::min(most, needed + 2 * std::max(1.0f, ui.scale)); // and the borders
    };
    const float width = ImGui::GetContentRegionAvail().x;
    if (width >= 1200 * ui.scale) {
        // Wide: the table on the left, the question selected beside it, each scrolling.
        wrappedText(ui, summary, ui.fonts.body, p.text);
        gap(ui, 4);
        const float height = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFrameHeightWithSpacing() * 5);
        const float spacing = 16 * ui.scale;
        const float tableWidth = std::floor((width - spacing) * 0.56f);
        itemsTable(r, view, ImVec2(tableWidth, tableHeight(height)));
        ImGui::SameLine(0, spacing);
        ImGui::BeginChild("items:detail", ImVec2(0, height), false);
        questionDetail(r, view);
        gap(ui, 8);
        drawInboxMessageStatistics(r, view);
        ImGui::EndChild();
    } else {
        // Narrow: one page that scrolls, the table (with its own scroll) above the question.
        ImGui::BeginChild("items:page", ImVec2(0, std::max(0.0f, ImGui::GetContentRegionAvail().y)), false);
        wrappedText(ui, summary, ui.fonts.body, p.text);
        gap(ui, 4);
        const float fewRows = ImGui::GetFrameHeightWithSpacing() * 5;
        itemsTable(r, view, ImVec2(0, tableHeight(std::max(fewRows, ImGui::GetWindowHeight() * 0.55f))));
        gap(ui, 10);
        questionDetail(r, view);
        gap(ui, 8);
        drawInboxMessageStatistics(r, view);
        ImGui::EndChild();
    }
    ImGui::PopID();
}

} // namespace mamori::app::ui
