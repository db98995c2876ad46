#pragma once
// The characters the app may show, for the font atlas: a character missing from it draws as "?".

#include "ui_strings.hpp"

#include "mamori/lessons/pack_library.hpp"

#include <string>

namespace mamori::app {

/// Every character of the packs' texts in every language, of the UI's words, and of the
/// languages' names.
std::string charactersShown(const lessons::PackLibrary& library, const UiStrings& strings);

} // namespace mamori::app
