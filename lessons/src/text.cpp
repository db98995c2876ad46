#include "mamori/lessons/text.hpp"

namespace mamori::lessons {

static_assert(kAllLanguages[0] == Language::Japanese && kAllLanguages[1] == Language::English,
              "LocalizedText keeps each language at its place in kAllLanguages, which is its enum value");

std::string RichText::plain() const
{
    std::string out;
    out.reserve(plainSize());
    for (const Span& span : spans) out += span.text;
    return out;
}

std::size_t RichText::plainSize() const
{
    std::size_t size = 0;
    for (const Span& span : spans) size += span.text.size();
    return size;
}

bool RichText::empty() const
{
    for (const Span& span : spans) {
        if (!span.text.empty()) return false;
    }
    return true;
}

namespace {

std::size_t slotOf(Language language)
{
    return static_cast<std::size_t>(language);
}

} // namespace

void LocalizedText::set(Language language, RichText text)
{
    byLanguage_[slotOf(language)] = std::move(text);
}

bool LocalizedText::has(Language language) const
{
    return byLanguage_[slotOf(language)].has_value();
}

bool LocalizedText::empty() const
{
    for (const auto& text : byLanguage_) {
        if (text) return false;
    }
    return true;
}

const RichText& LocalizedText::in(Language language) const
{
    static const RichText kEmpty;
    if (const auto& text = byLanguage_[slotOf(language)]) return *text;
    for (const auto& text : byLanguage_) { // in kAllLanguages' order: Japanese first
        if (text) return *text;
    }
    return kEmpty;
}

std::string LocalizedText::plain(Language language) const
{
    return in(language).plain();
}

} // namespace mamori::lessons
