#include "mamori/lessons/language.hpp"

namespace mamori::lessons {

std::string_view languageCode(Language language)
{
    return language == Language::Japanese ? "ja" : "en";
}

std::string_view languageName(Language language)
{
    return language == Language::Japanese ? "日本語" : "English";
}

std::string_view languageEnglishName(Language language)
{
    return language == Language::Japanese ? "Japanese" : "English";
}

std::optional<Language> languageFromCode(std::string_view code)
{
    for (Language language : kAllLanguages) {
        if (languageCode(language) == code) return language;
    }
    return std::nullopt;
}

} // namespace mamori::lessons
