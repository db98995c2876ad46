#include "settings.hpp"

#include "mamori/records/learner_id.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/learner_input.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace mamori::app {

namespace fs = std::filesystem;

void Settings::rememberLearner(const RecentLearner& learner)
{
    std::erase_if(recentLearners, [&](const RecentLearner& r) { return r.id == learner.id; });
    recentLearners.insert(recentLearners.begin(), learner);
    if (recentLearners.size() > kMaxRecentLearners) recentLearners.resize(kMaxRecentLearners);
}

fs::path defaultSettingsFile()
{
    const char* config = std::getenv("XDG_CONFIG_HOME");
    fs::path base = config && *config ? fs::path(config) : fs::path();
    if (base.empty() || base.is_relative()) {
        const char* home = std::getenv("HOME");
        base = fs::path(home && *home ? home : ".") / ".config";
    }
    return base / "mamori" / "settings.xml";
}

Settings loadSettings(const fs::path& file, Settings defaults)
{
    Settings settings = std::move(defaults);
    tinyxml2::XMLDocument document;
    if (document.LoadFile(file.c_str()) != tinyxml2::XML_SUCCESS) return settings;
    const tinyxml2::XMLElement* root = document.RootElement();
    if (!root || std::strcmp(root->Name(), "settings") != 0) return settings;
    if (const char* language = root->Attribute("language")) {
        if (auto parsed = lessons::languageFromCode(language)) settings.language = *parsed;
    }
    settings.textPercent = std::clamp(root->IntAttribute("text-percent", settings.textPercent), kMinTextPercent, kMaxTextPercent);
    settings.volume = std::clamp(root->IntAttribute("volume", settings.volume), 0, 100);
    settings.muted = root->BoolAttribute("muted", settings.muted);
    if (const char* theme = root->Attribute("theme")) settings.theme = std::strcmp(theme, "dark") == 0 ? Theme::Dark : Theme::Light;
    if (const char* learner = root->Attribute("last-learner")) settings.lastLearner = learner;
    for (const tinyxml2::XMLElement* recent = root->FirstChildElement("recent"); recent; recent = recent->NextSiblingElement("recent")) {
        const char* id = recent->Attribute("id");
        const char* name = recent->Attribute("name");
        if (!id || records::learnerIdProblem(id) || settings.recentLearners.size() >= kMaxRecentLearners) continue;
        settings.recentLearners.push_back({id, name && !scoring::displayNameProblem(name) ? name : ""});
    }
    // Settings written before the list kept only the last learner: keep offering them.
    if (settings.recentLearners.empty() && !settings.lastLearner.empty() && !records::learnerIdProblem(settings.lastLearner)) {
        settings.recentLearners.push_back({settings.lastLearner, ""});
    }
    if (const tinyxml2::XMLElement* window = root->FirstChildElement("window")) {
        settings.window.x = window->IntAttribute("x");
        settings.window.y = window->IntAttribute("y");
        settings.window.width = std::clamp(window->IntAttribute("width", settings.window.width), 640, 8192);
        settings.window.height = std::clamp(window->IntAttribute("height", settings.window.height), 480, 8192);
        settings.window.known = true;
    }
    return settings;
}

bool saveSettings(const fs::path& file, const Settings& settings)
{
    tinyxml2::XMLPrinter out;
    out.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    out.OpenElement("settings");
    out.PushAttribute("language", std::string(lessons::languageCode(settings.language)).c_str());
    out.PushAttribute("text-percent", settings.textPercent);
    out.PushAttribute("volume", settings.volume);
    out.PushAttribute("muted", settings.muted);
    out.PushAttribute("theme", settings.theme == Theme::Dark ? "dark" : "light");
    out.PushAttribute("last-learner", settings.lastLearner.c_str());
    for (const RecentLearner& recent : settings.recentLearners) {
        out.OpenElement("recent");
        out.PushAttribute("id", recent.id.c_str());
        out.PushAttribute("name", recent.name.c_str());
        out.CloseElement();
    }
    if (settings.window.known) {
        out.OpenElement("window");
        out.PushAttribute("x", settings.window.x);
        out.PushAttribute("y", settings.window.y);
        out.PushAttribute("width", settings.window.width);
        out.PushAttribute("height", settings.window.height);
        out.CloseElement();
    }
    out.CloseElement();
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    records::PosixStorage storage;
    return records::replaceFileDurably(storage, file, out.CStr()).ok();
}

} // namespace mamori::app
