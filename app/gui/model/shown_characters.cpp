#include "shown_characters.hpp"

#include "mamori/lessons/text_visitor.hpp"

namespace mamori::app {

std::string charactersShown(const lessons::PackLibrary& library, const UiStrings& strings)
{
    std::string text;
    for (const auto& pack : library.packs) {
        lessons::visitTexts(*pack, [&](const lessons::LocalizedText& t) {
            for (lessons::Language l : lessons::kAllLanguages) {
                if (t.has(l)) text += t.plain(l);
            }
        });
    }
    for (lessons::Language l : lessons::kAllLanguages) {
        for (const std::string& key : strings.keys(l)) text += strings.get(key, l);
        text += lessons::languageName(l);
    }
    return text;
}

} // namespace mamori::app
