#pragma once
// What the learner is composing for one question, before confirming it.

#include "mamori/scoring/response.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct Draft {
    std::vector<std::string> selected;                 ///< single, multiple, true/false
    std::vector<std::string> order;                    ///< ordering: the current arrangement
    std::map<std::string, std::string> matches;        ///< matching: left pair id -> right item id
    std::string text;                                  ///< short text
    std::optional<scoring::Certainty> certainty;
};

} // namespace mamori::app
