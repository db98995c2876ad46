#pragma once
// XML whitespace and the words of attribute values ("ja en", "told worried"): the one
// tokenizer every reader uses, so that packs, profiles and texts agree on what a space is.

#include <string_view>

namespace mamori::lessons::detail {

/// XML's whitespace characters: space, tab, carriage return, line feed. Nothing else
/// (no-break or ideographic spaces are text).
inline constexpr std::string_view kXmlSpace = " \t\r\n";

constexpr bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// True when `text` holds nothing but XML whitespace (or nothing at all).
constexpr bool isBlank(std::string_view text)
{
    for (char c : text) {
        if (!isXmlSpace(c)) return false;
    }
    return true;
}

/// True when `text` holds any XML whitespace.
constexpr bool hasXmlSpace(std::string_view text)
{
    for (char c : text) {
        if (isXmlSpace(c)) return true;
    }
    return false;
}

/// The whitespace-separated words of an attribute value, in order: `for (auto word : Words(value))`.
/// Runs of whitespace and whitespace at either end make no empty words.
class Words {
public:
    explicit constexpr Words(std::string_view value) : value_(value) {}

    class iterator {
    public:
        constexpr iterator() = default;
        constexpr iterator(std::string_view rest) : rest_(rest) { advance(); }

        constexpr std::string_view operator*() const { return word_; }
        constexpr iterator& operator++()
        {
            advance();
            return *this;
        }
        constexpr bool operator==(const iterator& other) const
        {
            return word_.data() == other.word_.data() && word_.size() == other.word_.size();
        }

    private:
        constexpr void advance()
        {
            std::size_t start = 0;
            while (start < rest_.size() && isXmlSpace(rest_[start])) ++start;
            std::size_t end = start;
            while (end < rest_.size() && !isXmlSpace(rest_[end])) ++end;
            word_ = start == end ? std::string_view() : rest_.substr(start, end - start);
            rest_.remove_prefix(end);
        }

        std::string_view rest_;
        std::string_view word_; ///< empty (and null) past the last word
    };

    constexpr iterator begin() const { return iterator(value_); }
    constexpr iterator end() const { return iterator(); }

private:
    std::string_view value_;
};

} // namespace mamori::lessons::detail
