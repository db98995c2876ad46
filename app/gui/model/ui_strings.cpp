#include "ui_strings.hpp"

#include <tinyxml2.h>

#include <cstring>

namespace mamori::app {

using lessons::Language;

UiStrings UiStrings::load(const std::filesystem::path& dir, std::vector<std::string>& problems)
{
    UiStrings strings;
    for (Language language : lessons::kAllLanguages) {
        const std::filesystem::path file = dir / (std::string(lessons::languageCode(language)) + ".xml");
        tinyxml2::XMLDocument document;
        if (document.LoadFile(file.c_str()) != tinyxml2::XML_SUCCESS) {
            problems.push_back(file.string() + ":" + std::to_string(document.ErrorLineNum()) + ": error: " +
                               (document.ErrorID() == tinyxml2::XML_ERROR_FILE_NOT_FOUND ? "missing" : document.ErrorName()));
            continue;
        }
        const tinyxml2::XMLElement* root = document.RootElement();
        for (const tinyxml2::XMLElement* s = root ? root->FirstChildElement("s") : nullptr; s; s = s->NextSiblingElement("s")) {
            const char* key = s->Attribute("key");
            if (!key) {
                problems.push_back(file.string() + ":" + std::to_string(s->GetLineNum()) + ": error: <s> without a key");
                continue;
            }
            strings.set(language, key, s->GetText() ? s->GetText() : "");
        }
    }
    return strings;
}

const std::string& UiStrings::get(std::string_view key, Language language) const
{
    for (Language l : {language, language == Language::Japanese ? Language::English : Language::Japanese}) {
        auto table = byLanguage_.find(l);
        if (table == byLanguage_.end()) continue;
        auto it = table->second.find(key);
        if (it != table->second.end()) return it->second;
    }
    auto [it, inserted] = missing_.emplace(std::string(key), std::string(key));
    return it->second;
}

std::string UiStrings::format(std::string_view key, Language language, const std::vector<std::string>& args) const
{
    std::string text = get(key, language);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string placeholder = "{" + std::to_string(i) + "}";
        for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + args[i].size())) {
            text.replace(at, placeholder.size(), args[i]);
        }
    }
    return text;
}

std::vector<std::string> UiStrings::keys(Language language) const
{
    std::vector<std::string> out;
    auto table = byLanguage_.find(language);
    if (table != byLanguage_.end()) {
        for (const auto& [key, text] : table->second) out.push_back(key);
    }
    return out;
}

bool UiStrings::has(std::string_view key, Language language) const
{
    auto table = byLanguage_.find(language);
    return table != byLanguage_.end() && table->second.find(key) != table->second.end();
}

void UiStrings::set(Language language, std::string key, std::string text)
{
    byLanguage_[language][std::move(key)] = std::move(text);
}

} // namespace mamori::app
