#include "kinds/kind_rules.hpp"

#include <algorithm>
#include <cstdlib>

namespace mamori::scoring::detail {

// One bundle per kind, each defined in its own file (kinds/<kind>_grading.cpp).
extern const KindRules kSingleChoiceRules;
extern const KindRules kMultipleResponseRules;
extern const KindRules kTrueFalseRules;
extern const KindRules kOrderingRules;
extern const KindRules kMatchingRules;
extern const KindRules kShortTextRules;
extern const KindRules kHotspotRules;

const KindRules& kindRules(lessons::QuestionKind kind)
{
    using lessons::QuestionKind;
    switch (kind) {
    case QuestionKind::SingleChoice: return kSingleChoiceRules;
    case QuestionKind::MultipleResponse: return kMultipleResponseRules;
    case QuestionKind::TrueFalse: return kTrueFalseRules;
    case QuestionKind::Ordering: return kOrderingRules;
    case QuestionKind::Matching: return kMatchingRules;
    case QuestionKind::ShortText: return kShortTextRules;
    case QuestionKind::Hotspot: return kHotspotRules;
    }
    std::abort(); // not a kind: a corrupted value, never a pack's doing
}

Grade gradeOf(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction >= 1.0 - 1e-9) return {fraction, Correctness::Right};
    if (fraction <= 1e-9) return {fraction, Correctness::Wrong};
    return {fraction, Correctness::PartlyRight};
}

void shuffleIds(std::vector<std::string>& ids, DeterministicRandom& random, bool mustDiffer)
{
    const std::vector<std::string> written = ids;
    random.shuffle(ids);
    if (mustDiffer && ids.size() > 1 && ids == written) std::rotate(ids.begin(), ids.begin() + 1, ids.end());
}

std::vector<std::string> noParts(const lessons::Quiz&, const lessons::Question&, DeterministicRandom&)
{
    return {};
}

} // namespace mamori::scoring::detail
