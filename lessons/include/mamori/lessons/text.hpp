#pragma once
/// \file
/// Texts in a pack: runs of styled text, translated into the pack's languages.

#include "mamori/lessons/language.hpp"

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mamori::lessons {

/// How a run of text is emphasised (`<em>`, `<strong>` in paragraphs, list items and callouts).
enum class Emphasis { None, Em, Strong };

/// A run of text with one style.
struct Span {
    Span() = default;
    Span(std::string text_, Emphasis emphasis_ = Emphasis::None, std::string slot_ = {}, std::string anchor_ = {})
        : text(std::move(text_)), emphasis(emphasis_), slot(std::move(slot_)), anchor(std::move(anchor_))
    {
    }

    std::string text;
    Emphasis emphasis = Emphasis::None;
    /// The organisation slot this text fills (`<slot key="…">`), empty for the pack's own words.
    /// `text` is already the organisation's text, or the pack's default when no profile sets it.
    std::string slot;
    /// In a mail's body: the id of the link (`<link ref="…">`) or marked phrase (`<phrase id="…">`)
    /// this text is; empty elsewhere.
    std::string anchor;
    bool operator==(const Span&) const = default;
};

/// One language's version of a text: a sequence of spans, whitespace already normalised.
struct RichText {
    std::vector<Span> spans;

    /// The text without styling.
    std::string plain() const;
    /// The length of plain() in bytes, without building it.
    std::size_t plainSize() const;
    bool empty() const;
    bool operator==(const RichText&) const = default;
};

/// A text in every language the pack declares (`<title><ja>…</ja><en>…</en></title>`).
class LocalizedText {
public:
    LocalizedText() = default;

    void set(Language language, RichText text);
    bool has(Language language) const;

    /// The text in `language`; falls back to the first language present (Japanese first),
    /// then to an empty text, so that a renderer never needs to check.
    const RichText& in(Language language) const;

    /// Shorthand for `in(language).plain()`.
    std::string plain(Language language) const;

    bool empty() const;
    bool operator==(const LocalizedText&) const = default;

private:
    /// By the language's place in kAllLanguages: no allocation beyond the texts themselves.
    std::array<std::optional<RichText>, kAllLanguages.size()> byLanguage_;
};

} // namespace mamori::lessons
