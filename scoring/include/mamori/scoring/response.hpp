#pragma once
/// \file
/// What a learner answered, in one shape for every question kind, so that attempts,
/// progress files and scripts store and replay responses the same way.

#include <string>
#include <utility>
#include <vector>

namespace mamori::scoring {

/// A learner's raw answer to one question.
///  - single choice, multiple response: `choices` holds the ids of the selected choices;
///  - true/false: `choices` holds "true" or "false";
///  - ordering: `choices` holds every step id, in the learner's order;
///  - matching: `matches` pairs a left item (pair id) with the right item chosen for it
///    (a pair id or a distractor id);
///  - short text: `text` holds what was typed.
struct Response {
    std::vector<std::string> choices;
    std::vector<std::pair<std::string, std::string>> matches;
    std::string text;

    bool empty() const { return choices.empty() && matches.empty() && text.empty(); }
    bool operator==(const Response&) const = default;
};

/// How sure the learner says they are, for certainty-based marking.
enum class Certainty { Low = 1, Medium = 2, High = 3 };

} // namespace mamori::scoring
