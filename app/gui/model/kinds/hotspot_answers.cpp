// Hotspot in the app: the chosen regions, in the order chosen, named by their labels.

#include "kinds/kind_answers.hpp"

namespace mamori::app {
namespace {

using namespace mamori::lessons;
using scoring::Response;

void loadRegions(const Question&, const Response& response, Draft& draft)
{
    draft.selected = response.choices;
}

Response chosenRegions(const Question&, const Draft& draft)
{
    // In the order chosen, as a multiple-response question's picks: a script's answer, clicked in
    // its order, is recorded as written.
    Response response;
    response.choices = draft.selected;
    return response;
}

bool somethingChosen(const Question&, const Draft& draft)
{
    return !draft.selected.empty();
}

std::vector<std::string> describeRegions(const Question& question, const Response& response, Language language,
                                         const UiStrings&)
{
    std::vector<std::string> lines;
    const HotspotAnswer* key = question.hotspot();
    for (const std::string& id : response.choices) {
        const HotspotRegion* region = key ? key->region(id) : nullptr;
        lines.push_back(region ? region->label.plain(language) : id);
    }
    return lines;
}

std::vector<const LocalizedText*> chosenFeedback(const Question& question, const Response& response, bool)
{
    std::vector<const LocalizedText*> texts;
    const HotspotAnswer* key = question.hotspot();
    if (!key) return texts;
    for (const std::string& id : response.choices) {
        const HotspotRegion* region = key->region(id);
        if (region && !region->feedback.empty()) texts.push_back(&region->feedback);
    }
    return texts;
}

} // namespace

extern const KindAnswers kHotspotAnswers{
    .startDraft = &emptyDraft,
    .loadDraft = &loadRegions,
    .responseOf = &chosenRegions,
    .isComplete = &somethingChosen,
    .picksMany = true,
    .describe = &describeRegions,
    .describeCorrect = &describeCorrectResponse,
    .feedback = &chosenFeedback,
};

} // namespace mamori::app
