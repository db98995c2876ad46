// Settings: language, text size, sound, theme.

#include "screens.hpp"
#include "widgets.hpp"

namespace mamori::app::ui {
namespace {

/// A row of buttons of which one is current.
template <typename Value>
void choiceButtons(UiContext& ui, const std::string& prefix, const std::vector<std::pair<Value, std::string>>& options, Value current,
                   const std::function<Action(Value)>& make, const std::function<std::string(Value)>& nameOf)
{
    bool first = true;
    for (const auto& [value, label] : options) {
        if (!first) ImGui::SameLine();
        first = false;
        const bool chosen = value == current;
        if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ui.palette.heading);
        if (button(ui, prefix + nameOf(value), label.c_str()) && !chosen) ui.emit(make(value));
        if (chosen) ImGui::PopStyleColor();
    }
}

void section(UiContext& ui, const char* key)
{
    gap(ui, 10);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.t(key));
    ImGui::PopFont();
}

} // namespace

void drawSettings(UiContext& ui)
{
    const Settings& s = ui.model.settings;
    screenFrame(
        ui,
        [&] {
            ImGui::PushFont(ui.fonts.title);
            ImGui::TextUnformatted(ui.t("settings.title"));
            ImGui::PopFont();

            section(ui, "settings.language");
            if (ui.model.languageLocked) {
                ImGui::TextUnformatted(std::string(lessons::languageName(s.language)).c_str());
                ImGui::TextWrapped("%s", ui.t("settings.language-locked"));
            } else {
                std::vector<std::pair<lessons::Language, std::string>> languages;
                for (lessons::Language l : lessons::kAllLanguages) languages.emplace_back(l, std::string(lessons::languageName(l)));
                choiceButtons<lessons::Language>(
                    ui, "settings:lang:", languages, s.language, [](lessons::Language l) { return action::SetLanguage{l}; },
                    [](lessons::Language l) { return std::string(lessons::languageCode(l)); });
            }

            section(ui, "settings.text-size");
            std::vector<std::pair<int, std::string>> sizes;
            for (int percent : {90, 100, 120, 140}) sizes.emplace_back(percent, std::to_string(percent) + "%");
            choiceButtons<int>(
                ui, "settings:text:", sizes, s.textPercent, [](int p) { return action::SetTextPercent{p}; },
                [](int p) { return std::to_string(p); });

            section(ui, "settings.sound");
            int volume = s.volume;
            ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 360 * ui.scale));
            if (ImGui::SliderInt("##volume", &volume, 0, 100, "%d%%")) ui.emit(action::SetVolume{volume});
            ui.probe.track("settings:volume");
            ImGui::SameLine();
            bool muted = s.muted;
            if (ImGui::Checkbox(ui.t("settings.mute"), &muted)) ui.emit(action::SetMuted{muted});
            ui.probe.track("settings:mute");
            if (!ui.audioStatus.empty()) wrappedText(ui, ui.t("settings.no-sound"), ui.fonts.small, ui.palette.mutedText);

            section(ui, "settings.theme");
            choiceButtons<Theme>(
                ui, "settings:theme:", {{Theme::Light, ui.t("settings.light")}, {Theme::Dark, ui.t("settings.dark")}}, s.theme,
                [](Theme t) { return action::SetTheme{t}; }, [](Theme t) { return std::string(t == Theme::Dark ? "dark" : "light"); });
        },
        [&] {
            if (button(ui, "settings:close", ui.t("settings.close"), true, true)) ui.emit(action::CloseSettings{});
        });
}

} // namespace mamori::app::ui
