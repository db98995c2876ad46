#pragma once
/// \file
/// Visiting every text of a pack: for building a font's glyph set from what will be shown,
/// and for content checks that every text exists in every language.

#include "mamori/lessons/model.hpp"

#include <functional>

namespace mamori::lessons {

/// Calls `visit` for every translated text in the pack, in document order.
void visitTexts(const Pack& pack, const std::function<void(const LocalizedText&)>& visit);

} // namespace mamori::lessons
