#include "author_model.hpp"

#include "overloaded.hpp"

namespace mamori::app {

namespace aa = author_action;

AuthorController::AuthorController(AuthorWorkspace& workspace, AuthorModel& model, std::function<std::string()> localTime)
    : workspace_(workspace), model_(model), localTime_(std::move(localTime))
{
}

void AuthorController::select(const std::string& key)
{
    model_.selected = key;
    model_.selectionLost = false;
    refreshMap(false);
}

void AuthorController::refreshMap(bool rebuild)
{
    const AuthorItem* item = workspace_.find(model_.selected);
    if (!item || !item->scenario) {
        model_.map.reset();
        model_.mapScenarioKey.clear();
        if (model_.tab == AuthorTab::Map) model_.tab = AuthorTab::Preview;
        return;
    }
    const auto cut = item->key.find("/scenario:" + item->scenario->id);
    const std::string scenarioKey = item->key.substr(0, cut + std::string("/scenario:").size() + item->scenario->id.size());
    if (!rebuild && model_.map && model_.mapScenarioKey == scenarioKey) return;
    model_.map = buildScenarioMap(*item->scenario);
    model_.mapScenarioKey = scenarioKey;
}

AuthorEffects AuthorController::reload()
{
    model_.lastReload = workspace_.reload();
    ++model_.reloads;
    model_.reloadedAt = localTime_();
    model_.selectionLost = false;
    // Stay on the same item; when its id is gone, on the nearest ancestor still there.
    std::string key = model_.selected;
    while (!key.empty() && !workspace_.find(key)) {
        const auto cut = key.rfind('/');
        key = cut == std::string::npos ? std::string() : key.substr(0, cut);
        model_.selectionLost = true;
    }
    model_.selected = key;
    if (model_.selected.empty() && !workspace_.items().empty()) model_.selected = workspace_.items().front().key;
    refreshMap(true);   // the scenario may have changed, and the old one's texts are gone
    AuthorEffects effects;
    effects.reloaded = true;
    return effects;
}

AuthorEffects AuthorController::apply(const AuthorAction& action)
{
    AuthorEffects effects;
    std::visit(Overloaded{
                   [&](const aa::Select& a) {
                       if (!workspace_.find(a.key)) return;
                       select(a.key);
                       if (model_.tab == AuthorTab::Diagnostics) model_.tab = AuthorTab::Preview;
                   },
                   [&](const aa::SelectDiagnostic& a) {
                       const auto all = workspace_.diagnostics();
                       if (a.index < 0 || a.index >= static_cast<int>(all.size())) return;
                       if (const AuthorItem* item = workspace_.itemAt(all[static_cast<std::size_t>(a.index)])) {
                           model_.tab = AuthorTab::Preview;
                           select(item->key);
                       }
                   },
                   [&](const aa::ShowTab& a) {
                       if (a.tab != AuthorTab::Map || model_.map) model_.tab = a.tab;
                   },
                   [&](const aa::SetLanguage& a) {
                       model_.language = a.language;
                       effects.saveSettings = true;
                   },
                   [&](const aa::Reload&) { effects = reload(); },
                   [&](const aa::Quit&) { effects.quit = true; },
               },
               action);
    return effects;
}

} // namespace mamori::app
