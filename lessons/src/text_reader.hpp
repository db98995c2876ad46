#pragma once
// Reading translated texts (`<title><ja>…</ja><en>…</en></title>`) and normalising the
// whitespace of hand-written XML.

#include "mamori/lessons/text.hpp"
#include "read_context.hpp"

#include <span>
#include <string>
#include <string_view>
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
/// characters disappears; leading and trailing whitespace goes; empty spans go; neighbouring
/// spans of one style (and no slot) become one.
RichText normaliseSpans(std::span<const RawSpan> raw);

/// normaliseSpans for one unstyled run.
RichText normaliseText(std::string_view text);

/// True when the two texts read the same once their styling is dropped (`a.plain() == b.plain()`,
/// without building either).
bool samePlainText(const RichText& a, const RichText& b);

/// "<ja>…</ja> or <en>…</en>" for the given languages (all known ones when empty).
std::string translationTags(const std::vector<Language>& languages);

} // namespace mamori::lessons::detail
