#pragma once
// Reading `<quiz>` and its questions, with the checks that make each question answerable.

#include "mamori/lessons/model.hpp"
#include "read_context.hpp"

namespace mamori::lessons::detail {

/// Reads a quiz. Question ids go into `questionIds`, which spans the whole pack so that
/// progress and the review deck can refer to a question by pack and id alone.
Quiz readQuiz(const XMLElement& element, ReadContext& context, IdRegistry& questionIds);

} // namespace mamori::lessons::detail
