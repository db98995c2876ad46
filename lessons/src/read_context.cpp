#include "read_context.hpp"

#include "did_you_mean.hpp"
#include "mamori/lessons/limits.hpp"
#include "structure_check.hpp"
#include "words.hpp"

#include <algorithm>
#include <charconv>

namespace mamori::lessons::detail {
namespace {

bool isValidIdCharacter(char c, bool first)
{
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return alnum || (!first && (c == '-' || c == '_' || c == '.'));
}

} // namespace

void IdRegistry::add(const std::string& id, int line, DiagnosticList& diagnostics)
{
    if (id.empty()) return;
    auto [it, inserted] = lines_.emplace(id, line);
    if (!inserted) {
        diagnostics.error(line, "duplicate-id",
                          "duplicate " + kind_ + " id " + quote(id) + " (first used on line " +
                              std::to_string(it->second) + ")");
    }
}

int attributeLine(const XMLElement& element, const char* attribute)
{
    const tinyxml2::XMLAttribute* found = element.FindAttribute(attribute);
    return found ? found->GetLineNum() : element.GetLineNum();
}

void ReadContext::reportUndeclaredLanguage(const XMLElement& at, Language language)
{
    if (languagesUncertain) return;
    if (std::find(undeclaredReported.begin(), undeclaredReported.end(), language) != undeclaredReported.end()) return;
    undeclaredReported.push_back(language);
    const std::string code(languageCode(language));
    warning(at, "undeclared-language",
            "the pack has <" + code + "> texts, but its 'languages' does not list '" + code + "'; they are ignored");
}

void ReadContext::error(const XMLElement& at, std::string code, std::string message)
{
    diagnostics.error(at.GetLineNum(), std::move(code), std::move(message));
}

void ReadContext::warning(const XMLElement& at, std::string code, std::string message)
{
    diagnostics.warning(at.GetLineNum(), std::move(code), std::move(message));
}

CheckedElement ReadContext::checkStructure(const XMLElement& element)
{
    return checkElementStructure(element, *this);
}

std::string ReadContext::id(const XMLElement& element, const char* attribute)
{
    const char* raw = element.Attribute(attribute);
    if (!raw) return {};
    const std::string_view value = raw;
    bool valid = !value.empty() && value.size() <= limits::kMaxIdLength;
    for (std::size_t i = 0; valid && i < value.size(); ++i) valid = isValidIdCharacter(value[i], i == 0);
    if (!valid) {
        diagnostics.error(attributeLine(element, attribute), "bad-id",
                          "invalid id " + quote(value.substr(0, limits::kMaxIdLength)) + " in " + quote(attribute) +
                              ": use 1 to " + std::to_string(limits::kMaxIdLength) +
                              " ASCII letters, digits, '-', '_' or '.', starting with a letter or digit");
        return {};
    }
    return std::string(value);
}

std::optional<int> ReadContext::integer(const XMLElement& element, const char* attribute, int min, int max)
{
    const char* raw = element.Attribute(attribute);
    if (!raw) return std::nullopt;
    std::string_view value = raw;
    if (value.starts_with('+')) value.remove_prefix(1);
    int parsed = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (ec == std::errc{} && end == value.data() + value.size() && !value.empty() && parsed >= min && parsed <= max) {
        return parsed;
    }
    const int line = attributeLine(element, attribute);
    if (ec == std::errc::result_out_of_range || (ec == std::errc{} && end == value.data() + value.size() &&
                                                 (parsed < min || parsed > max))) {
        diagnostics.error(line, "out-of-range",
                          quote(attribute) + " must be between " + std::to_string(min) + " and " +
                              std::to_string(max) + ", found " + quote(raw));
        return std::nullopt;
    }
    if (ec != std::errc{} || end != value.data() + value.size() || value.empty()) {
        diagnostics.error(line, "bad-number", quote(attribute) + " must be a whole number, found " + quote(raw));
        return std::nullopt;
    }
    return parsed;
}

std::optional<bool> ReadContext::boolean(const XMLElement& element, const char* attribute)
{
    return choice<bool>(element, attribute, {{"true", true}, {"false", false}});
}

std::optional<std::chrono::seconds> ReadContext::duration(const XMLElement& element, const char* attribute)
{
    // "90s", "15m", "1h30m": numbers each followed by h, m or s, in that order.
    const char* raw = element.Attribute(attribute);
    if (!raw) return std::nullopt;
    const std::string_view value = raw;
    long long total = 0;
    std::size_t pos = 0;
    int lastUnit = -1;
    bool valid = !value.empty();
    while (valid && pos < value.size()) {
        long long number = 0;
        const auto [end, ec] = std::from_chars(value.data() + pos, value.data() + value.size(), number);
        if (ec != std::errc{} || end == value.data() + value.size()) {
            valid = false;
            break;
        }
        number = std::min<long long>(number, limits::kMaxTimeLimitSeconds + 1);  // no overflow below
        pos = static_cast<std::size_t>(end - value.data());
        const char unit = value[pos++];
        const int unitIndex = unit == 'h' ? 0 : unit == 'm' ? 1 : unit == 's' ? 2 : -1;
        if (unitIndex <= lastUnit) {
            valid = false;
            break;
        }
        lastUnit = unitIndex;
        total += number * (unitIndex == 0 ? 3600 : unitIndex == 1 ? 60 : 1);
    }
    const int line = attributeLine(element, attribute);
    if (!valid) {
        diagnostics.error(line, "bad-duration",
                          quote(attribute) + " must be a duration such as '90s', '15m' or '1h30m', found " +
                              quote(value));
        return std::nullopt;
    }
    if (total <= 0 || total > limits::kMaxTimeLimitSeconds) {
        diagnostics.error(line, "out-of-range", quote(attribute) + " must be between 1s and 24h, found " + quote(value));
        return std::nullopt;
    }
    return std::chrono::seconds(total);
}

std::vector<std::string> ReadContext::idList(const XMLElement& element, const char* attribute)
{
    std::vector<std::string> ids;
    const char* raw = element.Attribute(attribute);
    if (!raw) return ids;
    for (const std::string_view item : Words(raw)) {
        bool valid = item.size() <= limits::kMaxIdLength;
        for (std::size_t i = 0; valid && i < item.size(); ++i) valid = isValidIdCharacter(item[i], i == 0);
        if (valid) {
            ids.emplace_back(item);
        } else {
            diagnostics.error(attributeLine(element, attribute), "bad-id",
                              "invalid name " + quote(item.substr(0, limits::kMaxIdLength)) + " in " +
                                  quote(attribute) + ": names are separated by spaces and use ASCII letters, "
                                                      "digits, '-', '_' or '.'");
        }
    }
    return ids;
}

std::optional<std::string> ReadContext::text(const XMLElement& element, const char* attribute)
{
    const char* raw = element.Attribute(attribute);
    if (!raw) return std::nullopt;
    return std::string(raw);
}

void ReadContext::reportBadChoice(const XMLElement& element, const char* attribute, std::string_view value,
                                  const std::vector<std::string_view>& allowed)
{
    std::string message = quote(attribute) + " must be ";
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i > 0) message += (i + 1 == allowed.size()) ? " or " : ", ";
        message += quote(allowed[i]);
    }
    message += ", found " + quote(value.substr(0, 64));
    if (auto suggestion = closestName(value, allowed)) message += "; did you mean " + quote(*suggestion) + "?";
    diagnostics.error(attributeLine(element, attribute), "bad-value", std::move(message));
}

} // namespace mamori::lessons::detail
