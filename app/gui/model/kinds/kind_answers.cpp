#include "kinds/kind_answers.hpp"

#include "mamori/scoring/grading.hpp"

#include <cstdlib>

namespace mamori::app {

// One bundle per kind, each in its own file (kinds/<kind>_answers.cpp).
extern const KindAnswers kSingleChoiceAnswers;
extern const KindAnswers kMultipleResponseAnswers;
extern const KindAnswers kTrueFalseAnswers;
extern const KindAnswers kOrderingAnswers;
extern const KindAnswers kMatchingAnswers;
extern const KindAnswers kShortTextAnswers;
extern const KindAnswers kHotspotAnswers;

const KindAnswers& kindAnswers(lessons::QuestionKind kind)
{
    using lessons::QuestionKind;
    switch (kind) {
    case QuestionKind::SingleChoice: return kSingleChoiceAnswers;
    case QuestionKind::MultipleResponse: return kMultipleResponseAnswers;
    case QuestionKind::TrueFalse: return kTrueFalseAnswers;
    case QuestionKind::Ordering: return kOrderingAnswers;
    case QuestionKind::Matching: return kMatchingAnswers;
    case QuestionKind::ShortText: return kShortTextAnswers;
    case QuestionKind::Hotspot: return kHotspotAnswers;
    }
    std::abort(); // not a kind: a corrupted value
}

std::vector<std::string> describeCorrectResponse(const lessons::Question& question, lessons::Language language,
                                                 const UiStrings& strings)
{
    return kindAnswers(question.kind).describe(question, scoring::correctResponse(question), language, strings);
}

std::vector<const lessons::LocalizedText*> noFeedback(const lessons::Question&, const scoring::Response&, bool)
{
    return {};
}

void emptyDraft(const lessons::Question&, const scoring::PlannedQuestion&, Draft&)
{
}

} // namespace mamori::app
