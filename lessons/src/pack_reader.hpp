#pragma once
// Reading the `<pack>` root, its lessons, pages and blocks.

#include "mamori/lessons/model.hpp"
#include "read_context.hpp"

namespace mamori::lessons::detail {

/// The root's `languages` attribute ("ja en"), each problem reported.
std::vector<Language> readLanguages(const XMLElement& root, ReadContext& context);

/// Reads a whole pack from its root element. Sets `context.languages` from the pack's
/// `languages` attribute before any text is read.
Pack readPack(const XMLElement& root, ReadContext& context);

} // namespace mamori::lessons::detail
