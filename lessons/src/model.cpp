#include "mamori/lessons/model.hpp"

#include "kinds/kind_reader.hpp"

#include <algorithm>

namespace mamori::lessons {
namespace {

template <typename Range, typename Id>
auto findById(const Range& range, Id id) -> decltype(&*range.begin())
{
    auto it = std::find_if(range.begin(), range.end(), [&](const auto& item) { return item.id == id; });
    return it == range.end() ? nullptr : &*it;
}

} // namespace

std::string_view questionKindName(QuestionKind kind)
{
    return detail::kindReader(kind).element;
}

std::string_view asksName(Asks asks)
{
    switch (asks) {
    case Asks::Unstated: return "";
    case Asks::Situation: return "situation";
    case Asks::Knowledge: return "knowledge";
    case Asks::Recall: return "recall";
    }
    return "";
}

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Good: return "good";
    case Outcome::Acceptable: return "acceptable";
    case Outcome::Bad: return "bad";
    }
    return "?";
}

const Narration* Page::narrationFor(Language language) const
{
    auto it = std::find_if(narration.begin(), narration.end(), [&](const Narration& n) { return n.language == language; });
    return it == narration.end() ? nullptr : &*it;
}

const ScenarioNode* Scenario::node(std::string_view nodeId) const
{
    return findById(nodes, nodeId);
}

const ScenarioEnding* Scenario::ending(std::string_view endingId) const
{
    return findById(endings, endingId);
}

const Lesson* Pack::lesson(std::string_view lessonId) const
{
    return findById(lessons, lessonId);
}

const Quiz* Pack::quiz(std::string_view quizId) const
{
    if (const Quiz* found = findById(quizzes, quizId)) return found;
    for (const Lesson& l : lessons) {
        if (const Quiz* found = findById(l.quizzes, quizId)) return found;
    }
    return nullptr;
}

const Scenario* Pack::scenario(std::string_view scenarioId) const
{
    if (const Scenario* found = findById(scenarios, scenarioId)) return found;
    for (const Lesson& l : lessons) {
        if (const Scenario* found = findById(l.scenarios, scenarioId)) return found;
    }
    return nullptr;
}

const Inbox* Pack::inbox(std::string_view inboxId) const
{
    if (const Inbox* found = findById(inboxes, inboxId)) return found;
    for (const Lesson& l : lessons) {
        if (const Inbox* found = findById(l.inboxes, inboxId)) return found;
    }
    return nullptr;
}

const Question* Pack::question(std::string_view questionId) const
{
    auto inQuizzes = [&](const std::vector<Quiz>& list) -> const Question* {
        for (const Quiz& q : list) {
            if (const Question* found = findById(q.pool, questionId)) return found;
        }
        return nullptr;
    };
    if (const Question* found = inQuizzes(quizzes)) return found;
    for (const Lesson& l : lessons) {
        if (const Question* found = inQuizzes(l.quizzes)) return found;
    }
    return nullptr;
}

bool Pack::declares(Language language) const
{
    return std::find(languages.begin(), languages.end(), language) != languages.end();
}

const HotspotRegion* HotspotAnswer::region(std::string_view regionId) const
{
    return findById(regions, regionId);
}

const LocalizedText* MatchingAnswer::rightText(std::string_view id) const
{
    for (const MatchPair& p : pairs) {
        if (p.id == id) return &p.right;
    }
    for (const Distractor& d : distractors) {
        if (d.id == id) return &d.text;
    }
    return nullptr;
}

} // namespace mamori::lessons
