#pragma once
/// \file
/// The languages a lesson pack can be written in.

#include <array>
#include <optional>
#include <string_view>

namespace mamori::lessons {

/// A language a pack's texts can be written in. Japanese comes first: it is the
/// training's primary language and the fallback when a text is missing.
enum class Language { Japanese, English };

/// Every language the format knows, in display order.
inline constexpr std::array<Language, 2> kAllLanguages{Language::Japanese, Language::English};

/// The code used in XML (`ja`, `en`): element names of translations, `languages="ja en"`.
std::string_view languageCode(Language language);

/// The language's own name (日本語, English), for menus and messages.
std::string_view languageName(Language language);

/// The language's English name (Japanese, English), for diagnostics.
std::string_view languageEnglishName(Language language);

/// Parses a code such as `ja`; nullopt for codes the format does not know.
std::optional<Language> languageFromCode(std::string_view code);

} // namespace mamori::lessons
