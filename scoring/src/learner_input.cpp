#include "mamori/scoring/learner_input.hpp"

#include "mamori/lessons/line_text.hpp"

namespace mamori::scoring {

std::optional<std::string> displayNameProblem(std::string_view name)
{
    if (auto problem = lessons::lineTextProblem(name, kMaxDisplayNameCharacters)) return "the name " + *problem;
    return std::nullopt;
}

std::optional<std::string> typedAnswerProblem(std::string_view text)
{
    if (auto problem = lessons::lineTextProblem(text, kMaxTypedAnswerCharacters)) return "the typed answer " + *problem;
    return std::nullopt;
}

} // namespace mamori::scoring
