#include "index_json.hpp"

#include "org_index_impl.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace mamori::records {
namespace {

bool needsEscape(char c)
{
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

/// A JSON string. Texts in a progress file are valid UTF-8 (the reader refuses any other), so
/// only the quote, the backslash and control characters need escaping; the runs between them
/// are copied whole.
void appendString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!needsEscape(c)) continue;
        out.append(text, run, i - run);
        run = i + 1;
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else {
            out += "\\u00";
            out += kHex[static_cast<unsigned char>(c) >> 4];
            out += kHex[static_cast<unsigned char>(c) & 0xF];
        }
    }
    out.append(text, run);
    out += '"';
}

void appendKey(std::string& out, std::string_view key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

void appendInteger(std::string& out, std::int64_t value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

/// The shortest text that reads back as the same double; JSON has no NaN or infinity, which
/// a progress file never holds either, so they are written as 0 rather than as invalid JSON.
void appendReal(std::string& out, double value)
{
    if (!std::isfinite(value)) value = 0;
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

void appendStep(std::string& out, const scoring::AnswerStep& step)
{
    out += "{\"question\":";
    appendString(out, step.questionId);
    if (!step.response.choices.empty()) {
        appendKey(out, "choices");
        char separator = '[';
        for (const std::string& choice : step.response.choices) {
            out += separator;
            appendString(out, choice);
            separator = ',';
        }
        out += ']';
    }
    if (!step.response.matches.empty()) {
        appendKey(out, "matches");
        char separator = '[';
        for (const auto& [left, right] : step.response.matches) {
            out += separator;
            out += '[';
            appendString(out, left);
            out += ',';
            appendString(out, right);
            out += ']';
            separator = ',';
        }
        out += ']';
    }
    if (!step.response.text.empty()) {
        appendKey(out, "typed");
        appendString(out, step.response.text);
    }
    if (step.certainty) {
        appendKey(out, "certainty");
        appendInteger(out, static_cast<int>(*step.certainty));
    }
    appendKey(out, "at");
    appendInteger(out, epochSeconds(step.at));
    appendKey(out, "seconds");
    appendInteger(out, step.secondsTaken);
    appendKey(out, "fraction");
    appendReal(out, step.fraction);
    appendKey(out, "score");
    appendReal(out, step.score);
    appendKey(out, "max_score");
    appendReal(out, step.maxScore);
    out += '}';
}

void appendCompletion(std::string& out, const scoring::Completion& completion)
{
    out += "{\"kind\":";
    appendString(out, scoring::completionKindName(completion.kind));
    appendKey(out, "id");
    appendString(out, completion.id);
    appendKey(out, "at");
    appendInteger(out, epochSeconds(completion.at));
    appendKey(out, "pack_version");
    appendString(out, completion.packVersion);
    out += '}';
}

void appendInboxAction(std::string& out, const scoring::InboxStep& step)
{
    out += "{\"message\":";
    appendString(out, step.messageId);
    appendKey(out, "action");
    appendString(out, scoring::inboxActionName(step.action));
    if (!step.target.empty()) {
        appendKey(out, "target");
        appendString(out, step.target);
    }
    appendKey(out, "at");
    appendInteger(out, epochSeconds(step.at));
    out += '}';
}

template <typename Item, typename AppendItem>
void appendArray(std::string& out, const std::vector<Item>& items, AppendItem appendItem)
{
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ',';
        appendItem(out, items[i]);
    }
    out += ']';
}

/// The array in `json`, or why not; `what` names it for the message.
scoring::Result<nlohmann::json> parseArray(std::string_view json, const std::string& what)
{
    nlohmann::json parsed = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_array()) {
        return scoring::refuse(scoring::RefusalCode::IndexJson, what + " in the index cannot be read: not a JSON array");
    }
    return parsed;
}

std::optional<scoring::Completion::Kind> completionKind(std::string_view name)
{
    using Kind = scoring::Completion::Kind;
    for (Kind kind : {Kind::Lesson, Kind::Quiz, Kind::Scenario, Kind::Pack, Kind::Inbox}) {
        if (scoring::completionKindName(kind) == name) return kind;
    }
    return std::nullopt;
}

} // namespace

void appendAnswerStepsJson(std::string& out, const std::vector<scoring::AnswerStep>& steps)
{
    out.reserve(out.size() + steps.size() * 160);
    appendArray(out, steps, appendStep);
}

void appendCompletionsJson(std::string& out, const std::vector<scoring::Completion>& completions)
{
    out.reserve(out.size() + completions.size() * 80);
    appendArray(out, completions, appendCompletion);
}

void appendInboxActionsJson(std::string& out, const std::vector<scoring::InboxStep>& steps)
{
    out.reserve(out.size() + steps.size() * 64);
    appendArray(out, steps, appendInboxAction);
}

scoring::Result<std::vector<IndexedInboxAction>> readInboxActionsJson(std::string_view json)
{
    const std::string what = "an inbox run's actions";
    auto parsed = parseArray(json, what);
    if (!parsed) return parsed.refusal();
    std::vector<IndexedInboxAction> actions;
    try {
        for (const nlohmann::json& item : parsed.value()) {
            const auto action = scoring::inboxActionFromName(item.at("action").get<std::string>());
            if (!action) continue;
            actions.push_back({item.at("message").get<std::string>(), *action, item.value("target", std::string()),
                               fromEpochSeconds(item.at("at").get<std::int64_t>())});
        }
    } catch (const nlohmann::json::exception& e) {
        return scoring::refuse(scoring::RefusalCode::IndexJson, what + " in the index cannot be read: " + e.what());
    }
    return actions;
}

scoring::Result<std::vector<IndexedAnswer>> readAnswerStepsJson(std::string_view json)
{
    const std::string what = "an attempt's answers";
    auto parsed = parseArray(json, what);
    if (!parsed) return parsed.refusal();
    const nlohmann::json& steps = parsed.value();
    std::vector<IndexedAnswer> answers;
    answers.reserve(steps.size());
    try {
        for (const nlohmann::json& step : steps) {
            IndexedAnswer answer;
            answer.step = static_cast<int>(answers.size());
            answer.questionId = step.at("question").get<std::string>();
            if (const auto choices = step.find("choices"); choices != step.end()) {
                answer.choices = choices->get<std::vector<std::string>>();
            }
            if (const auto matches = step.find("matches"); matches != step.end()) {
                for (const nlohmann::json& pair : *matches) {
                    answer.matches.push_back(pair.at(0).get<std::string>() + "=" + pair.at(1).get<std::string>());
                }
            }
            answer.typed = step.value("typed", std::string());
            if (const auto certainty = step.find("certainty"); certainty != step.end()) answer.certainty = certainty->get<int>();
            answer.at = fromEpochSeconds(step.at("at").get<std::int64_t>());
            answer.seconds = step.at("seconds").get<std::int64_t>();
            answer.fraction = step.at("fraction").get<double>();
            answer.score = step.at("score").get<double>();
            answer.maxScore = step.at("max_score").get<double>();
            answers.push_back(std::move(answer));
        }
    } catch (const nlohmann::json::exception& e) {
        return scoring::refuse(scoring::RefusalCode::IndexJson, what + " in the index cannot be read: " + e.what());
    }
    return answers;
}

scoring::Result<std::vector<IndexedCompletion>> readCompletionsJson(std::string_view json)
{
    const std::string what = "a pack's completions";
    auto parsed = parseArray(json, what);
    if (!parsed) return parsed.refusal();
    std::vector<IndexedCompletion> completions;
    try {
        for (const nlohmann::json& item : parsed.value()) {
            const auto kind = completionKind(item.at("kind").get<std::string>());
            if (!kind) continue;
            completions.push_back({*kind, item.at("id").get<std::string>(), fromEpochSeconds(item.at("at").get<std::int64_t>()),
                                   item.at("pack_version").get<std::string>()});
        }
    } catch (const nlohmann::json::exception& e) {
        return scoring::refuse(scoring::RefusalCode::IndexJson, what + " in the index cannot be read: " + e.what());
    }
    return completions;
}

} // namespace mamori::records
