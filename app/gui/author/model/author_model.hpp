#pragma once
// What the author mode shows and does: the item selected in the pack tree, the language, the
// tab, the last reload; and its actions. Screens read the model and the workspace, emit
// actions; AuthorController applies them. Nothing here writes a learner's progress: the author
// mode has no learner.

#include "author_workspace.hpp"
#include "scenario_map.hpp"

#include "mamori/lessons/language.hpp"

#include <functional>
#include <string>
#include <variant>

namespace mamori::app {

enum class AuthorTab { Preview, Map, Diagnostics };

struct AuthorModel {
    lessons::Language language = lessons::Language::Japanese;
    std::string selected;          ///< the selected item's key (AuthorItem::key); empty: none
    AuthorTab tab = AuthorTab::Preview;
    int reloads = 0;               ///< reads of the folder so far (the first load included)
    std::string reloadedAt;        ///< local time of the last read, "15:42:07"
    ReloadReport lastReload;
    bool selectionLost = false;    ///< the last reload removed the selected id: its parent is shown
    /// The map of the scenario the selected item belongs to (built once per selection or reload).
    std::optional<ScenarioMapView> map;
    std::string mapScenarioKey;    ///< that scenario's item key: "basics/scenario:basics-week"
};

namespace author_action {
struct Select { std::string key; };
struct SelectDiagnostic { int index = 0; };   ///< of AuthorWorkspace::diagnostics()
struct ShowTab { AuthorTab tab = AuthorTab::Preview; };
struct SetLanguage { lessons::Language language = lessons::Language::Japanese; };
struct Reload {};
struct Quit {};
} // namespace author_action

using AuthorAction = std::variant<author_action::Select, author_action::SelectDiagnostic, author_action::ShowTab,
                                  author_action::SetLanguage, author_action::Reload, author_action::Quit>;

struct AuthorEffects {
    bool quit = false;
    bool reloaded = false;         ///< new texts may need glyphs
    bool saveSettings = false;
};

class AuthorController {
public:
    AuthorController(AuthorWorkspace& workspace, AuthorModel& model, std::function<std::string()> localTime);

    AuthorEffects apply(const AuthorAction& action);
    /// Reads the folder again, staying on the selected item when its key still exists (else on
    /// its nearest ancestor that does).
    AuthorEffects reload();

private:
    void select(const std::string& key);
    void refreshMap(bool rebuild);

    AuthorWorkspace& workspace_;
    AuthorModel& model_;
    std::function<std::string()> localTime_;
};

} // namespace mamori::app
