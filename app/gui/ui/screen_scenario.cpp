// The scenario player: the situation, the options, the consequence of each choice, and at the
// end the outcome, the path taken and the debrief.

#include "screens.hpp"
#include "widgets.hpp"

#include "mamori/scoring/scenario_run.hpp"

namespace mamori::app::ui {
namespace {

using namespace mamori::lessons;
using namespace mamori::scoring;

const ScenarioOption* findOption(const Scenario& scenario, const std::string& nodeId, const std::string& optionId)
{
    const ScenarioNode* node = scenario.node(nodeId);
    if (!node) return nullptr;
    for (const ScenarioOption& o : node->options) {
        if (o.id == optionId) return &o;
    }
    return nullptr;
}

void consequence(UiContext& ui, const Scenario& scenario, const Consequence& c)
{
    const ScenarioOption* option = findOption(scenario, c.nodeId, c.optionId);
    if (!option) return;
    const Palette& p = ui.palette;
    const ImU32 colour = option->scoreChange > 0 ? p.right : option->scoreChange < 0 ? p.wrong : p.tip;
    const ImU32 background = option->scoreChange > 0 ? p.rightBackground : option->scoreChange < 0 ? p.wrongBackground : p.tipBackground;
    box(ui, background, colour, [&] {
        wrappedText(ui, ui.t("scenario.you-chose"), ui.fonts.bold, p.text);
        localizedText(ui, option->text, ui.fonts.body, p.text);
        gap(ui, 4);
        if (!option->feedback.empty()) localizedText(ui, option->feedback, ui.fonts.body, p.text);
        if (option->scoreChange != 0) {
            wrappedText(ui, ui.f("scenario.score-change", {(option->scoreChange > 0 ? "+" : "") + std::to_string(option->scoreChange)}),
                        ui.fonts.small, colour);
        }
    });
}

void ending(UiContext& ui, const Scenario& scenario, const ScenarioRunRecord& run)
{
    const ScenarioEnding* end = scenario.ending(run.endingId);
    if (!end) return;
    const Palette& p = ui.palette;
    const ImU32 colour = end->outcome == Outcome::Good ? p.right : end->outcome == Outcome::Bad ? p.wrong : p.partly;
    const ImU32 background = end->outcome == Outcome::Good ? p.rightBackground : end->outcome == Outcome::Bad ? p.wrongBackground : p.partlyBackground;
    box(ui, background, colour, [&] {
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(ui.t(("scenario.outcome-" + std::string(outcomeName(end->outcome))).c_str()));
        ImGui::PopFont();
        ImGui::PopStyleColor();
        localizedText(ui, end->title, ui.fonts.title, p.text);
        localizedText(ui, end->debrief, ui.fonts.body, p.text);
        gap(ui, 4);
        wrappedText(ui, ui.f("scenario.result", {std::to_string(run.score), std::to_string(scenario.passScore)}) + "  " +
                            ui.t(run.passed ? "results.passed" : "results.failed"),
                    ui.fonts.bold, run.passed ? p.right : p.wrong);
    });
    gap(ui, 8);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.t("scenario.path"));
    ImGui::PopFont();
    int step = 0;
    for (const ScenarioStep& s : run.path) {
        const ScenarioNode* node = scenario.node(s.nodeId);
        const ScenarioOption* option = findOption(scenario, s.nodeId, s.optionId);
        if (!node || !option) continue;
        box(ui, p.cardBackground, p.cardBorder, [&] {
            wrappedText(ui, ui.f("scenario.step", {std::to_string(++step)}), ui.fonts.small, p.mutedText);
            localizedText(ui, node->situation, ui.fonts.body, p.mutedText);
            wrappedText(ui, "→ " + option->text.plain(ui.language()) +
                                (option->scoreChange ? "  (" + std::string(option->scoreChange > 0 ? "+" : "") + std::to_string(option->scoreChange) + ")" : ""),
                        ui.fonts.bold, p.text);
        });
    }
}

} // namespace

void drawScenario(UiContext& ui)
{
    if (!ui.model.views.scenario) return;
    const ScenarioView& view = *ui.model.views.scenario;
    const ScenarioState& state = ui.model.scenario;
    const Scenario& scenario = *view.scenario;
    const bool showEnding = view.showEnding;

    screenFrame(
        ui,
        [&] {
            wrappedText(ui, view.pack->title.plain(ui.language()), ui.fonts.small, ui.palette.mutedText);
            localizedText(ui, scenario.title, ui.fonts.title, ui.palette.heading);
            if (!scenario.description.empty() && view.open && view.open->path.empty()) localizedText(ui, scenario.description, ui.fonts.body, ui.palette.mutedText);
            gap(ui, 6);
            if (state.consequence) {
                consequence(ui, scenario, *state.consequence);
            } else if (showEnding) {
                ending(ui, scenario, *view.finished);
            } else if (view.node) {
                ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
                ImGui::TextUnformatted(ui.f("scenario.step", {std::to_string(view.step)}).c_str());
                ImGui::PopStyleColor();
                box(ui, ui.palette.cardBackground, ui.palette.heading,
                    [&] { localizedText(ui, view.node->situation, ui.fonts.heading, ui.palette.text); });
                gap(ui, 4);
                wrappedText(ui, ui.t("scenario.what-do-you-do"), ui.fonts.bold, ui.palette.text);
                int number = 0;
                for (const ScenarioOption& option : view.node->options) {
                    if (choiceRow(ui, "option:" + option.id, ++number, option.text, false, false)) ui.emit(action::ChooseOption{option.id});
                    gap(ui, 2);
                }
                if (const int digit = digitPressed(); digit > 0 && digit <= static_cast<int>(view.node->options.size())) {
                    ui.emit(action::ChooseOption{view.node->options[static_cast<std::size_t>(digit - 1)].id});
                }
            } else if (view.open) {
                wrappedText(ui, ui.t("scenario.changed"), ui.fonts.body, ui.palette.wrong);
            }
        },
        [&] {
            if (state.consequence) {
                if (button(ui, "scenario:continue", ui.t(state.consequence->ended ? "scenario.see-ending" : "scenario.continue"), true, true) ||
                    enterPressed()) {
                    ui.emit(action::DismissConsequence{});
                }
            } else if (showEnding) {
                if (button(ui, "scenario:again", ui.t("scenario.again"))) ui.emit(action::StartScenario{view.pack->id, scenario.id});
                ImGui::SameLine();
                if (button(ui, "scenario:catalog", ui.t("nav.back-to-catalog"), true, true)) ui.emit(action::ShowCatalog{});
            } else {
                if (button(ui, "scenario:leave", ui.t("scenario.leave"))) ui.emit(action::ShowCatalog{});
            }
        });
}

} // namespace mamori::app::ui
