#include "kinds/kind_widget.hpp"

#include <algorithm>
#include <cstdlib>

namespace mamori::app::ui {

// One bundle per kind, each in its own file (kinds/<kind>_widget.cpp).
extern const KindWidget kSingleChoiceWidget;
extern const KindWidget kMultipleResponseWidget;
extern const KindWidget kTrueFalseWidget;
extern const KindWidget kOrderingWidget;
extern const KindWidget kMatchingWidget;
extern const KindWidget kShortTextWidget;
extern const KindWidget kHotspotWidget;

const KindWidget& kindWidget(lessons::QuestionKind kind)
{
    using lessons::QuestionKind;
    switch (kind) {
    case QuestionKind::SingleChoice: return kSingleChoiceWidget;
    case QuestionKind::MultipleResponse: return kMultipleResponseWidget;
    case QuestionKind::TrueFalse: return kTrueFalseWidget;
    case QuestionKind::Ordering: return kOrderingWidget;
    case QuestionKind::Matching: return kMatchingWidget;
    case QuestionKind::ShortText: return kShortTextWidget;
    case QuestionKind::Hotspot: return kHotspotWidget;
    }
    std::abort(); // not a kind: a corrupted value
}

bool isPicked(const Draft& draft, const std::string& id)
{
    return std::find(draft.selected.begin(), draft.selected.end(), id) != draft.selected.end();
}

} // namespace mamori::app::ui
