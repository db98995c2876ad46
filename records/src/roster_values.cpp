// Dates, ids, due rules and validities as HR systems and Excel write them.

#include "roster_values.hpp"

#include "roster_text.hpp"

#include <cstdio>

namespace mamori::records {

namespace {

/// Reads `min` to `max` ASCII digits from the front of `text`.
std::optional<int> takeNumber(std::string_view& text, std::size_t min, std::size_t max)
{
    std::size_t digits = 0;
    int value = 0;
    while (digits < text.size() && digits < max && text[digits] >= '0' && text[digits] <= '9') {
        value = value * 10 + (text[digits] - '0');
        ++digits;
    }
    if (digits < min || (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')) return std::nullopt;
    text.remove_prefix(digits);
    return value;
}

bool take(std::string_view& text, std::string_view prefix)
{
    if (!text.starts_with(prefix)) return false;
    text.remove_prefix(prefix.size());
    return true;
}

void skipSpaces(std::string_view& text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
}

/// `text` folded (NFKC), trimmed and in ASCII lower case, for the cells with a syntax.
std::string foldSyntax(std::string_view text)
{
    return asciiLower(trimSpaces(foldCompatibility(text)));
}

} // namespace

bool Roster::hasErrors() const
{
    for (const lessons::Diagnostic& d : diagnostics) {
        if (d.severity == lessons::Severity::Error) return true;
    }
    return false;
}

std::string foldPersonId(std::string_view id)
{
    return std::string(trimSpaces(foldCompatibility(trimSpaces(id))));
}

std::optional<Date> parseRosterDate(std::string_view text)
{
    const std::string folded = foldCompatibility(text);
    std::string_view rest = trimSpaces(folded);
    // 2026-04-01, 2026/4/1, and 2026年4月1日 (Excel's long date format in Japanese).
    const std::optional<int> year = takeNumber(rest, 4, 4);
    if (!year) return std::nullopt;
    std::string_view separator =
        !rest.empty() && (rest.front() == '-' || rest.front() == '/') ? rest.substr(0, 1) : "年";
    if (!take(rest, separator)) return std::nullopt;
    const std::optional<int> month = takeNumber(rest, 1, 2);
    if (!month || !take(rest, separator == "年" ? "月" : separator)) return std::nullopt;
    const std::optional<int> day = takeNumber(rest, 1, 2);
    if (!day || (separator == "年" && !take(rest, "日")) || !rest.empty()) return std::nullopt;
    // Earlier years are typing mistakes (0226 for 2026); 9999-12-31 is HR's "no end".
    if (*year < 1900) return std::nullopt;
    const Date date{std::chrono::year(*year), std::chrono::month(static_cast<unsigned>(*month)),
                    std::chrono::day(static_cast<unsigned>(*day))};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string formatDate(Date date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::optional<DueRule> parseDueRule(std::string_view text)
{
    if (std::optional<Date> date = parseRosterDate(text)) return DueRule{date, 0};
    const std::string folded = foldSyntax(text);
    std::string_view rest = folded;
    if (!take(rest, "hire")) return std::nullopt;
    skipSpaces(rest);
    if (!take(rest, "+")) return std::nullopt;
    skipSpaces(rest);
    const std::optional<int> days = takeNumber(rest, 1, 5);
    skipSpaces(rest);
    if (!days || *days > kMaxRosterDays || rest != "d") return std::nullopt;
    return DueRule{std::nullopt, *days};
}

std::optional<Validity> parseValidity(std::string_view text)
{
    const std::string folded = foldSyntax(text);
    std::string_view rest = folded;
    const std::optional<int> amount = takeNumber(rest, 1, 5);
    skipSpaces(rest);
    if (!amount || *amount < 1) return std::nullopt;
    if (rest == "d" && *amount <= kMaxRosterDays) return Validity{*amount, Validity::Unit::Days};
    if (rest == "y" && *amount <= kMaxRosterYears) return Validity{*amount, Validity::Unit::Years};
    return std::nullopt;
}

} // namespace mamori::records
