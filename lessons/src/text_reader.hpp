#pragma once
// Reading translated texts (`<title><ja>…</ja><en>…</en></title>`) and normalising the
// whitespace of hand-written XML.

#include "mamori/lessons/text.hpp"
#include "read_context.hpp"

#include <string>
#include <vector>

namespace mamori::lessons::detail {

/// Reads the translations held by `element` (a Localized or Rich element by its rule),
/// after checking the element's structure like any other. Reports missing or empty translations for the pack's languages, emphasis where it is
/// not allowed, and anything else that is not text.
LocalizedText readText(const XMLElement& element, ReadContext& context);

/// Reads an optional text child: an empty text when `parent` has no `name` child.
LocalizedText readOptionalText(const XMLElement& parent, const char* name, ReadContext& context);

/// "unknown slot key 'x'", with the closest key or the list of keys: for packs and profiles alike.
std::string unknownSlotKeyMessage(std::string_view key);

/// Joins spans and normalises their whitespace the way a reader expects: runs of spaces
/// and line breaks become one space, except that a line break between two Japanese
/// characters disappears; leading and trailing whitespace goes; empty spans go.
RichText normaliseSpans(const std::vector<Span>& raw);

/// "<ja>…</ja> or <en>…</en>" for the given languages (all known ones when empty).
std::string translationTags(const std::vector<Language>& languages);

} // namespace mamori::lessons::detail
