// The catalog: every pack with its lessons, scenarios and quizzes, their status and progress,
// and "continue where you left off".

#include "catalog.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include <cmath>

namespace mamori::app::ui {
namespace {

const char* kindKey(CatalogItem::Kind kind)
{
    switch (kind) {
    case CatalogItem::Kind::Lesson: return "kind.lesson";
    case CatalogItem::Kind::Quiz: return "kind.quiz";
    case CatalogItem::Kind::Scenario: return "kind.scenario";
    case CatalogItem::Kind::Inbox: return "kind.inbox";
    }
    return "";
}

Action openAction(const lessons::Pack& pack, const CatalogItem& item)
{
    switch (item.kind) {
    case CatalogItem::Kind::Lesson: return action::OpenLesson{pack.id, item.id};
    case CatalogItem::Kind::Quiz: return action::StartQuiz{pack.id, item.id};
    case CatalogItem::Kind::Scenario: return action::StartScenario{pack.id, item.id};
    case CatalogItem::Kind::Inbox: return action::StartInbox{pack.id, item.id};
    }
    return action::ShowCatalog{};
}

/// A line of facts under an item: pages, questions, best score, attempts left, minutes.
std::string facts(UiContext& ui, const CatalogItem& item)
{
    std::string out;
    auto add = [&](const std::string& fact) { out += (out.empty() ? "" : "  ·  ") + fact; };
    if (item.kind == CatalogItem::Kind::Lesson) add(ui.f("catalog.pages", {std::to_string(item.done), std::to_string(item.total)}));
    if (item.kind == CatalogItem::Kind::Quiz) {
        add(ui.f("catalog.questions", {std::to_string(item.questions)}));
        add(ui.f("catalog.pass-mark", {std::to_string(item.passMark)}));
        if (item.bestPercent) add(ui.f("catalog.best", {std::to_string(std::lround(*item.bestPercent))}));
        if (item.attemptsLeft) add(ui.f("catalog.attempts-left", {std::to_string(*item.attemptsLeft)}));
    }
    if (item.kind == CatalogItem::Kind::Scenario && item.bestScore) add(ui.f("catalog.best-score", {std::to_string(*item.bestScore)}));
    if (item.kind == CatalogItem::Kind::Inbox) {
        add(ui.f("catalog.messages", {std::to_string(item.questions)}));
        add(ui.f("catalog.pass-mark", {std::to_string(item.passMark)}));
        if (item.bestPercent) add(ui.f("catalog.best", {std::to_string(std::lround(*item.bestPercent))}));
    }
    if (item.minutes) add(ui.f("catalog.minutes", {std::to_string(*item.minutes)}));
    return out;
}

void itemRow(UiContext& ui, const lessons::Pack& pack, const CatalogItem& item)
{
    const std::string name = "open:" + pack.id + "/" + item.id;
    ImGui::PushID(name.c_str());
    const float indent = item.insideLesson ? 28 * ui.scale : 0;
    if (indent > 0) ImGui::Indent(indent);
    const float buttonWidth = 150 * ui.scale;
    const float textWidth = ImGui::GetContentRegionAvail().x - buttonWidth - 20 * ui.scale;
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    ImGui::TextUnformatted(ui.t(kindKey(item.kind)));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine();
    statusBadge(ui, item.status);
    localizedText(ui, *item.title, ui.fonts.bold, ui.palette.text, textWidth);
    wrappedText(ui, facts(ui, item), ui.fonts.small, ui.palette.mutedText, textWidth);
    if (item.kind == CatalogItem::Kind::Lesson) progressBar(ui, item.progress, "", textWidth * 0.6f);
    ImGui::EndGroup();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - buttonWidth);
    const char* label = item.unfinished                                       ? ui.t("catalog.continue-item")
                        : item.status == scoring::ActivityStatus::NotStarted ? ui.t("catalog.start")
                        : item.kind == CatalogItem::Kind::Lesson            ? ui.t("catalog.reopen")
                                                                               : ui.t("catalog.again");
    ImGui::BeginGroup();
    if (button(ui, name, label, item.canStart)) ui.emit(openAction(pack, item));
    if (item.kind == CatalogItem::Kind::Quiz && item.bestPercent) {
        if (button(ui, "results:" + pack.id + "/" + item.id, ui.t("catalog.results"))) {
            const auto& finished = ui.model.views.catalog->lastFinishedAttempt;
            const auto last = finished.find(pack.id + "/" + item.id);
            ui.emit(action::ShowResults{pack.id, item.id, last == finished.end() ? 0 : last->second});
        }
    }
    if (!item.canStart && item.kind == CatalogItem::Kind::Quiz) {
        wrappedText(ui, ui.t("catalog.no-attempts"), ui.fonts.small, ui.palette.wrong, buttonWidth);
    }
    ImGui::EndGroup();
    if (indent > 0) ImGui::Unindent(indent);
    ImGui::PopID();
    gap(ui, 6);
}

void packCard(UiContext& ui, const PackCard& card)
{
    const lessons::Pack& pack = *card.pack;
    box(ui, ui.palette.cardBackground, ui.palette.heading, [&] {
        statusBadge(ui, card.summary.status);
        localizedText(ui, pack.title, ui.fonts.heading, ui.palette.heading);
        localizedText(ui, pack.description, ui.fonts.body, ui.palette.mutedText);
        std::string line = ui.f("catalog.pack-progress", {std::to_string(card.summary.activitiesComplete),
                                                          std::to_string(card.summary.activitiesTotal)});
        if (pack.minutes) line += "  ·  " + ui.f("catalog.minutes", {std::to_string(*pack.minutes)});
        const float fraction = card.summary.activitiesTotal
                                   ? static_cast<float>(card.summary.activitiesComplete) / static_cast<float>(card.summary.activitiesTotal)
                                   : 0;
        progressBar(ui, fraction, line, ImGui::GetContentRegionAvail().x * 0.7f);
        if (card.summary.complete) {
            gap(ui, 4);
            if (button(ui, "certificate:" + pack.id, ui.t("catalog.save-certificate"))) ui.emit(action::SaveCertificate{pack.id});
        }
        gap(ui, 6);
        ImGui::Separator();
        gap(ui, 4);
        for (const CatalogItem& item : card.items) {
            whenVisible(ui, "item:" + pack.id + "/" + item.id, [&] { itemRow(ui, pack, item); });
        }
    });
    gap(ui, 10);
}

} // namespace

void drawCatalog(UiContext& ui)
{
    if (!ui.model.views.catalog || !ui.model.views.header) return;
    const CatalogView& view = ui.model.views.catalog->catalog;
    const HeaderView& who = *ui.model.views.header;
    screenFrame(
        ui,
        [&] {
            ImGui::PushFont(ui.fonts.title);
            ImGui::TextUnformatted(ui.f("catalog.welcome", {who.displayName.empty() ? who.learnerId : who.displayName}).c_str());
            ImGui::PopFont();
            gap(ui, 6);
            if (view.resume) {
                box(ui, ui.palette.tipBackground, ui.palette.tip, [&] {
                    wrappedText(ui, ui.t("catalog.resume"), ui.fonts.bold, ui.palette.text);
                    wrappedText(ui, view.resume->title->plain(ui.language()) + "  —  " + view.resume->pack->title.plain(ui.language()),
                                ui.fonts.body, ui.palette.text);
                    if (button(ui, "catalog:continue", ui.t("catalog.continue"), true, true)) ui.emit(action::ContinueLearning{});
                });
                gap(ui, 8);
            }
            if (const int due = ui.model.views.catalog->reviewsDue; due > 0) {
                box(ui, ui.palette.warningBackground, ui.palette.warning, [&] {
                    wrappedText(ui, ui.f("catalog.reviews-due", {std::to_string(due)}), ui.fonts.bold, ui.palette.text);
                    wrappedText(ui, ui.t("catalog.reviews-help"), ui.fonts.small, ui.palette.mutedText);
                    if (button(ui, "catalog:reviews", ui.t("catalog.start-reviews"), true, !view.resume)) ui.emit(action::StartReviews{});
                });
                gap(ui, 8);
            }
            if (view.packs.empty()) wrappedText(ui, ui.t("catalog.empty"), ui.fonts.body, ui.palette.mutedText);
            for (const PackCard& card : view.packs) whenVisible(ui, "pack:" + card.pack->id, [&] { packCard(ui, card); });
        },
        nullptr);
    if (view.resume && enterPressed()) ui.emit(action::ContinueLearning{});
}

} // namespace mamori::app::ui
