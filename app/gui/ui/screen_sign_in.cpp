// Sign-in: pick a learner known on this machine, or register a new one.

#include "screens.hpp"
#include "widgets.hpp"

#include <imgui_stdlib.h>

namespace mamori::app::ui {
namespace {

void learnerList(UiContext& ui)
{
    const SignInState& state = ui.model.signIn;
    const std::string& last = ui.model.settings.lastLearner;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.t("signin.choose"));
    ImGui::PopFont();
    gap(ui, 4);
    int number = 0;
    for (const KnownLearner& learner : state.learners) {
        ++number;
        lessons::LocalizedText label;
        std::string line = learner.name.empty() ? learner.id : learner.name + "（" + learner.id + "）";
        if (learner.id == last) line += "  — " + std::string(ui.t("signin.last"));
        label.set(ui.language(), lessons::RichText{{lessons::Span{line, lessons::Emphasis::None}}});
        if (choiceRow(ui, "signin:learner:" + learner.id, number <= 9 ? number : 0, label, learner.id == last, false)) {
            ui.emit(action::SignIn{learner.id});
        }
        gap(ui, 2);
    }
    if (const int digit = digitPressed(); digit > 0 && digit <= static_cast<int>(state.learners.size())) {
        ui.emit(action::SignIn{state.learners[static_cast<std::size_t>(digit - 1)].id});
    }
}

void createForm(UiContext& ui)
{
    const SignInState& state = ui.model.signIn;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.t("signin.new"));
    ImGui::PopFont();
    wrappedText(ui, ui.t("signin.new-help"), ui.fonts.body, ui.palette.mutedText);
    gap(ui, 4);
    const float fieldWidth = std::min(ImGui::GetContentRegionAvail().x, 420 * ui.scale);
    ImGui::TextUnformatted(ui.t("signin.id"));
    ImGui::SetNextItemWidth(fieldWidth);
    std::string id = state.idInput;
    if (ImGui::InputTextWithHint("##id", "E12345", &id, ImGuiInputTextFlags_AutoSelectAll)) ui.emit(action::EditSignInId{id});
    ui.probe.track("signin:id");
    ImGui::TextUnformatted(ui.t("signin.name"));
    ImGui::SetNextItemWidth(fieldWidth);
    std::string name = state.nameInput;
    const bool enter = ImGui::InputTextWithHint("##name", ui.t("signin.name-hint"), &name,
                                                ImGuiInputTextFlags_AutoSelectAll | ImGuiInputTextFlags_EnterReturnsTrue);
    if (name != state.nameInput) ui.emit(action::EditSignInName{name});
    ui.probe.track("signin:name");
    gap(ui, 6);
    const bool ready = !state.idInput.empty();
    if ((button(ui, "signin:create", ui.t("signin.create"), ready, true) || (enter && ready))) ui.emit(action::CreateLearner{});
    if (!state.learners.empty()) {
        ImGui::SameLine();
        if (button(ui, "signin:cancel", ui.t("common.cancel"))) ui.emit(action::ShowCreateLearner{false});
    }
}

} // namespace

void drawSignIn(UiContext& ui)
{
    screenFrame(
        ui,
        [&] {
            gap(ui, 16);
            ImGui::PushFont(ui.fonts.title);
            ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.heading);
            ImGui::TextUnformatted(ui.t("signin.title"));
            ImGui::PopStyleColor();
            ImGui::PopFont();
            wrappedText(ui, ui.t("signin.intro"), ui.fonts.body, ui.palette.mutedText);
            gap(ui, 14);
            const SignInState& state = ui.model.signIn;
            if (state.creating || state.learners.empty()) {
                createForm(ui);
            } else {
                learnerList(ui);
                gap(ui, 10);
                if (button(ui, "signin:new", ui.t("signin.new"))) ui.emit(action::ShowCreateLearner{true});
            }
        },
        nullptr);
}

} // namespace mamori::app::ui
