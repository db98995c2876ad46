#pragma once
// Moodle's two ways of writing one text in several languages: the multilang filter's
// `<span lang="ja" class="multilang">…</span>` and the multilang2 filter's `{mlang ja}…{mlang}`.
// The spans are chosen while the HTML is walked (moodle_html.cpp); the braces, which may cut
// across tags, are chosen here on the raw text first.

#include <string>
#include <string_view>

namespace mamori::tool::moodle {

/// Which languages a text named in its multilang parts (bit per language: 1 = ja, 2 = en).
struct MultilangSeen {
    unsigned languages = 0;   ///< languages that had their own part
    bool any = false;         ///< the text had multilang parts at all (even in other languages)
};

/// True when Moodle's language code (`ja`, `ja_jp`, `EN-us`) is `language` (`ja`, `en`).
bool sameLanguage(std::string_view moodleCode, std::string_view language);

/// The bit MultilangSeen uses for a Moodle language code; 0 for languages Mamori has not.
unsigned languageBit(std::string_view moodleCode);

/// `text` with every `{mlang X}…{mlang}` block kept when X is `language` (or `other` when no block
/// names `language`) and removed otherwise. Text outside the blocks is kept. An unclosed block
/// runs to the end of the text, as in Moodle.
std::string selectMlangBraces(std::string_view text, std::string_view language, MultilangSeen& seen);

} // namespace mamori::tool::moodle
