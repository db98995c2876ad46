#include "mamori/lessons/text.hpp"

namespace mamori::lessons {

std::string RichText::plain() const
{
    std::string out;
    for (const Span& span : spans) out += span.text;
    return out;
}

bool RichText::empty() const
{
    for (const Span& span : spans) {
        if (!span.text.empty()) return false;
    }
    return true;
}

void LocalizedText::set(Language language, RichText text)
{
    byLanguage_[language] = std::move(text);
}

bool LocalizedText::has(Language language) const
{
    return byLanguage_.count(language) > 0;
}

const RichText& LocalizedText::in(Language language) const
{
    static const RichText kEmpty;
    if (auto it = byLanguage_.find(language); it != byLanguage_.end()) return it->second;
    return byLanguage_.empty() ? kEmpty : byLanguage_.begin()->second;  // map order: Japanese first
}

std::string LocalizedText::plain(Language language) const
{
    return in(language).plain();
}

} // namespace mamori::lessons
